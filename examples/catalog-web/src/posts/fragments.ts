import { graphql } from '../gql';

// What a post's card shows; every list (home, category, author, search) selects it, so the cards look the same everywhere.
export const PostSummaryFragment = graphql(`
  fragment PostSummary on Post {
    id
    title
    slug
    publishedAt
    excerpt
    isExcerptTruncated
    categories { id name slug }
    bylines { position role author { id name slug } }
  }
`);

export const PageInfoFragment = graphql(`
  fragment PageInfoFields on PageInfo {
    hasNextPage
    endCursor
  }
`);

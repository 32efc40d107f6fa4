import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { graphql } from '../gql';
import { PagedList } from '../posts/PagedList';
import { PostCard } from '../posts/PostCard';
import { pageSize } from '../posts/PostFeed';
import { Highlight, hasMark } from './highlight';

const SearchPosts = graphql(`
  query SearchPosts($query: String!, $first: Int!, $after: String) {
    searchPosts(query: $query, first: $first, after: $after) {
      totalCount
      pageInfo { ...PageInfoFields }
      edges {
        cursor
        node {
          score
          titleHighlight
          excerptHighlight
          post { ...PostSummary }
        }
      }
    }
  }
`);

// Hits best first, with the matching words marked in the title and in the best passage of the excerpt.
export function SearchPage() {
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const { data, loading, error, refetch, fetchMore } = useQuery(SearchPosts, {
    variables: { query, first: pageSize },
    skip: !query,
  });
  if (!query) {
    return <section className="main-column"><h1>Search</h1><p className="muted">Type words in the box above: every word must match; "quoted words" match as a phrase, and a trailing * matches a prefix.</p></section>;
  }
  return (
    <section className="main-column">
      <h1>Search: “{query}”</h1>
      <PagedList
        connection={data?.searchPosts}
        loading={loading}
        error={error}
        refetch={() => refetch()}
        loadMore={(after) => fetchMore({ variables: { after } })}
        noun="hit"
        keyOf={(hit) => hit.post.id}
        renderItem={(hit) => (
          <PostCard
            post={hit.post}
            title={<Highlight html={hit.titleHighlight} fallback={hit.post.title} />}
            excerpt={hit.excerptHighlight ? <Highlight html={hit.excerptHighlight} /> : undefined}
            note={!hasMark(hit.titleHighlight) && !hasMark(hit.excerptHighlight) ? 'Found by its categories or authors.' : undefined}
          />
        )}
        empty={<p className="muted">No post matches every word of “{query}”.</p>}
      />
    </section>
  );
}

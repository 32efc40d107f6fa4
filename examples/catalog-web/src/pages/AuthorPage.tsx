import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import { PostFeed, pageSize } from '../posts/PostFeed';
import { plural } from '../posts/format';
import { ErrorNotice } from '../status/ErrorNotice';
import { BlockSkeleton } from '../status/Skeleton';
import { NotFound } from './NotFound';

const AuthorPosts = graphql(`
  query AuthorPosts($slug: String!, $first: Int!, $after: String) {
    author(slug: $slug) {
      id
      name
      slug
      postCount
      bylines { role }
      posts(first: $first, after: $after) {
        totalCount
        pageInfo { ...PageInfoFields }
        edges { cursor node { ...PostSummary } }
      }
    }
  }
`);

export function AuthorPage() {
  const slug = useParams().slug ?? '';
  const { data, loading, error, refetch, fetchMore } = useQuery(AuthorPosts, { variables: { slug, first: pageSize } });
  if (!data) {
    if (error) return <ErrorNotice error={error} onRetry={() => refetch()} />;
    return <BlockSkeleton />;
  }
  const author = data.author;
  if (!author) return <NotFound what={`There is no author “${slug}” in the catalog.`} />;
  const roles = [...new Set(author.bylines.map((b) => b.role).filter((r): r is string => !!r))];
  return (
    <section className="main-column">
      <p className="crumbs"><Link to="/">Latest posts</Link> › Author</p>
      <h1>{author.name}</h1>
      <p className="muted">
        {plural(author.postCount, 'post')}
        {roles.length > 0 && <> · signed as {roles.join('; ')}</>}
      </p>
      <PostFeed
        connection={author.posts}
        loading={loading}
        error={error}
        refetch={() => refetch()}
        loadMore={(after) => fetchMore({ variables: { after } })}
      />
    </section>
  );
}

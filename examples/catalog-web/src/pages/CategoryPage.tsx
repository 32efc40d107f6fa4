import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import { PostFeed, pageSize } from '../posts/PostFeed';
import { plural } from '../posts/format';
import { ErrorNotice } from '../status/ErrorNotice';
import { BlockSkeleton } from '../status/Skeleton';
import { NotFound } from './NotFound';

const CategoryPosts = graphql(`
  query CategoryPosts($slug: String!, $first: Int!, $after: String) {
    category(slug: $slug) {
      id
      name
      slug
      postCount
      declaredPostCount
      posts(first: $first, after: $after) {
        totalCount
        pageInfo { ...PageInfoFields }
        edges { cursor node { ...PostSummary } }
      }
    }
  }
`);

export function CategoryPage() {
  const slug = useParams().slug ?? '';
  const { data, loading, error, refetch, fetchMore } = useQuery(CategoryPosts, { variables: { slug, first: pageSize } });
  if (!data) {
    if (error) return <ErrorNotice error={error} onRetry={() => refetch()} />;
    return <BlockSkeleton />;
  }
  const category = data.category;
  if (!category) return <NotFound what={`There is no category “${slug}” in the catalog.`} />;
  return (
    <section className="main-column">
      <p className="crumbs"><Link to="/">Latest posts</Link> › Category</p>
      <h1>{category.name}</h1>
      <p className="muted">
        {plural(category.postCount, 'post')} in the catalog
        {category.declaredPostCount != null && ` (the blog counts ${category.declaredPostCount})`}.{' '}
        <Link to={`/?category=${encodeURIComponent(category.slug)}`}>Narrow further with the facets</Link>
      </p>
      <PostFeed
        connection={category.posts}
        loading={loading}
        error={error}
        refetch={() => refetch()}
        loadMore={(after) => fetchMore({ variables: { after } })}
      />
    </section>
  );
}

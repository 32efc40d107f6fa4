import { useApolloClient, useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { FacetSidebar } from '../facets/FacetSidebar';
import { ActiveFilters } from '../facets/ActiveFilters';
import { toWhere, useFacetSelection } from '../facets/filter';
import { NewPostsNotice } from '../live/NewPostsNotice';
import { useNewPosts } from '../live/useNewPosts';
import { PostFeed, pageSize } from '../posts/PostFeed';

const LatestPosts = graphql(`
  query LatestPosts($where: PostFilterInput, $first: Int!, $after: String) {
    posts(where: $where, first: $first, after: $after) {
      totalCount
      pageInfo { ...PageInfoFields }
      edges { cursor node { ...PostSummary } }
    }
  }
`);

// The latest posts, narrowed by the facet sidebar. Posts an import adds while the page is open are announced above the
// list ("N new posts – show"); showing them refetches the first page (and the facet counts, which they change).
export function HomePage() {
  const { selection, toggle, clear } = useFacetSelection();
  const where = toWhere(selection);
  const { data, loading, error, refetch, fetchMore } = useQuery(LatestPosts, { variables: { where, first: pageSize } });
  const newPosts = useNewPosts(where);
  const client = useApolloClient();
  const showNewPosts = () => {
    newPosts.clear();
    window.scrollTo(0, 0);
    void client.refetchQueries({ include: ['LatestPosts', 'PostFacets'] });
  };
  return (
    <div className="with-sidebar">
      <FacetSidebar where={where} selection={selection} onToggle={toggle} />
      <section className="main-column">
        <h1>Latest posts</h1>
        <ActiveFilters selection={selection} onToggle={toggle} onClear={clear} />
        {data && <NewPostsNotice count={newPosts.count} onShow={showNewPosts} />}
        <PostFeed
          connection={data?.posts}
          loading={loading}
          error={error}
          refetch={() => refetch()}
          loadMore={(after) => fetchMore({ variables: { after } })}
          empty="No post matches every filter chosen."
        />
      </section>
    </div>
  );
}

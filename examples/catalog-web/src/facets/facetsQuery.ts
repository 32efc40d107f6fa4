import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { PostFacetsQuery, PostFilterInput } from '../gql/graphql';
import type { FacetName } from './filter';

const PostFacets = graphql(`
  query PostFacets($where: PostFilterInput) {
    postFacets(where: $where) {
      categories { value label count }
      years { value label count }
      authors { value label count }
      tags { value label count }
    }
  }
`);

export type FacetGroups = NonNullable<PostFacetsQuery['postFacets']>;
export type FacetValue = FacetGroups['categories'][number];

// Which field of postFacets feeds which facet of the address.
export const facetGroups: { name: FacetName; field: keyof Omit<FacetGroups, '__typename'>; title: string }[] = [
  { name: 'category', field: 'categories', title: 'Categories' },
  { name: 'year', field: 'years', title: 'Years' },
  { name: 'author', field: 'authors', title: 'Authors' },
  { name: 'tag', field: 'tags', title: 'Tags' },
];

// The counts for the current filter. While new counts load, the previous ones stay on screen (marked stale), so the
// sidebar does not jump; the sidebar and the filter bar share one request through Apollo's cache.
export function usePostFacets(where: PostFilterInput | undefined) {
  const { data, previousData, loading, error, refetch } = useQuery(PostFacets, { variables: { where } });
  const facets = data?.postFacets ?? previousData?.postFacets ?? null;
  return { facets, stale: !data && loading, loading, error, refetch };
}

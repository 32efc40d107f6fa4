import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { PostFilterInput } from '../gql/graphql';

// The facet selection lives in the address (#/?category=data&year=2024), so a filtered list can be linked and reloaded.
// Every selected value narrows the list (AND): then a facet's count is exactly the number of posts its click would leave.
export type FacetName = 'category' | 'tag' | 'author' | 'year';
export const facetNames: readonly FacetName[] = ['category', 'tag', 'author', 'year'];
export type FacetSelection = Record<FacetName, string[]>;

export function readSelection(params: URLSearchParams): FacetSelection {
  const selection = { category: [], tag: [], author: [], year: [] } as FacetSelection;
  for (const name of facetNames) selection[name] = [...new Set(params.getAll(name).filter(Boolean))];
  return selection;
}

export function isEmpty(selection: FacetSelection): boolean {
  return facetNames.every((name) => selection[name].length === 0);
}

// The `where` argument of posts(where:) and postFacets(where:); undefined when nothing is selected.
export function toWhere(selection: FacetSelection): PostFilterInput | undefined {
  const parts: PostFilterInput[] = [
    ...selection.category.map((slug) => ({ categories: { some: { slug: { eq: slug } } } })),
    ...selection.tag.map((slug) => ({ tags: { some: { slug: { eq: slug } } } })),
    ...selection.author.map((slug) => ({ authors: { some: { slug: { eq: slug } } } })),
    ...selection.year.map((year) => ({ publishedAt: { gte: `${year}-01-01`, lte: `${year}-12-31` } })),
  ];
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : { and: parts };
}

export function useFacetSelection() {
  const [params, setParams] = useSearchParams();
  const selection = useMemo(() => readSelection(params), [params]);
  const toggle = useCallback((name: FacetName, value: string) => {
    setParams((current) => {
      const next = new URLSearchParams(current);
      const values = next.getAll(name);
      next.delete(name);
      // A post has one year: choosing another year replaces the first rather than narrowing to nothing.
      const kept = values.includes(value) ? values.filter((v) => v !== value) : name === 'year' ? [value] : [...values, value];
      for (const v of kept) next.append(name, v);
      return next;
    });
  }, [setParams]);
  const clear = useCallback(() => setParams(new URLSearchParams()), [setParams]);
  return { selection, toggle, clear };
}

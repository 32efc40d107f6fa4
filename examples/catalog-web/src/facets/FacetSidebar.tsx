import { useState } from 'react';
import type { PostFilterInput } from '../gql/graphql';
import { ErrorNotice } from '../status/ErrorNotice';
import { BlockSkeleton } from '../status/Skeleton';
import { facetGroups, usePostFacets, type FacetValue } from './facetsQuery';
import type { FacetName, FacetSelection } from './filter';

const shownAtFirst = 8;

// Post counts per category, year, author and tag over the posts the current filter leaves; a click narrows the list.
export function FacetSidebar({ where, selection, onToggle }: {
  where: PostFilterInput | undefined;
  selection: FacetSelection;
  onToggle: (name: FacetName, value: string) => void;
}) {
  const { facets, stale, error, refetch } = usePostFacets(where);
  return (
    <aside className="facets" aria-label="Narrow the list" aria-busy={stale}>
      <h2>Narrow the list</h2>
      {error != null && <ErrorNotice error={error} onRetry={() => refetch()} compact />}
      {!facets && !error && <BlockSkeleton lines={10} />}
      {facets && facetGroups.map((group) => (
        <FacetGroup
          key={group.name}
          name={group.name}
          title={group.title}
          values={facets[group.field]}
          selected={selection[group.name]}
          stale={stale}
          onToggle={onToggle}
        />
      ))}
    </aside>
  );
}

function FacetGroup({ name, title, values, selected, stale, onToggle }: {
  name: FacetName;
  title: string;
  values: FacetValue[];
  selected: string[];
  stale: boolean;
  onToggle: (name: FacetName, value: string) => void;
}) {
  const [expanded, setExpanded] = useState(false);
  if (values.length === 0) return null;
  // Selected values stay visible even past the cut.
  const shown = expanded ? values : values.filter((v, i) => i < shownAtFirst || selected.includes(v.value));
  return (
    <section className={stale ? 'facet-group stale' : 'facet-group'} data-facet={name}>
      <h3>{title}</h3>
      <ul>
        {shown.map((v) => (
          <li key={v.value}>
            <button
              type="button"
              className="facet-value"
              aria-pressed={selected.includes(v.value)}
              data-value={v.value}
              onClick={() => onToggle(name, v.value)}
            >
              <span className="label">{v.label}</span>
              <span className="facet-count">{v.count}</span>
            </button>
          </li>
        ))}
      </ul>
      {values.length > shown.length && (
        <button type="button" className="link-button" onClick={() => setExpanded(true)}>Show all {values.length}</button>
      )}
    </section>
  );
}

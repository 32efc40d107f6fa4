import { toWhere, facetNames, isEmpty, type FacetName, type FacetSelection } from './filter';
import { facetGroups, usePostFacets } from './facetsQuery';

// The chosen values above the list, each with its own remove button, and "Clear all".
export function ActiveFilters({ selection, onToggle, onClear }: {
  selection: FacetSelection;
  onToggle: (name: FacetName, value: string) => void;
  onClear: () => void;
}) {
  const { facets } = usePostFacets(toWhere(selection));
  if (isEmpty(selection)) return null;
  const labelOf = (name: FacetName, value: string) => {
    const field = facetGroups.find((g) => g.name === name)!.field;
    return facets?.[field].find((v) => v.value === value)?.label ?? value;
  };
  return (
    <div className="active-filters" aria-label="Filters chosen">
      {facetNames.flatMap((name) => selection[name].map((value) => (
        <button key={`${name}:${value}`} type="button" className="chip removable" onClick={() => onToggle(name, value)}
          aria-label={`Remove ${labelOf(name, value)}`}>
          {labelOf(name, value)} ×
        </button>
      )))}
      <button type="button" className="link-button" onClick={onClear}>Clear all</button>
    </div>
  );
}

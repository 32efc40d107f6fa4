import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { ErrorNotice } from '../status/ErrorNotice';
import { ListSkeleton } from '../status/Skeleton';
import { plural } from './format';

export interface Connection<T> {
  totalCount?: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges?: { cursor: string; node: T }[] | null;
}

interface PagedListProps<T> {
  connection: Connection<T> | null | undefined;
  loading: boolean;
  error: unknown;
  refetch: () => Promise<unknown>;
  /** fetchMore({ variables: { after } }); the cache's relayStylePagination appends the page. */
  loadMore: (after: string) => Promise<unknown>;
  renderItem: (node: T) => ReactNode;
  keyOf: (node: T) => string;
  noun: string;
  empty: ReactNode;
}

// A cursor-paged list with infinite scroll: when the marker under the last item comes into view the next page is
// fetched. Skeletons while the first page loads, a Retry for a failed first page or a failed next page, and a
// "Load more" button for keyboards and for when scrolling is not an option.
export function PagedList<T>({ connection, loading, error, refetch, loadMore, renderItem, keyOf, noun, empty }: PagedListProps<T>) {
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const inFlight = useRef(false);
  const edges = connection?.edges ?? [];
  const hasNextPage = connection?.pageInfo.hasNextPage ?? false;
  const endCursor = connection?.pageInfo.endCursor;

  const next = useCallback(async () => {
    if (inFlight.current || !endCursor) return;
    inFlight.current = true;
    setLoadingMore(true);
    setMoreError(null);
    try {
      await loadMore(endCursor);
    } catch (e) {
      setMoreError(e);
    } finally {
      inFlight.current = false;
      setLoadingMore(false);
    }
  }, [endCursor, loadMore]);

  // A new marker element per page (keyed on the count), so a marker still in view after a short page fires again.
  const marker = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const element = marker.current;
    if (!element || !hasNextPage || moreError) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) void next();
    }, { rootMargin: '300px 0px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [edges.length, hasNextPage, moreError, next]);

  if (!connection) {
    if (error) return <ErrorNotice error={error} onRetry={refetch} />;
    if (loading) return <ListSkeleton />;
    return <>{empty}</>;
  }
  return (
    <div className="paged-list">
      {error != null && <ErrorNotice error={error} onRetry={refetch} compact />}
      {edges.length === 0 ? empty : (
        <>
          <p className="count" data-testid="list-count">
            {connection.totalCount != null
              ? `Showing ${edges.length} of ${plural(connection.totalCount, noun)}`
              : `Showing ${plural(edges.length, noun)}`}
          </p>
          <div className="items">{edges.map((edge) => <div key={keyOf(edge.node)}>{renderItem(edge.node)}</div>)}</div>
        </>
      )}
      {hasNextPage && (
        <div className="list-footer">
          <div ref={marker} key={edges.length} className="scroll-marker" data-testid="scroll-marker" />
          {loadingMore && <ListSkeleton count={2} />}
          {moreError != null && <ErrorNotice error={moreError} onRetry={next} compact />}
          {!loadingMore && moreError == null && <button type="button" onClick={() => void next()}>Load more {noun}s</button>}
        </div>
      )}
      {!hasNextPage && edges.length > 0 && <p className="muted end">That is every {noun}.</p>}
    </div>
  );
}

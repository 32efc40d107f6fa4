import { useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { describeError } from './errors';

// A failed request: what went wrong and a Retry that sends it again (the button waits while the retry is in flight).
// A whole-block notice also refetches the page's other queries, so one Retry mends every part the outage broke; a
// compact one (a next page) retries only its own request, since a refetch would fold the list back to its first page.
export function ErrorNotice({ error, onRetry, compact = false }: { error: unknown; onRetry: () => unknown; compact?: boolean }) {
  const { title, detail } = describeError(error);
  const client = useApolloClient();
  const [retrying, setRetrying] = useState(false);
  const retry = async () => {
    setRetrying(true);
    try {
      // Errors are not rethrown: each query's own error state shows a new failure.
      await Promise.allSettled(compact ? [onRetry()] : [onRetry(), client.refetchQueries({ include: 'active' })]);
    } finally {
      setRetrying(false);
    }
  };
  return (
    <div className={compact ? 'error-notice compact' : 'error-notice'} role="alert">
      <strong>{title}</strong>
      <p>{detail}</p>
      <button type="button" onClick={retry} disabled={retrying}>{retrying ? 'Retrying…' : 'Retry'}</button>
    </div>
  );
}

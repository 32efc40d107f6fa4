import { useState } from 'react';
import { describeError } from './errors';

// A failed request: what went wrong and a Retry that sends it again (the button waits while the retry is in flight).
export function ErrorNotice({ error, onRetry, compact = false }: { error: unknown; onRetry: () => unknown; compact?: boolean }) {
  const { title, detail } = describeError(error);
  const [retrying, setRetrying] = useState(false);
  const retry = async () => {
    setRetrying(true);
    try {
      await onRetry();
    } catch {
      // the query's own error state shows the new failure
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

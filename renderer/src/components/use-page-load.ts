import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api';
import { useUiStore } from '../stores/ui';

/**
 * Runs a page's load on mount, keeps its error (never an endless "Loading…"), offers `retry`,
 * and runs it again by itself when the connection to the host comes back after a drop.
 */
export function usePageLoad(load: () => Promise<unknown>): { error: string | null; retry: () => void } {
  const [error, setError] = useState<string | null>(null);
  const loadRef = useRef(load);
  loadRef.current = load;
  const run = useCallback(() => {
    setError(null);
    loadRef.current().then(
      () => setError(null),
      (e: unknown) => setError(errorMessage(e)),
    );
  }, []);
  useEffect(run, [run]);
  const connection = useUiStore((s) => s.connection);
  const seen = useRef(connection);
  useEffect(() => {
    const before = seen.current;
    seen.current = connection;
    if (connection === 'open' && before !== 'open') run();
  }, [connection, run]);
  return { error, retry: run };
}

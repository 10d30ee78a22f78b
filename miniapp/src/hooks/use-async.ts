import { useCallback, useEffect, useState, type DependencyList } from 'react';
import { toUserMessage } from '../api/errors';

export type AsyncState<T> =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: T };

export type AsyncResult<T> = AsyncState<T> & {
  reload: () => void;
  /** Replace the loaded data after a change the server confirmed (a follow, a verification). */
  update: (change: (data: T) => T) => void;
};

/**
 * Runs `load` when `deps` change and keeps its outcome as loading / error (a Vietnamese message) /
 * ready. A slower earlier request never overwrites a newer one.
 */
export function useAsync<T>(load: () => Promise<T>, deps: DependencyList): AsyncResult<T> {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    load().then(
      (data) => current && setState({ status: 'ready', data }),
      (error: unknown) => current && setState({ status: 'error', message: toUserMessage(error) }),
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure each render; `deps` say when it really changes.
  }, [...deps, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const update = useCallback(
    (change: (data: T) => T) =>
      setState((s) => (s.status === 'ready' ? { status: 'ready', data: change(s.data) } : s)),
    [],
  );
  return { ...state, reload, update };
}

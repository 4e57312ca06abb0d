// Loads something once per dependency change, with abort on change and the error kept; the data's
// render is a transition (interruptible, in slices).
import { startTransition, useCallback, useEffect, useState } from 'react';

/** State of an asynchronous load. */
export interface AsyncState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/** Runs `load` when `deps` change; `reload()` runs it again. */
export function useAsync<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: readonly unknown[],
): AsyncState<T> {
  const [state, setState] = useState<{ data: T | undefined; error: unknown; loading: boolean }>({
    data: undefined,
    error: null,
    loading: true,
  });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true, error: null }));
    load(controller.signal)
      .then((data) => {
        // The render of what arrived as a transition: React renders it in slices, yielding to the
        // browser between them, instead of one long task that blocks a slow phone's main thread.
        if (!controller.signal.aborted)
          startTransition(() => setState({ data, error: null, loading: false }));
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState((s) => ({ ...s, error, loading: false }));
      });
    return () => controller.abort();
  }, [...deps, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}

// Gathering calls that arrive together into one database round trip (deadline day: dozens of saves
// and session checks land in the same turn of the event loop). A call waits at most until the end
// of the current turn (setImmediate) when fewer than `maxInFlight` batches are running; otherwise it
// joins the next batch, which starts as soon as one finishes. So an idle server answers at once and
// a busy one makes one round trip for many calls.

/** How calls are gathered. */
export interface BatcherOptions {
  /** Most calls in one batch. */
  maxBatch: number;
  /** Most batches running at once. */
  maxInFlight: number;
}

/**
 * Wraps `run`, which answers a list of keys with one result per key in the same order (an `Error`
 * in a slot fails only that call), into a function of one key.
 */
export function createBatcher<K, V>(
  run: (keys: K[]) => Promise<(V | Error)[]>,
  options: BatcherOptions = { maxBatch: 100, maxInFlight: 4 },
): (key: K) => Promise<V> {
  interface Waiting {
    key: K;
    resolve: (value: V) => void;
    reject: (error: unknown) => void;
  }
  let queue: Waiting[] = [];
  let inFlight = 0;
  let scheduled = false;

  function schedule(): void {
    if (scheduled || queue.length === 0 || inFlight >= options.maxInFlight) return;
    scheduled = true;
    setImmediate(flush);
  }

  function flush(): void {
    scheduled = false;
    while (queue.length > 0 && inFlight < options.maxInFlight) {
      const batch = queue.slice(0, options.maxBatch);
      queue = queue.slice(options.maxBatch);
      inFlight += 1;
      run(batch.map((w) => w.key))
        .then(
          (results) => {
            batch.forEach((w, i) => {
              const result = results[i];
              if (result instanceof Error) w.reject(result);
              else if (i >= results.length) w.reject(new Error('batch answered too few results'));
              else w.resolve(result as V);
            });
          },
          (error: unknown) => batch.forEach((w) => w.reject(error)),
        )
        .finally(() => {
          inFlight -= 1;
          schedule();
        });
    }
  }

  return (key) =>
    new Promise<V>((resolve, reject) => {
      queue.push({ key, resolve, reject });
      schedule();
    });
}

/**
 * `run` over a batch, falling back to one call per key when the whole batch fails, so that one bad
 * key fails only its own call.
 */
export function withSingleFallback<K, V>(
  run: (keys: K[]) => Promise<V[]>,
): (keys: K[]) => Promise<(V | Error)[]> {
  return async (keys) => {
    try {
      return await run(keys);
    } catch (error) {
      if (keys.length === 1) return [error instanceof Error ? error : new Error(String(error))];
      return Promise.all(
        keys.map(async (key) => {
          try {
            const [value] = await run([key]);
            return value as V;
          } catch (single) {
            return single instanceof Error ? single : new Error(String(single));
          }
        }),
      );
    }
  };
}

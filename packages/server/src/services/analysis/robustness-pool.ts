// A small pool of worker threads for rank robustness (issue 8, §3): a simulation's runs are split
// into contiguous ranges, one per worker; run r draws from a generator seeded from (seed, r) alone,
// so the result is identical to one thread's. Workers are started through tsx (no build step) and
// keep the process alive only while a job runs. Small simulations stay on the calling thread.
import { Worker } from 'node:worker_threads';
import {
  simulateRanksChunk,
  summarizeRankSamples,
  type RankRobustness,
  type RankSamples,
  type RankSimulationModel,
} from '@dti/core';
import type { ChunkJob } from './robustness.worker';

/** At most this many runs are simulated on the calling thread. */
export const SINGLE_THREAD_RUNS = 200;
/** Workers of the pool. */
export const POOL_SIZE = 2;

/**
 * Starts a worker on a TypeScript file. On Node 20, `new Worker(url, { execArgv: ['--import', 'tsx'] })`
 * fails with ERR_UNKNOWN_FILE_EXTENSION (the entry module is resolved before the --import hooks
 * apply), so a two-line bootstrap registers tsx's loader first and then imports the file.
 */
export function startTsWorker(url: URL): Worker {
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(bootstrap, { eval: true });
}

type Answer = { id: number; samples: RankSamples } | { id: number; error: string };

interface Pending {
  resolve: (samples: RankSamples) => void;
  reject: (error: Error) => void;
  worker: number;
}

/** Runs rank simulations, on worker threads when they are large. */
export interface RobustnessPool {
  /** Simulates every run of `model` and summarises them. */
  simulate(model: RankSimulationModel): Promise<RankRobustness>;
  /** Stops the workers (a later simulation starts them again). */
  close(): Promise<void>;
}

/** A pool of `size` workers, started on first use. */
export function createRobustnessPool(
  options: { size?: number; singleThreadRuns?: number } = {},
): RobustnessPool {
  const size = options.size ?? POOL_SIZE;
  const singleThreadRuns = options.singleThreadRuns ?? SINGLE_THREAD_RUNS;
  let workers: Worker[] | undefined;
  const pending = new Map<number, Pending>();
  let nextId = 0;

  const busy = (w: number) => [...pending.values()].some((p) => p.worker === w);

  function start(): Worker[] {
    workers ??= Array.from({ length: size }, (_, w) => {
      const worker = startTsWorker(new URL('./robustness.worker.ts', import.meta.url));
      worker.unref();
      worker.on('message', (answer: Answer) => {
        const job = pending.get(answer.id);
        if (!job) return;
        pending.delete(answer.id);
        if (!busy(w)) worker.unref();
        if ('error' in answer) job.reject(new Error(answer.error));
        else job.resolve(answer.samples);
      });
      worker.on('error', (error) => fail(w, error));
      worker.on('exit', (code) => fail(w, new Error(`Luồng tính toán dừng bất thường (mã ${code}).`)));
      return worker;
    });
    return workers;
  }

  function fail(w: number, error: Error): void {
    for (const [id, job] of pending) {
      if (job.worker !== w) continue;
      pending.delete(id);
      job.reject(error);
    }
    workers = undefined;
  }

  function run(w: number, job: Omit<ChunkJob, 'id'>): Promise<RankSamples> {
    const worker = start()[w]!;
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject, worker: w });
      worker.ref();
      worker.postMessage({ ...job, id });
    });
  }

  return {
    async simulate(model) {
      if (model.runs <= singleThreadRuns || size < 2) {
        return summarizeRankSamples(model, [simulateRanksChunk(model, 0, model.runs)]);
      }
      const bounds = Array.from({ length: size + 1 }, (_, w) => Math.round((model.runs * w) / size));
      const chunks = await Promise.all(
        Array.from({ length: size }, (_, w) => run(w, { model, fromRun: bounds[w]!, toRun: bounds[w + 1]! })),
      );
      return summarizeRankSamples(model, chunks);
    },
    async close() {
      const running = workers ?? [];
      workers = undefined;
      for (const w of running) w.removeAllListeners('exit');
      await Promise.all(running.map((w) => w.terminate()));
    },
  };
}

/**
 * Worker of `bench/robustness.bench.ts`: runs a range of runs of a prepared rank simulation and
 * hands the rank samples back (their buffer transferred, not copied). Loaded through tsx.
 */
import { parentPort } from 'node:worker_threads';
// Relative until core's index.ts re-exports './analysis'; then import from '@dti/core'.
import { simulateRanksChunk, type RankSimulationModel } from '@dti/core';

/** A job: one model and the runs [fromRun, toRun) to simulate. */
export interface ChunkJob {
  id: number;
  model: RankSimulationModel;
  fromRun: number;
  toRun: number;
}

const port = parentPort;
if (!port) throw new Error('robustness.worker.ts runs as a worker thread only.');
port.on('message', (job: ChunkJob) => {
  const samples = simulateRanksChunk(job.model, job.fromRun, job.toRun);
  port.postMessage({ id: job.id, samples }, [samples.ranks.buffer as ArrayBuffer]);
});

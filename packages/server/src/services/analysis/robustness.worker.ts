// Worker thread of the robustness pool: runs a range of runs of a prepared rank simulation and
// hands the rank samples back (their buffer transferred, not copied). Started through tsx by
// robustness-pool.ts.
import { parentPort } from 'node:worker_threads';
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
  try {
    const samples = simulateRanksChunk(job.model, job.fromRun, job.toRun);
    port.postMessage({ id: job.id, samples }, [
      samples.ranks.buffer as ArrayBuffer,
      samples.groupRanks.buffer as ArrayBuffer,
    ]);
  } catch (error) {
    port.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});

/**
 * `npx tsx bench/robustness.bench.ts`: rank robustness (Monte Carlo, issue 8 §3) at 1,000 runs over
 * ~340 Lào Cai-sized units and over the 12,000-unit national data, single-threaded and then split
 * across 2 worker threads; checks that both give identical results. Goals: ≤ 10 s for the province,
 * ≤ 60 s for the nation. Variation: council adjustments ± 5 %, index weights ± 10 %, one disputed
 * item on every 40th unit.
 */
import { Worker } from 'node:worker_threads';
import type { Framework, UnitInput } from '@dti/core';
// Relative until core's index.ts re-exports './analysis'; then import from '@dti/core'.
import {
  prepareRankSimulation,
  simulateRanksChunk,
  summarizeRankSamples,
  type RankRobustness,
  type RankSamples,
  type RankSimulationModel,
} from '@dti/core';
import { buildNationalFramework, buildNationalUnits } from './national-data';
import type { ChunkJob } from './robustness.worker';

const RUNS = Number(process.env.BENCH_RUNS ?? 1000);
const WORKERS = 2;
const SEED = 2023;
/** Units per set in Lào Cai (2023): 18 + 25 + 9 + 135 + 152 = 339. */
const PROVINCE: Record<string, number> = {
  TINH_CO_TTHC: 18,
  TINH_KHONG_TTHC: 25,
  HUYEN: 9,
  CQ_HUYEN: 135,
  XA: 152,
};

interface Outcome {
  ms: number;
  samples: Map<string, Int32Array>;
  summaries: Map<string, RankRobustness>;
}

function prepare(framework: Framework, data: Map<string, UnitInput[]>): RankSimulationModel[] {
  return framework.sets.map((set) => {
    const units = data.get(set.id)!;
    const firstSub = set.indices[0]!.subIndices[0]!.code;
    const disputed = units.filter((_, i) => i % 40 === 0).map((u) => ({ unit: u.code, subIndex: firstSub }));
    return prepareRankSimulation(framework, set.id, units, {
      runs: RUNS,
      seed: SEED,
      adjustmentBand: 0.05,
      weightBand: 0.1,
      disputed,
    });
  });
}

function runSingle(models: RankSimulationModel[]): Outcome {
  const start = performance.now();
  const samples = new Map<string, Int32Array>();
  const summaries = new Map<string, RankRobustness>();
  for (const model of models) {
    const chunk = simulateRanksChunk(model, 0, model.runs);
    samples.set(model.setId, chunk.ranks);
    summaries.set(model.setId, summarizeRankSamples(model, [chunk]));
  }
  return { ms: performance.now() - start, samples, summaries };
}

/**
 * Starts a worker on a TypeScript file. On Node 20, `new Worker(url, { execArgv: ['--import', 'tsx'] })`
 * fails with ERR_UNKNOWN_FILE_EXTENSION (the worker's entry module is resolved before the --import
 * hooks apply), so a two-line bootstrap registers tsx's loader first and then imports the file.
 */
function startTsWorker(url: URL): Worker {
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(bootstrap, { eval: true });
}

class Pool {
  private readonly workers: Worker[];
  private next = 0;
  private readonly pending = new Map<number, (samples: RankSamples) => void>();

  constructor(size: number) {
    this.workers = Array.from({ length: size }, () => {
      const worker = startTsWorker(new URL('./robustness.worker.ts', import.meta.url));
      worker.on('message', ({ id, samples }: { id: number; samples: RankSamples }) => {
        this.pending.get(id)?.(samples);
        this.pending.delete(id);
      });
      worker.on('error', (error) => {
        throw error;
      });
      return worker;
    });
  }

  run(worker: number, job: Omit<ChunkJob, 'id'>): Promise<RankSamples> {
    const id = this.next++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.workers[worker]!.postMessage({ ...job, id });
    });
  }

  /** Resolves once every worker has loaded (tsx compiles the worker file on start). */
  async warm(model: RankSimulationModel): Promise<void> {
    await Promise.all(this.workers.map((_, w) => this.run(w, { model, fromRun: 0, toRun: 1 })));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

async function runThreaded(pool: Pool, models: RankSimulationModel[]): Promise<Outcome> {
  const start = performance.now();
  const samples = new Map<string, Int32Array>();
  const summaries = new Map<string, RankRobustness>();
  // Every set's runs split in WORKERS contiguous ranges; all jobs in flight at once.
  const jobs = models.map(async (model) => {
    const bounds = Array.from({ length: WORKERS + 1 }, (_, w) => Math.round((model.runs * w) / WORKERS));
    const chunks = await Promise.all(
      Array.from({ length: WORKERS }, (_, w) =>
        pool.run(w, { model, fromRun: bounds[w]!, toRun: bounds[w + 1]! }),
      ),
    );
    const joined = new Int32Array(model.runs * model.unitCodes.length);
    for (const c of chunks) joined.set(c.ranks, c.fromRun * model.unitCodes.length);
    samples.set(model.setId, joined);
    summaries.set(model.setId, summarizeRankSamples(model, chunks));
  });
  await Promise.all(jobs);
  return { ms: performance.now() - start, samples, summaries };
}

function identical(a: Outcome, b: Outcome): boolean {
  for (const [setId, ranks] of a.samples) {
    const other = b.samples.get(setId)!;
    if (other.length !== ranks.length) return false;
    for (let i = 0; i < ranks.length; i++) if (ranks[i] !== other[i]) return false;
    const sa = a.summaries.get(setId)!.units;
    const sb = b.summaries.get(setId)!.units;
    for (let i = 0; i < sa.length; i++) {
      const x = sa[i]!;
      const y = sb[i]!;
      if (
        x.code !== y.code ||
        x.lowRank !== y.lowRank ||
        x.medianRank !== y.medianRank ||
        x.highRank !== y.highRank ||
        x.tieGroup !== y.tieGroup ||
        x.tiedWith.join() !== y.tiedWith.join()
      )
        return false;
    }
  }
  return true;
}

function describe(outcome: Outcome): string {
  let units = 0;
  let tied = 0;
  let width = 0;
  for (const s of outcome.summaries.values()) {
    units += s.units.length;
    for (const u of s.units) {
      if (u.tiedWith.length > 0) tied++;
      width += u.highRank - u.lowRank;
    }
  }
  return `${tied}/${units} units statistically tied with another; mean 90% interval width ${(width / units).toFixed(1)} ranks`;
}

async function scenario(
  name: string,
  framework: Framework,
  data: Map<string, UnitInput[]>,
  goalMs: number,
  pool: Pool,
) {
  const units = [...data.values()].reduce((n, list) => n + list.length, 0);
  const t0 = performance.now();
  const models = prepare(framework, data);
  const prepareMs = performance.now() - t0;
  const single = runSingle(models);
  const threaded = await runThreaded(pool, models);
  const same = identical(single, threaded);
  console.log(`\n${name}: ${units} units, ${framework.sets.length} sets, ${RUNS} runs`);
  console.log(`  prepare (points once, typed arrays): ${prepareMs.toFixed(0)} ms`);
  console.log(`  single thread (runs + summary):      ${single.ms.toFixed(0)} ms`);
  console.log(`  ${WORKERS} worker threads (runs + summary):   ${threaded.ms.toFixed(0)} ms`);
  console.log(`  identical results:                   ${same ? 'yes' : 'NO'}`);
  console.log(`  ${describe(single)}`);
  const worst = Math.max(prepareMs + single.ms, prepareMs + threaded.ms);
  console.log(
    `  goal ≤ ${goalMs / 1000} s: ${worst <= goalMs ? 'met' : 'MISSED'} (slowest path ${(worst / 1000).toFixed(1)} s)`,
  );
  if (!same) process.exitCode = 1;
}

const framework = buildNationalFramework();
const national = buildNationalUnits(framework);
const province = new Map([...national].map(([setId, list]) => [setId, list.slice(0, PROVINCE[setId] ?? 0)]));

console.log(`Rank robustness bench · Node ${process.version} · ${WORKERS} workers`);
const t = performance.now();
const pool = new Pool(WORKERS);
await pool.warm(prepare(framework, new Map([...province].map(([k, v]) => [k, v.slice(0, 3)])))[0]!);
console.log(`worker start-up (tsx): ${(performance.now() - t).toFixed(0)} ms (not counted below)`);
try {
  await scenario('Province (Lào Cai-sized)', framework, province, 10_000, pool);
  await scenario('National', framework, national, 60_000, pool);
} finally {
  await pool.close();
}
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);

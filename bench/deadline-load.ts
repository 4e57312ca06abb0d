/**
 * The load side of `npm run bench:deadline` (deadline.bench.ts): a worker thread that keeps
 * `concurrency` officers saving items of their own unit over loopback HTTP with the baseVersion they
 * last saw (a 409 refreshes it from details[0].current.version), or asks GET /api/health, phase by
 * phase, and counts the 2xx saves per item. It tells the server thread when each phase starts and
 * ends, so that the server's event-loop busy time can be measured per phase.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { createSeededRandom } from '@dti/core';

/** Marks the worker's job. */
export const WORKER_ROLE = 'deadline-load';

/** One signed-in officer as the load worker sees it. */
export interface Officer {
  unitCode: string;
  setId: string;
  cookie: string;
  csrf: string;
}

/** What the load worker is asked to do. */
export interface LoadJob {
  role: typeof WORKER_ROLE;
  /** The period's year. */
  year: number;
  port: number;
  concurrency: number;
  officers: Officer[];
  /** Value variants per set, per sub-index code. */
  variants: Record<string, Record<string, unknown[]>>;
  phases: { kind: 'save' | 'health'; seconds: number; measured: boolean }[];
}

/** Figures of one phase. */
export interface PhaseResult {
  kind: 'save' | 'health';
  measured: boolean;
  seconds: number;
  requests: number;
  ok: number;
  conflicts: number;
  other: number;
  p50: number;
  p99: number;
  samples: string[];
  /** Milliseconds the server's event loop was busy during the phase. */
  serverBusyMs?: number;
}

/** What the load worker answers. */
export interface LoadResult {
  phases: PhaseResult[];
  /** Number of 2xx saves per `unitCode/subCode`. */
  okPerItem: Record<string, number>;
}

// ───────────────────────────── load worker ─────────────────────────────

function send(
  agent: http.Agent,
  port: number,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        headers:
          body === undefined
            ? headers
            : {
                ...headers,
                'content-type': 'application/json',
                'content-length': String(Buffer.byteLength(body)),
              },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function runLoad(job: LoadJob): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.concurrency });
  const versions = new Map<string, number>();
  const okPerItem: Record<string, number> = {};
  const random = createSeededRandom(20_240_101);
  const subsOf = new Map(Object.entries(job.variants).map(([set, subs]) => [set, Object.keys(subs)]));
  const phases: PhaseResult[] = [];

  for (const phase of job.phases) {
    const latencies: number[] = [];
    const result: PhaseResult = {
      ...phase,
      requests: 0,
      ok: 0,
      conflicts: 0,
      other: 0,
      p50: 0,
      p99: 0,
      samples: [],
    };
    const save = async () => {
      const officer = job.officers[Math.floor(random() * job.officers.length)] as Officer;
      const subs = subsOf.get(officer.setId) ?? [];
      const sub = subs[Math.floor(random() * subs.length)] ?? '';
      const options = job.variants[officer.setId]?.[sub] ?? [];
      const values = options[Math.floor(random() * options.length)];
      const key = `${officer.unitCode}/${sub}`;
      const baseVersion = versions.get(key) ?? 0;
      const answer = await send(
        agent,
        job.port,
        'PUT',
        `/api/periods/${job.year}/units/${encodeURIComponent(officer.unitCode)}/items/${encodeURIComponent(sub)}`,
        { cookie: officer.cookie, 'x-csrf-token': officer.csrf },
        JSON.stringify({ values, baseVersion }),
      );
      if (answer.status >= 200 && answer.status < 300) {
        const version = (JSON.parse(answer.body) as { item: { version: number } }).item.version;
        versions.set(key, Math.max(version, versions.get(key) ?? 0));
        okPerItem[key] = (okPerItem[key] ?? 0) + 1;
        return 'ok';
      }
      if (answer.status === 409) {
        const details = (JSON.parse(answer.body) as { details?: { current?: { version?: number } }[] })
          .details;
        const current = details?.[0]?.current?.version;
        if (typeof current === 'number') versions.set(key, Math.max(current, versions.get(key) ?? 0));
        return 'conflict';
      }
      if (result.samples.length < 3) result.samples.push(`${answer.status} ${answer.body.slice(0, 200)}`);
      return 'other';
    };
    const health = async () => {
      const answer = await send(agent, job.port, 'GET', '/api/health', {});
      if (answer.status === 200) return 'ok';
      if (result.samples.length < 3) result.samples.push(`${answer.status} ${answer.body.slice(0, 200)}`);
      return 'other';
    };
    const one = phase.kind === 'save' ? save : health;
    parentPort?.postMessage({ mark: 'start' });
    const started = performance.now();
    const end = started + phase.seconds * 1000;
    const loop = async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        let outcome: 'ok' | 'conflict' | 'other';
        try {
          outcome = await one();
        } catch (error) {
          outcome = 'other';
          if (result.samples.length < 3) result.samples.push(String(error));
        }
        latencies.push(performance.now() - t0);
        result.requests++;
        if (outcome === 'ok') result.ok++;
        else if (outcome === 'conflict') result.conflicts++;
        else result.other++;
      }
    };
    // Every request started before the end is awaited, so the 2xx counts are exact.
    await Promise.all(Array.from({ length: job.concurrency }, loop));
    result.seconds = (performance.now() - started) / 1000;
    const sorted = Float64Array.from(latencies).sort();
    result.p50 = percentile(sorted, 50);
    result.p99 = percentile(sorted, 99);
    parentPort?.postMessage({ mark: 'end' });
    phases.push(result);
  }
  agent.destroy();
  return { phases, okPerItem };
}

/**
 * Starts this file as a worker. On Node 20 the worker's entry module is resolved before --import
 * hooks apply, so a bootstrap registers tsx's loader first (as in robustness.bench.ts).
 */
export function runLoadInWorker(job: LoadJob): Promise<LoadResult> {
  const href = new URL(import.meta.url).href;
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(href)}); });`;
  const worker = new Worker(bootstrap, { eval: true, workerData: job });
  const busy: number[] = [];
  let mark = performance.eventLoopUtilization();
  return new Promise((resolve, reject) => {
    worker.on('message', (message: LoadResult | { mark: 'start' | 'end' }) => {
      if ('mark' in message) {
        // The server's event loop (this thread): busy milliseconds during each phase.
        if (message.mark === 'start') mark = performance.eventLoopUtilization();
        else busy.push(performance.eventLoopUtilization(mark).active);
        return;
      }
      message.phases.forEach((phase, i) => (phase.serverBusyMs = busy[i] ?? 0));
      resolve(message);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`load worker exited with ${code}`));
    });
  });
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE) {
  const result = await runLoad(workerData as LoadJob);
  parentPort?.postMessage(result);
}

/**
 * `npm run bench:home`: the leader's overview (`GET /api/home/leader`) on the demo data, in-process
 * (Fastify inject, no network). Seeds the labelled demo into a temporary PGlite folder (about a
 * minute; publishing each demo year keeps its rank intervals), or reuses `BENCH_DATA_DIR` when it
 * already holds a seeded database. Signs in as `demo.lanhdao`, then measures
 * - cold: the first request of a fresh process, in `BENCH_COLD` (default 5) new processes over the
 *   same database (each starts as the server does: opens the database, first-start checks, builds the
 *   app; then signs in and makes one request);
 * - warm: `BENCH_RUNS` (default 20) requests in one process after its first.
 * Goal: ≤ 1 s per request, the first one of a process included. Prints median, p95 and max of both
 * and the load average.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../packages/server/src/config';
import { buildApp, openRuntime, prepareRuntime } from '../packages/server/src/main';

const runs = Number(process.env.BENCH_RUNS ?? 20);
const colds = Number(process.env.BENCH_COLD ?? 5);
const child = process.env.BENCH_HOME_CHILD === '1';
const keep = process.env.BENCH_DATA_DIR;
const dataDir = keep ?? mkdtempSync(join(tmpdir(), 'dti-bench-home-'));

async function open() {
  const loaded = loadConfig(
    {
      ...process.env,
      DTI_DATA_DIR: dataDir,
      DATABASE_URL: '',
      DTI_DEMO: '1',
      DTI_ADMIN_PASSWORD: 'bench-Admin-Passw0rd!',
      DTI_LOG: '0',
      NODE_ENV: 'production',
    },
    process.cwd(),
  );
  if (!loaded.ok) throw new Error(loaded.message);
  return openRuntime(loaded.config);
}

/** Signs in as the demo leader; returns a function making one timed request. */
async function leaderRequest(app: FastifyInstance): Promise<() => Promise<number>> {
  const signIn = await app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { username: 'demo.lanhdao', password: 'demo-lanhdao-2024' },
  });
  if (signIn.statusCode !== 200) throw new Error(`sign-in: ${signIn.statusCode} ${signIn.body}`);
  const cookie = [signIn.headers['set-cookie']]
    .flat()
    .filter((c): c is string => typeof c === 'string')
    .map((c) => c.split(';')[0])
    .join('; ');
  return async () => {
    const start = performance.now();
    const response = await app.inject({ method: 'GET', url: '/api/home/leader', headers: { cookie } });
    const ms = performance.now() - start;
    if (response.statusCode !== 200) throw new Error(`home: ${response.statusCode} ${response.body}`);
    return ms;
  };
}

/** One fresh process: open, build, sign in, one request; prints its time as JSON. */
async function coldChild(): Promise<void> {
  const runtime = await open();
  await prepareRuntime(runtime); // as a server starts (nothing to seed: the database is seeded)
  const { app } = await buildApp(runtime, false);
  try {
    const once = await leaderRequest(app);
    console.log(JSON.stringify({ coldMs: await once() }));
  } finally {
    await app.close();
    await runtime.close();
  }
}

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
const ms = (v: number) => `${v.toFixed(0)} ms`;
const summary = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `median ${ms(quantile(sorted, 0.5))}, p95 ${ms(quantile(sorted, 0.95))}, max ${ms(sorted.at(-1) ?? NaN)}`;
};

async function main(): Promise<void> {
  const runtime = await open();
  const seedStart = performance.now();
  await prepareRuntime(runtime);
  const seedMs = performance.now() - seedStart;
  const { app } = await buildApp(runtime, false);
  let warm: number[] = [];
  let firstHere = NaN;
  try {
    const once = await leaderRequest(app);
    firstHere = await once();
    for (let i = 0; i < runs; i += 1) warm.push(await once());
  } finally {
    await app.close();
    await runtime.close();
  }
  // Each cold request in a new process over the same (now seeded) database.
  const cold: number[] = [];
  for (let i = 0; i < colds; i += 1) {
    const out = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
      env: { ...process.env, BENCH_HOME_CHILD: '1', BENCH_DATA_DIR: dataDir },
      encoding: 'utf8',
    });
    const line = out.stdout.split('\n').find((l) => l.startsWith('{"coldMs"'));
    if (out.status !== 0 || !line) throw new Error(`cold process failed: ${out.stderr}`);
    cold.push((JSON.parse(line) as { coldMs: number }).coldMs);
  }
  if (!keep) rmSync(dataDir, { recursive: true, force: true });
  warm = warm.sort((a, b) => a - b);
  console.log(`prepare (seed or reuse): ${(seedMs / 1000).toFixed(1)} s`);
  console.log(`GET /api/home/leader, first request of the seeding process: ${ms(firstHere)}`);
  console.log(`cold (first request of a fresh process) × ${colds}: ${summary(cold)}`);
  console.log(`warm × ${runs}: ${summary(warm)}`);
  console.log(
    `load average (1/5/15 min): ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' / ')}`,
  );
  const worst = Math.max(quantile(warm, 0.95), ...cold);
  console.log(`goal ≤ 1 s (warm p95 and every cold request): ${worst <= 1000 ? 'met' : 'NOT met'}`);
}

await (child ? coldChild() : main());

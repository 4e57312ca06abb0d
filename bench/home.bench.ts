/**
 * `npm run bench:home`: the leader's overview (`GET /api/home/leader`) on the demo data, in-process
 * (Fastify inject, no network). Seeds the labelled demo into a temporary PGlite folder (about a
 * minute), or reuses `BENCH_DATA_DIR` when it already holds a seeded database. Signs in as
 * `demo.lanhdao`, makes one cold request (the rank intervals of the published year are simulated and
 * kept on the first call), then `BENCH_RUNS` (default 20) warm ones. Goal: ≤ 1 s per request.
 * Prints cold, median, p95 and max wall times and the load average.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../packages/server/src/config';
import { buildApp, openRuntime, prepareRuntime } from '../packages/server/src/main';

const runs = Number(process.env.BENCH_RUNS ?? 20);
const keep = process.env.BENCH_DATA_DIR;
const dataDir = keep ?? mkdtempSync(join(tmpdir(), 'dti-bench-home-'));

async function main(): Promise<void> {
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
  const runtime = await openRuntime(loaded.config);
  const seedStart = performance.now();
  await prepareRuntime(runtime);
  const seedMs = performance.now() - seedStart;
  const { app } = await buildApp(runtime, false);
  try {
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
    const once = async (): Promise<number> => {
      const start = performance.now();
      const response = await app.inject({ method: 'GET', url: '/api/home/leader', headers: { cookie } });
      const ms = performance.now() - start;
      if (response.statusCode !== 200) throw new Error(`home: ${response.statusCode} ${response.body}`);
      return ms;
    };
    const cold = await once();
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) times.push(await once());
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)] ?? NaN;
    const ms = (v: number) => `${v.toFixed(0)} ms`;
    console.log(`prepare (seed or reuse): ${(seedMs / 1000).toFixed(1)} s`);
    console.log(
      `GET /api/home/leader, first request of the process (rank intervals simulated unless already kept): ${ms(cold)}`,
    );
    console.log(`warm × ${runs}: median ${ms(at(0.5))}, p95 ${ms(at(0.95))}, max ${ms(times.at(-1) ?? NaN)}`);
    console.log(
      `load average (1/5/15 min): ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' / ')}`,
    );
    console.log(`goal ≤ 1 s, warm p95: ${at(0.95) <= 1000 ? 'met' : 'NOT met'}`);
    console.log(`goal ≤ 1 s, first request: ${cold <= 1000 ? 'met' : 'NOT met'}`);
  } finally {
    await app.close();
    await runtime.close();
    if (!keep) rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();

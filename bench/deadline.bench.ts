/**
 * `npm run bench:deadline`: the deadline rush. Starts the server in this process through
 * `startServer`, the start-up `dti serve` uses (listening on a free port of 127.0.0.1), on PGlite in a
 * temporary folder, then — when 127.0.0.1:5432 answers — on a throw-away PostgreSQL database created
 * and dropped here, with the shipped pool size (DTI_DB_POOL_SIZE, default 10; BENCH_POOL overrides). Opens period 2024 on LC-3019-2023 with deadlines a month ahead, creates one officer per unit
 * for up to 200 units (communes first) and signs each in once over HTTP. Then, from a worker thread
 * (so the client does not share the server's event loop), 64 concurrent officers save values of
 * their own unit over loopback HTTP for BENCH_SECONDS (10) with the baseVersion they last saw
 * (a 409 refreshes it from details[0].current.version), and a bare GET /api/health is measured the
 * same way. Afterwards every item's stored version must equal the number of 2xx answers for it:
 * nothing lost, nothing written twice. Goals: ≥ 1,000 saves/s with p99 ≤ 200 ms on PostgreSQL,
 * ≥ 300 saves/s on PGlite.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect, createServer, type AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { createSeededRandom, generateDemoValues, type Framework } from '@dti/core';
import { loadConfig, type Config } from '../packages/server/src/config';
import { selectRows } from '../packages/server/src/db/client';
import { startServer } from '../packages/server/src/main';
import type { Actor } from '../packages/server/src/services/shared/actor';
import { hashPassword } from '../packages/server/src/services/accounts/passwords';
import { runLoadInWorker, WORKER_ROLE, type LoadJob, type Officer } from './deadline-load';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const HEALTH_SECONDS = Number(process.env.BENCH_HEALTH_SECONDS ?? 5);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 64);
const OFFICERS = Number(process.env.BENCH_OFFICERS ?? 200);
/** DTI_DB_POOL_SIZE for the PostgreSQL run; unset: the shipped default (10). */
const POOL_SIZE = process.env.BENCH_POOL;
/** `pglite`, `postgres` or both (default). */
const DATABASES = process.env.BENCH_DB ?? 'pglite,postgres';
const YEAR = 2024;
const FRAMEWORK = 'LC-3019-2023';
const PASSWORD = 'mat-khau-bench-deadline';

// ───────────────────────────── server side ─────────────────────────────

const benchActor: Actor = { kind: 'system', name: 'bench:deadline' };

/** A free TCP port on loopback for the server. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function configFor(env: Record<string, string>): Promise<Config> {
  const loaded = loadConfig(
    {
      DTI_LOG: 'false',
      DTI_DEMO: '0',
      DTI_ADMIN_PASSWORD: PASSWORD,
      HOST: '127.0.0.1',
      PORT: String(await freePort()),
      ...(POOL_SIZE === undefined ? {} : { DTI_DB_POOL_SIZE: POOL_SIZE }),
      ...env,
    },
    process.cwd(),
  );
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.config;
}

function postgresAnswers(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port: 5432 });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i] as T);
      }
    }),
  );
  return out;
}

interface Figures {
  label: string;
  savesPerSecond: number;
  p50: number;
  p99: number;
  ok: number;
  conflicts: number;
  other: number;
  healthPerSecond: number;
  /** Server event-loop milliseconds per 2xx save and per health answer. */
  busyPerSave: number;
  busyPerHealth: number;
  lost: number;
  duplicated: number;
}

async function runOn(label: string, config: Config): Promise<Figures> {
  console.log(`\n── ${label} ──`);
  // The same start-up as `dti serve` (startServer), on the configured pool size.
  const server = await startServer(config, { logger: false });
  const { runtime } = server;
  try {
    const port = config.port;
    const { services, store } = runtime;

    const framework = (await services.frameworks.getFramework(FRAMEWORK)).content as Framework;
    const until = new Date(Date.now() + 30 * 86_400_000).toISOString();
    await services.periods.createPeriod(benchActor, {
      year: YEAR,
      frameworkId: FRAMEWORK,
      deadlines: Object.fromEntries(framework.sets.map((s) => [s.id, until])),
    });
    const opened = await services.periods.transition(benchActor, YEAR, 'open');
    const periodId = opened.period.id;

    const setOfKind = new Map(framework.sets.map((s) => [s.unitKind, s.id]));
    const units = (await store.repos.units.listUnits())
      .filter((u) => setOfKind.has(u.kind))
      // the units the period covers: in force on 31/12 of its year
      .filter(
        (u) => u.validFrom <= `${YEAR}-12-31` && (u.validUntil === null || u.validUntil >= `${YEAR}-12-31`),
      )
      .sort((a, b) => Number(b.kind === 'commune') - Number(a.kind === 'commune'))
      .slice(0, OFFICERS);
    const passwordHash = await hashPassword(PASSWORD);
    for (const unit of units) {
      await store.repos.users.insertUser({
        username: `bench-${unit.code.toLowerCase().replace(/[^a-z0-9]/g, '-')}`,
        fullName: `Cán bộ ${unit.name}`,
        role: 'unit_officer',
        unitId: unit.id,
        passwordHash,
      });
    }
    const t0 = performance.now();
    const officers = await mapLimit(units, 8, async (unit): Promise<Officer> => {
      const response = await fetch(`http://127.0.0.1:${port}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          username: `bench-${unit.code.toLowerCase().replace(/[^a-z0-9]/g, '-')}`,
          password: PASSWORD,
        }),
      });
      if (response.status !== 200) throw new Error(`sign-in ${unit.code}: ${await response.text()}`);
      const body = (await response.json()) as { csrfToken: string };
      const cookie = response.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      return { unitCode: unit.code, setId: setOfKind.get(unit.kind) ?? '', cookie, csrf: body.csrfToken };
    });
    const communes = units.filter((u) => u.kind === 'commune').length;
    console.log(
      `${officers.length} officers (${communes} communes) signed in over HTTP in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );

    const variants: LoadJob['variants'] = {};
    for (const set of framework.sets) {
      const perSub: Record<string, unknown[]> = {};
      for (let seed = 1; seed <= 4; seed++) {
        const values = generateDemoValues(set, createSeededRandom(seed), { strength: seed / 5 });
        for (const [code, v] of Object.entries(values)) (perSub[code] ??= []).push(v);
      }
      variants[set.id] = perSub;
    }

    const load = await runLoadInWorker({
      role: WORKER_ROLE,
      year: YEAR,
      port,
      concurrency: CONCURRENCY,
      officers,
      variants,
      phases: [
        { kind: 'save', seconds: 1, measured: false },
        { kind: 'save', seconds: SECONDS, measured: true },
        { kind: 'health', seconds: HEALTH_SECONDS, measured: true },
      ],
    });
    const saves = load.phases.find((p) => p.kind === 'save' && p.measured);
    const health = load.phases.find((p) => p.kind === 'health');
    if (!saves || !health) throw new Error('missing phase');
    for (const p of load.phases) for (const s of p.samples) console.log(`  (${p.kind}) unexpected: ${s}`);

    // Integrity: every item's version equals the 2xx saves answered for it.
    const codeOf = new Map(units.map((u) => [u.id, u.code]));
    const rows = await selectRows<{ unit_id: number; sub_code: string; version: number }>(
      runtime.database.db,
      sql`select unit_id, sub_code, version from assessment_items where period_id = ${periodId}`,
    );
    const stored = new Map(
      rows.map((r) => [`${codeOf.get(r.unit_id) ?? r.unit_id}/${r.sub_code}`, r.version]),
    );
    let lost = 0;
    let duplicated = 0;
    const problems: string[] = [];
    for (const key of new Set([...stored.keys(), ...Object.keys(load.okPerItem)])) {
      const answered = load.okPerItem[key] ?? 0;
      const version = stored.get(key) ?? 0;
      if (version < answered) lost += answered - version;
      if (version > answered) duplicated += version - answered;
      if (version !== answered && problems.length < 10)
        problems.push(`${key}: 2xx ${answered}, stored version ${version}`);
    }
    const totalOk = load.phases.filter((p) => p.kind === 'save').reduce((s, p) => s + p.ok, 0);

    const figures: Figures = {
      label,
      savesPerSecond: saves.ok / saves.seconds,
      p50: saves.p50,
      p99: saves.p99,
      ok: saves.ok,
      conflicts: saves.conflicts,
      other: saves.other,
      healthPerSecond: health.ok / health.seconds,
      busyPerSave: (saves.serverBusyMs ?? 0) / Math.max(1, saves.ok),
      busyPerHealth: (health.serverBusyMs ?? 0) / Math.max(1, health.ok),
      lost,
      duplicated,
    };
    console.log(
      `saves: ${figures.savesPerSecond.toFixed(0)}/s over ${saves.seconds.toFixed(1)} s at concurrency ${CONCURRENCY}; ` +
        `latency p50 ${saves.p50.toFixed(1)} ms, p99 ${saves.p99.toFixed(1)} ms`,
    );
    console.log(`answers: 2xx ${saves.ok}, 409 ${saves.conflicts}, other ${saves.other}`);
    console.log(
      `health: ${figures.healthPerSecond.toFixed(0)} req/s (p50 ${health.p50.toFixed(1)} ms, p99 ${health.p99.toFixed(1)} ms); ` +
        `saves/health ${(figures.savesPerSecond / figures.healthPerSecond).toFixed(3)}`,
    );
    console.log(
      `server event loop busy: ${figures.busyPerSave.toFixed(2)} ms per save, ${figures.busyPerHealth.toFixed(2)} ms per health answer`,
    );
    console.log(
      `integrity over ${stored.size} items, ${totalOk} 2xx saves (warm-up included): lost: ${lost}, duplicated: ${duplicated}`,
    );
    for (const p of problems) console.log(`  ${p}`);
    return figures;
  } finally {
    await server.close();
  }
}

async function main(): Promise<void> {
  const [l1, l5, l15] = loadavg();
  console.log(
    `bench:deadline — ${OFFICERS} officers, ${SECONDS} s of saves + ${HEALTH_SECONDS} s of health at concurrency ${CONCURRENCY}; ` +
      `load average ${l1?.toFixed(2)} ${l5?.toFixed(2)} ${l15?.toFixed(2)}`,
  );
  const results: Figures[] = [];
  if (DATABASES.includes('pglite')) {
    const dir = await mkdtemp(join(tmpdir(), 'dti-bench-deadline-'));
    try {
      results.push(await runOn('PGlite (temporary data folder)', await configFor({ DTI_DATA_DIR: dir })));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  if (!DATABASES.includes('postgres')) {
    console.log('\nPostgreSQL: not asked for (BENCH_DB).');
  } else if (await postgresAnswers()) {
    const name = `dti_bench_${randomBytes(4).toString('hex')}`;
    await adminQuery(`create database "${name}"`);
    try {
      results.push(
        await runOn(
          `PostgreSQL (throw-away database ${name}, pool ${POOL_SIZE ?? '10, the shipped default'})`,
          await configFor({ DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${name}` }),
        ),
      );
    } finally {
      await adminQuery(`drop database if exists "${name}" with (force)`);
    }
  } else {
    console.log('\nPostgreSQL at 127.0.0.1:5432 does not answer: skipped.');
  }

  console.log('\nGoals:');
  let failed = false;
  for (const r of results) {
    const pgGoal = r.label.startsWith('PostgreSQL');
    const rateGoal = pgGoal ? 1000 : 300;
    const checks = [
      [`≥ ${rateGoal} saves/s`, r.savesPerSecond >= rateGoal],
      ...(pgGoal ? [['p99 ≤ 200 ms', r.p99 <= 200] as const] : []),
      ['no lost or duplicated write', r.lost === 0 && r.duplicated === 0],
    ] as const;
    for (const [what, ok] of checks) {
      console.log(`  ${r.label.split(' ')[0]}: ${what}: ${ok ? 'yes' : 'NO'}`);
      if (!ok && what.startsWith('no lost')) failed = true;
    }
  }
  const [a1, a5, a15] = loadavg();
  console.log(`load average after: ${a1?.toFixed(2)} ${a5?.toFixed(2)} ${a15?.toFixed(2)}`);
  // Only a lost or duplicated write fails the run: speed depends on the (shared) machine.
  if (failed) process.exitCode = 1;
}

await main();

// A crash in the middle of the deadline rush: `dti serve` runs as a child process (PGlite in a data
// folder, or a scratch PostgreSQL database in the pg tier), officers of two communes save at
// concurrency 16, the head of one commune submits, and the child is killed with SIGKILL mid-storm.
// After a restart on the same data every save answered 2xx is there (at least that version, and its
// values when the version is the same), and the submission is either absent or complete.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededRandom, generateDemoValues, type Framework } from '@dti/core';
import { createScratchPostgres, testDatabaseUrl } from './testing/test-database';

const BIN = fileURLToPath(new URL('../bin/dti.js', import.meta.url));
const ADMIN_PASSWORD = 'mat-khau-quan-tri-crash';
const PASSWORD = 'mat-khau-can-bo-crash';
const YEAR = 2024;
const UNIT_A = '02713'; // saves, then its head submits during the storm
const UNIT_B = '02719'; // saves until the kill
const CONCURRENCY = 16;
const KILL_AFTER = 260; // acknowledged saves before SIGKILL

interface Signed {
  cookie: string;
  csrf: string;
}
interface Answer {
  status: number;
  body: string;
}

let port = 0;
let dataEnv: Record<string, string> = {};
let cleanup: (() => Promise<void>) | undefined;
let child: ChildProcess | undefined;
let output = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function call(method: string, path: string, who?: Signed, payload?: unknown): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (who) Object.assign(headers, { cookie: who.cookie, 'x-csrf-token': who.csrf });
  if (payload !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`http://127.0.0.1:${port}${path}`, {
    method,
    headers,
    ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
  });
  return { status: response.status, body: await response.text() };
}

async function signIn(username: string, password: string): Promise<Signed> {
  const response = await fetch(`http://127.0.0.1:${port}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`sign-in ${username}: ${response.status} ${body}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, csrf: (JSON.parse(body) as { csrfToken: string }).csrfToken };
}

async function startServer(): Promise<void> {
  output = '';
  const started = spawn(process.execPath, [BIN, 'serve'], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      DTI_DATA_DIR: '',
      ...dataEnv,
      DTI_ADMIN_PASSWORD: ADMIN_PASSWORD,
      PORT: String(port),
      HOST: '127.0.0.1',
      DTI_DEMO: '0',
      DTI_LOG: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = started;
  started.stdout.on('data', (c: Buffer) => (output += c.toString()));
  started.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (started.exitCode !== null) throw new Error(`dti serve exited with ${started.exitCode}:\n${output}`);
    try {
      if ((await call('GET', '/api/health')).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`dti serve did not answer /api/health in time:\n${output}`);
}

async function killServer(signal: NodeJS.Signals): Promise<void> {
  const running = child;
  child = undefined;
  if (!running || running.exitCode !== null || running.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
  running.kill(signal);
  await exited;
}

describe('a server killed during the deadline rush', () => {
  let framework: Framework;

  beforeAll(async () => {
    port = await freePort();
    if (testDatabaseUrl !== undefined) {
      const scratch = await createScratchPostgres(testDatabaseUrl);
      dataEnv = { DATABASE_URL: scratch.url };
      cleanup = scratch.drop;
    } else {
      const dir = await mkdtemp(join(tmpdir(), 'dti-crash-'));
      dataEnv = { DTI_DATA_DIR: dir };
      cleanup = () => rm(dir, { recursive: true, force: true });
    }
    await startServer();
  }, 120_000);

  afterAll(async () => {
    await killServer('SIGKILL');
    await cleanup?.();
  });

  it('keeps every acknowledged save and an all-or-nothing submission across SIGKILL', async () => {
    // Set-up over HTTP as the administrator.
    const admin = await signIn('admin', ADMIN_PASSWORD);
    const fw = await call('GET', '/api/frameworks/LC-3019-2023', admin);
    expect(fw.status, fw.body).toBe(200);
    framework = (JSON.parse(fw.body) as { content: Framework }).content;
    const until = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const created = await call('POST', '/api/periods', admin, {
      year: YEAR,
      frameworkId: framework.id,
      deadlines: Object.fromEntries(framework.sets.map((s) => [s.id, until])),
    });
    expect(created.status, created.body).toBe(201);
    expect((await call('POST', `/api/periods/${YEAR}/state`, admin, { state: 'open' })).status).toBe(200);
    const units = JSON.parse((await call('GET', '/api/units', admin)).body) as { id: number; code: string }[];
    const idOf = (code: string) => units.find((u) => u.code === code)?.id;
    const accounts = [
      { username: 'can-bo-a', role: 'unit_officer', unit: UNIT_A },
      { username: 'can-bo-b', role: 'unit_officer', unit: UNIT_B },
      { username: 'thu-truong-a', role: 'unit_head', unit: UNIT_A },
    ];
    for (const a of accounts) {
      const made = await call('POST', '/api/users', admin, {
        username: a.username,
        fullName: a.username,
        role: a.role,
        unitId: idOf(a.unit),
        password: PASSWORD,
      });
      expect(made.status, made.body).toBe(201);
    }
    const [officerA, officerB, headA] = await Promise.all(accounts.map((a) => signIn(a.username, PASSWORD)));
    if (!officerA || !officerB || !headA) throw new Error('sign-in failed');

    const xa = framework.sets.find((s) => s.unitKind === 'commune');
    if (!xa) throw new Error('no commune set');
    const variants = [1, 2, 3].map((seed) =>
      generateDemoValues(xa, createSeededRandom(seed), { strength: seed / 4 }),
    );
    const subCodes = Object.keys(variants[0] ?? {});
    expect(subCodes.length).toBeGreaterThan(20);

    // The storm: unit A's officer saves every item once, then its head submits while unit B's
    // officer keeps saving (16 at a time, each key in one lane so versions chain); SIGKILL after
    // KILL_AFTER acknowledged saves.
    const acknowledged = new Map<string, { version: number; values: unknown }>();
    let acks = 0;
    let killed = false;
    let submitAnswer: Answer | 'no answer' | undefined;
    let killing: Promise<void> | undefined;
    const saveOnce = async (who: Signed, unit: string, sub: string, round: number, base: number) => {
      const values = variants[round % variants.length]?.[sub];
      const answer = await call('PUT', `/api/periods/${YEAR}/units/${unit}/items/${sub}`, who, {
        values,
        baseVersion: base,
      });
      if (answer.status !== 200) return { answer, version: base };
      const item = (JSON.parse(answer.body) as { item: { version: number; values: unknown } }).item;
      acknowledged.set(`${unit}/${sub}`, { version: item.version, values: item.values });
      acks++;
      if (acks >= KILL_AFTER && !killing) {
        killed = true;
        killing = killServer('SIGKILL');
      }
      return { answer, version: item.version };
    };
    const lanes = async (lane: number, step: number, count: number, run: (key: number) => Promise<void>) => {
      for (let key = lane; key < count && !killed; key += step) await run(key);
    };
    const stormA = Promise.all(
      Array.from({ length: CONCURRENCY / 2 }, (_, lane) =>
        lanes(lane, CONCURRENCY / 2, subCodes.length, async (i) => {
          const sub = subCodes[i] ?? '';
          try {
            const { answer } = await saveOnce(officerA, UNIT_A, sub, 0, 0);
            if (!killed) expect(answer.status, answer.body).toBe(200);
          } catch (error) {
            if (!killed) throw error;
          }
        }),
      ),
    ).then(async () => {
      if (killed) return;
      try {
        submitAnswer = await call('POST', `/api/periods/${YEAR}/units/${UNIT_A}/submit`, headA);
      } catch {
        submitAnswer = 'no answer';
      }
    });
    const stormB = Promise.all(
      Array.from({ length: CONCURRENCY }, (_, lane) =>
        lanes(lane, CONCURRENCY, subCodes.length, async (i) => {
          const sub = subCodes[i] ?? '';
          let version = 0;
          for (let round = 0; !killed; round++) {
            try {
              const saved = await saveOnce(officerB, UNIT_B, sub, round, version);
              if (saved.answer.status !== 200 && !killed) {
                throw new Error(`unexpected ${saved.answer.status}: ${saved.answer.body}`);
              }
              version = saved.version;
            } catch (error) {
              if (!killed) throw error;
            }
          }
        }),
      ),
    );
    const started = Date.now();
    await Promise.all([stormA, stormB]);
    await killing;
    expect(killed).toBe(true);
    expect(acks).toBeGreaterThanOrEqual(KILL_AFTER);
    const stormSeconds = (Date.now() - started) / 1000;

    // Restart on the same data and check.
    await startServer();
    const reader = await signIn('admin', ADMIN_PASSWORD);
    const stored = new Map<string, { version: number; values: unknown }>();
    const submissions = new Map<string, { itemCount: number; submittedBy: string } | null>();
    for (const unit of [UNIT_A, UNIT_B]) {
      const read = await call('GET', `/api/periods/${YEAR}/units/${unit}/assessment`, reader);
      expect(read.status, read.body).toBe(200);
      const body = JSON.parse(read.body) as {
        items: { subCode: string; version: number; values: unknown }[];
        submission: { itemCount: number; submittedBy: string } | null;
      };
      for (const item of body.items) stored.set(`${unit}/${item.subCode}`, item);
      submissions.set(unit, body.submission);
    }
    const missing: string[] = [];
    for (const [key, ack] of acknowledged) {
      const row = stored.get(key);
      if (!row || row.version < ack.version) {
        missing.push(`${key}: answered version ${ack.version}, stored ${row?.version ?? 'none'}`);
      } else if (row.version === ack.version) {
        expect(row.values, key).toEqual(ack.values);
      }
    }
    expect(missing).toEqual([]);

    const submission = submissions.get(UNIT_A);
    if (typeof submitAnswer === 'object' && submitAnswer.status === 200) expect(submission).not.toBeNull();
    if (submission) {
      // Complete: every item of A was saved before the head submitted.
      expect(submission).toMatchObject({ itemCount: subCodes.length, submittedBy: 'thu-truong-a' });
      const itemsOfA = [...stored.keys()].filter((k) => k.startsWith(`${UNIT_A}/`));
      expect(itemsOfA).toHaveLength(subCodes.length);
      const late = await call('PUT', `/api/periods/${YEAR}/units/${UNIT_A}/items/${subCodes[0]}`, officerA, {
        values: variants[1]?.[subCodes[0] ?? ''],
        baseVersion: 1,
      });
      // Sessions live in the database, so the officer is still signed in; the unit is closed.
      expect(late.status, late.body).toBe(409);
      expect(late.body).toContain('ALREADY_SUBMITTED');
    }
    expect(submissions.get(UNIT_B)).toBeNull();

    // The restarted server keeps working on the recovered rows.
    const again = await signIn('can-bo-b', PASSWORD);
    const sub = subCodes[0] ?? '';
    const next = await call('PUT', `/api/periods/${YEAR}/units/${UNIT_B}/items/${sub}`, again, {
      values: variants[2]?.[sub],
      baseVersion: stored.get(`${UNIT_B}/${sub}`)?.version ?? 0,
    });
    expect(next.status, next.body).toBe(200);
    console.log(
      `crash test: ${acks} saves acknowledged in ${stormSeconds.toFixed(1)} s before SIGKILL, ` +
        `submission ${submission ? 'present' : 'absent'} (answer ${
          typeof submitAnswer === 'object' ? submitAnswer.status : (submitAnswer ?? 'not sent')
        })`,
    );
  }, 120_000);
});

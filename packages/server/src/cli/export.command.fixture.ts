// A data directory for the command-line tests: a PGlite database with the registry, the built-in
// frameworks and the two-year cycle of documents.service.fixture.ts (2023 open until 2099, so that
// the real clock can still write). Commands run through runCli once registered, directly before.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config';
import { openRuntime, prepareRuntime } from '../main';
import { populateCycle } from '../services/documents/documents.service.fixture';
import type { CliCommand, CliIo } from './command';
import { commands } from './commands';
import { runCli } from './main';

/** A prepared data directory. */
export interface CliFixture {
  dir: string;
  env: NodeJS.ProcessEnv;
  communes: string[];
  /** Runs `dti <argv>`; returns the exit code and what was printed. */
  run(argv: string[]): Promise<{ code: number; out: string; err: string }>;
  close(): Promise<void>;
}

/** Builds the data directory and a runner for `command` (used until it is in the registry). */
export async function buildCliFixture(command: CliCommand | CliCommand[]): Promise<CliFixture> {
  const dir = await mkdtemp(join(tmpdir(), 'dti-cli-'));
  const env: NodeJS.ProcessEnv = { DTI_DATA_DIR: join(dir, 'data'), DTI_LOG: 'false', DTI_DEMO: 'false' };
  const loaded = loadConfig(env, dir);
  if (!loaded.ok) throw new Error(loaded.message);
  const runtime = await openRuntime(loaded.config);
  let communes: string[];
  try {
    await prepareRuntime(runtime);
    ({ communes } = await populateCycle({
      store: runtime.store,
      services: runtime.services,
      deadline2023: '2099-12-15T00:00:00+07:00',
    }));
  } finally {
    await runtime.close();
  }
  const own = [command].flat();
  return {
    dir,
    env,
    communes,
    async run(argv) {
      let out = '';
      let err = '';
      const io: CliIo = {
        out: (t) => (out += `${t}\n`),
        err: (t) => (err += `${t}\n`),
        env,
        cwd: dir,
      };
      const registered = commands.some((c) => c.name === argv[0]);
      const direct = own.find((c) => c.name === argv[0]);
      const code = registered || !direct ? await runCli(argv, io) : await direct.run(argv.slice(1), io);
      return { code, out, err };
    },
    close: () => rm(dir, { recursive: true, force: true }),
  };
}

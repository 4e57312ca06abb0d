// Opening the runtime for a command: settings, database, services; errors printed in Vietnamese.
import { loadConfig, type Config } from '../config';
import { openRuntime, type Runtime } from '../main';
import { AppError } from '../services/shared/app-error';
import type { CliIo } from './command';

/** Prints an error the way every command does; returns the exit code. */
export function reportError(io: CliIo, error: unknown): number {
  if (error instanceof AppError) {
    const details = error.details.map(
      (d) => `  - ${d.path ?? (d.row === undefined ? '' : `dòng ${d.row}`)}: ${d.message}`,
    );
    io.err([`Lỗi [${error.code}]: ${error.message}`, ...details].join('\n'));
    return 1;
  }
  io.err(`Lỗi [INTERNAL]: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
}

/** Reads the settings; prints them and returns undefined when they are bad. */
export function readConfig(io: CliIo): Config | undefined {
  const loaded = loadConfig(io.env, io.cwd);
  if (!loaded.ok) {
    io.err(loaded.message);
    return undefined;
  }
  return loaded.config;
}

/** Runs `fn` with an open, migrated runtime and closes it afterwards. */
export async function withRuntime(io: CliIo, fn: (runtime: Runtime) => Promise<number>): Promise<number> {
  const config = readConfig(io);
  if (!config) return 2;
  let runtime: Runtime | undefined;
  try {
    runtime = await openRuntime(config);
    return await fn(runtime);
  } catch (error) {
    return reportError(io, error);
  } finally {
    await runtime?.close();
  }
}

/** Where the data is, for messages. */
export function describeDatabase(config: Config): string {
  return config.database.kind === 'postgres'
    ? `PostgreSQL ${config.database.url.replace(/\/\/[^@/]*@/, '//***@')}`
    : `PGlite ${config.database.dataDir}`;
}

/**
 * Finding a framework for the command line: a file path (JSON, YAML or the official Excel table),
 * else an id — looked up in the database when one exists (an imported framework, or an official
 * text that replaced a shipped one), then among the frameworks shipped with the product.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseFrameworkText, validateFramework, type Framework, type Problem } from '@dti/core';
import { builtinFrameworkIds, readBuiltinFramework } from '@dti/frameworks';
import { loadConfig } from '../config';
import { openRuntime } from '../main';
import { readFrameworkWorkbook } from '../workbooks';
import type { CliIo } from './command';

/** The raw object of a framework named by file or id, or the problems reading it. */
export type RawFramework = { ok: true; raw: unknown; origin: string } | { ok: false; problems: Problem[] };

/** Reads a framework file: `.xlsx` in the official table layout, else JSON or YAML text. */
export async function readFrameworkFile(path: string): Promise<RawFramework> {
  if (/\.xlsx$/i.test(path)) {
    const read = await readFrameworkWorkbook(await readFile(path));
    return read.ok ? { ok: true, raw: read.raw, origin: path } : read;
  }
  const text = await readFile(path, 'utf8');
  const parsed = parseFrameworkText(
    text,
    /\.ya?ml$/i.test(path) ? 'yaml' : /\.json$/i.test(path) ? 'json' : undefined,
  );
  return parsed.ok ? { ok: true, raw: parsed.raw, origin: path } : parsed;
}

/** Reads (but does not validate) the framework at `ref`: a file path, else an id. */
export async function readFrameworkRef(ref: string, io: CliIo): Promise<RawFramework> {
  const path = resolve(io.cwd, ref);
  if (await isFile(path)) return readFrameworkFile(path);
  const stored = await readStoredFramework(ref, io);
  if (stored !== undefined) return { ok: true, raw: stored, origin: `database ${ref}` };
  const builtin = readBuiltinFramework(ref);
  if (builtin !== undefined) return { ok: true, raw: builtin, origin: `built-in ${ref}` };
  return {
    ok: false,
    problems: [
      {
        path: ref,
        code: 'FW_PARSE',
        message: `Không tìm thấy tệp hay bộ chỉ số "${ref}" (bộ chỉ số có sẵn: ${builtinFrameworkIds().join(', ')}).`,
      },
    ],
  };
}

/** Reads and validates the framework at `ref`. */
export async function loadFramework(
  ref: string,
  io: CliIo,
): Promise<{ ok: true; framework: Framework } | { ok: false; problems: Problem[] }> {
  const read = await readFrameworkRef(ref, io);
  return read.ok ? validateFramework(read.raw) : read;
}

/**
 * The framework stored under `id` in the configured database, if a database exists already
 * (`DATABASE_URL`, or an embedded one in DTI_DATA_DIR): looking up an id never creates one.
 */
export async function readStoredFramework(id: string, io: CliIo): Promise<unknown> {
  return (await readStoredFrameworks(io)).get(id);
}

/** Every framework stored in an existing database, by id (none when there is no database yet). */
export async function readStoredFrameworks(io: CliIo): Promise<Map<string, unknown>> {
  const loaded = loadConfig(io.env, io.cwd);
  if (!loaded.ok) return new Map();
  const { database } = loaded.config;
  if (database.kind === 'pglite' && !existsSync(join(database.dataDir, 'PG_VERSION'))) return new Map();
  const runtime = await openRuntime(loaded.config);
  try {
    const rows = await runtime.store.repos.frameworks.listFrameworks();
    return new Map(rows.map((row) => [row.id, row.content]));
  } finally {
    await runtime.close();
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

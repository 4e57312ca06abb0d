/**
 * Finding a framework for the command line: a file path (JSON or YAML), or the id of a framework
 * shipped with the product.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseFrameworkText, validateFramework, type Framework, type Problem } from '@dti/core';
import { builtinFrameworkIds, readBuiltinFramework } from '@dti/frameworks';

/** The raw object of a framework named by file or id, or the problems reading it. */
export type RawFramework = { ok: true; raw: unknown; origin: string } | { ok: false; problems: Problem[] };

/** Reads (but does not validate) the framework at `ref`: a file path, else a built-in id. */
export async function readFrameworkRef(ref: string, cwd: string): Promise<RawFramework> {
  const path = resolve(cwd, ref);
  if (await isFile(path)) {
    const text = await readFile(path, 'utf8');
    const parsed = parseFrameworkText(
      text,
      /\.ya?ml$/i.test(path) ? 'yaml' : /\.json$/i.test(path) ? 'json' : undefined,
    );
    return parsed.ok ? { ok: true, raw: parsed.raw, origin: path } : parsed;
  }
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
  cwd: string,
): Promise<{ ok: true; framework: Framework } | { ok: false; problems: Problem[] }> {
  const read = await readFrameworkRef(ref, cwd);
  return read.ok ? validateFramework(read.raw) : read;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

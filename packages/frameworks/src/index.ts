/**
 * The built-in Lào Cai frameworks, shipped as data files (format v1) in `data/`. They are
 * reconstructions (see PROVENANCE.md); an administrator replaces one by importing the official file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DATA_DIR = new URL('../data/', import.meta.url);

/** Ids of the built-in frameworks (the data file names), sorted. */
export function builtinFrameworkIds(): string[] {
  return readdirSync(DATA_DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

/** Absolute path of a built-in framework file, or `undefined` for an unknown id. */
export function builtinFrameworkPath(id: string): string | undefined {
  if (!builtinFrameworkIds().includes(id)) return undefined;
  return fileURLToPath(new URL(`../data/${id}.json`, import.meta.url));
}

/** The parsed (not yet validated) content of a built-in framework, or `undefined` for an unknown id. */
export function readBuiltinFramework(id: string): unknown {
  const path = builtinFrameworkPath(id);
  if (path === undefined) return undefined;
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

/**
 * The text of PROVENANCE.md: what of the built-in frameworks is verified and what is reconstructed,
 * with its sources (`sources/`). Served to readers from every notice on a reconstructed result.
 */
export function readProvenanceNotes(): string {
  return readFileSync(new URL('../PROVENANCE.md', import.meta.url), 'utf8');
}

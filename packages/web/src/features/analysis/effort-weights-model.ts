// The effort-weights editor's model: the framework's sub-indices (a code shared by several sets once),
// the draft as typed, and every problem found before saving (the server checks again).
import type { Framework } from '@dti/core';

/** Largest weight the server accepts. */
export const MAX_EFFORT_WEIGHT = 1000;

/** One row of the editor. */
export interface EffortRow {
  code: string;
  name: string;
  /** Ids of the sets where the code appears. */
  sets: string[];
}

/** Every sub-index code of a framework, in framework order. */
export function effortRowsOf(framework: Framework): EffortRow[] {
  const rows = new Map<string, EffortRow>();
  for (const set of framework.sets) {
    for (const index of set.indices) {
      for (const sub of index.subIndices) {
        const row = rows.get(sub.code);
        if (row) {
          if (!row.sets.includes(set.id)) row.sets.push(set.id);
        } else rows.set(sub.code, { code: sub.code, name: sub.name, sets: [set.id] });
      }
    }
  }
  return [...rows.values()];
}

/** A draft weight: a number, or '' while the field is empty. */
export type DraftWeight = number | '';

/** Codes whose draft is not a number in (0, MAX_EFFORT_WEIGHT]. */
export function findWeightProblems(draft: Readonly<Record<string, DraftWeight>>): string[] {
  return Object.entries(draft)
    .filter(([, w]) => w === '' || !Number.isFinite(w) || w <= 0 || w > MAX_EFFORT_WEIGHT)
    .map(([code]) => code);
}

/** The body to save: only weights that differ from the default 1. */
export function weightsToSave(draft: Readonly<Record<string, DraftWeight>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [code, w] of Object.entries(draft)) if (typeof w === 'number' && w !== 1) out[code] = w;
  return out;
}

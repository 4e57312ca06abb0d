// Scoring for the assessment cycle. Self-assessed points come from the values with core; a reviewed
// item's final points (the council's) enter the set's scoring as an override: every sub-index that
// has an override in some unit is turned into a `manual` sub-index for that scoring run, and every
// unit's value for it becomes `{ points }` — the council's points where reviewed, the exact points
// its own values earn elsewhere. Core's scoreSet then aggregates, rescales, levels and ranks as
// usual, so adjusted items score exactly the council's points and nothing else moves. (Limitation:
// an item excluded by its values — a ratio over zero — counts as missing once its sub-index is
// turned manual because another unit's item was adjusted.)
import {
  roundHalfAwayFromZero,
  scoreSet,
  scoreSubIndex,
  type Framework,
  type IndexSet,
  type SetResults,
  type SubIndex,
  type UnitInput,
  type UnitValues,
} from '@dti/core';
import type { ItemRow } from '../../db/assessments.repository';

/** One unit's input with the final points of its reviewed items. */
export interface UnitWithOverrides extends UnitInput {
  /** Sub-index code → final (council) points. */
  overrides: Record<string, number>;
}

/** subIndicesOf, remembered per set object (framework contents are never mutated). */
const subIndexMaps = new WeakMap<IndexSet, ReadonlyMap<string, SubIndex>>();

/** Every sub-index of a set by code. */
export function subIndicesOf(set: IndexSet): ReadonlyMap<string, SubIndex> {
  let found = subIndexMaps.get(set);
  if (!found) {
    found = new Map(set.indices.flatMap((i) => i.subIndices.map((s) => [s.code, s] as const)));
    subIndexMaps.set(set, found);
  }
  return found;
}

/** The main index code of each sub-index code of a set. */
export function indexOfSub(set: IndexSet): Map<string, string> {
  return new Map(set.indices.flatMap((i) => i.subIndices.map((s) => [s.code, i.code] as const)));
}

/** Self-assessed points of one item (rounded to the framework's precision). */
export function selfPoints(
  framework: Framework,
  sub: SubIndex,
  values: UnitValues[string] | undefined,
): { points: number; status: 'scored' | 'missing' | 'excluded' } {
  const scored = scoreSubIndex(
    sub,
    values,
    sub.method.type === 'relative' ? relativeSelfBest(sub, values) : 0,
  );
  return { points: roundHalfAwayFromZero(scored.points, framework.rankPrecision), status: scored.status };
}

function relativeSelfBest(sub: SubIndex, values: UnitValues[string] | undefined): number {
  if (sub.method.type !== 'relative') return 0;
  const v = values?.[sub.method.input];
  return typeof v === 'number' ? v : 0;
}

/**
 * The points that override an item's values in the ranking: the council's once adjusted. An
 * accepted item keeps the points its values earn (so an item its values exclude stays excluded).
 */
export function finalPointsOf(item: Pick<ItemRow, 'reviewStatus' | 'councilPoints'>): number | null {
  return item.reviewStatus === 'adjusted' && item.councilPoints !== null ? item.councilPoints : null;
}

/** Collects a unit's values and overrides from its item rows. */
export function unitInputFromItems(
  unit: { code: string; name: string; group?: string | undefined },
  items: readonly ItemRow[],
): UnitWithOverrides {
  const values: UnitValues = {};
  const overrides: Record<string, number> = {};
  for (const item of items) {
    values[item.subCode] = item.values as UnitValues[string];
    const final = finalPointsOf(item);
    if (final !== null) overrides[item.subCode] = final;
  }
  return {
    code: unit.code,
    name: unit.name,
    ...(unit.group === undefined ? {} : { group: unit.group }),
    values,
    overrides,
  };
}

/**
 * The framework and inputs that score a set exactly as the period does, the council's final points
 * included: every sub-index with an override anywhere becomes `manual` and each unit's value its
 * final or own points (the rule `scoreSetWithOverrides` scores with).
 */
export function effectiveScoring(
  framework: Framework,
  setId: string,
  units: readonly UnitWithOverrides[],
): { framework: Framework; units: UnitInput[] } {
  const plain = (u: UnitWithOverrides): UnitInput => ({
    code: u.code,
    name: u.name,
    ...(u.group === undefined ? {} : { group: u.group }),
    values: u.values,
  });
  const overridden = new Set(units.flatMap((u) => Object.keys(u.overrides ?? {})));
  const set = framework.sets.find((s) => s.id === setId);
  if (overridden.size === 0 || !set) return { framework, units: units.map(plain) };
  const subs = subIndicesOf(set);
  const best = new Map<string, number>();
  for (const code of overridden) {
    const sub = subs.get(code);
    if (sub?.method.type !== 'relative') continue;
    const key = sub.method.input;
    best.set(code, Math.max(0, ...units.map((u) => Number(u.values[code]?.[key] ?? 0))));
  }
  const manual = (sub: SubIndex): SubIndex => ({
    ...sub,
    inputs: [{ key: 'points', label: 'Điểm', type: 'number', min: 0, max: sub.maxPoints }],
    method: { type: 'manual' },
  });
  const derived: Framework = {
    ...framework,
    sets: framework.sets.map((s) =>
      s.id !== setId
        ? s
        : {
            ...s,
            indices: s.indices.map((i) => ({
              ...i,
              subIndices: i.subIndices.map((sub) => (overridden.has(sub.code) ? manual(sub) : sub)),
            })),
          },
    ),
  };
  return {
    framework: derived,
    units: units.map((u): UnitInput => {
      const values: UnitValues = { ...u.values };
      for (const code of overridden) {
        const sub = subs.get(code);
        if (!sub) continue;
        const final = u.overrides[code];
        if (final !== undefined) {
          values[code] = { points: Math.min(final, sub.maxPoints) };
          continue;
        }
        const own = scoreSubIndex(sub, u.values[code], best.get(code) ?? 0);
        if (own.status === 'scored') values[code] = { points: own.points };
        else delete values[code];
      }
      return { ...plain(u), values };
    }),
  };
}

/** Scores a set with the final points of reviewed items (see the note at the top of this file). */
export function scoreSetWithOverrides(
  framework: Framework,
  setId: string,
  units: readonly UnitWithOverrides[],
): SetResults {
  if (!framework.sets.some((s) => s.id === setId))
    throw new Error(`Set ${setId} is not in framework ${framework.id}.`);
  const scoring = effectiveScoring(framework, setId, units);
  return scoreSet(scoring.framework, setId, scoring.units);
}

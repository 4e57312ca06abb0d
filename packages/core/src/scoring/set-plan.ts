/**
 * A set of a framework prepared for scoring: sub-indices flattened in order with the position of
 * their main index, so that scoring thousands of units walks arrays instead of nested objects.
 */
import type { Framework, IndexSet, InputDef, SubIndex } from '../framework/framework-types';

/** One sub-index ready to score. */
export interface PlannedSubIndex {
  sub: SubIndex;
  /** Position of its main index in `SetPlan.indices`. */
  indexSlot: number;
  inputs: ReadonlyMap<string, InputDef>;
}

/** One main index ready to aggregate. */
export interface PlannedIndex {
  code: string;
  max: number;
  pillars: readonly string[];
}

/** A set prepared for scoring. */
export interface SetPlan {
  framework: Framework;
  set: IndexSet;
  subs: PlannedSubIndex[];
  subsByCode: ReadonlyMap<string, PlannedSubIndex>;
  indices: PlannedIndex[];
  pillars: readonly string[];
  /** An object with every sub-index code as a key: copying it gives result records one shared shape. */
  subIndexTemplate: Readonly<Record<string, null>>;
}

/** Plans already made, per framework object (frameworks are never mutated once validated). */
const plans = new WeakMap<Framework, Map<string, SetPlan | undefined>>();

/**
 * Prepares one set of a (validated) framework for scoring; `undefined` if the set does not exist.
 * Remembered per framework object, so scoring one unit at a time (every save's estimate) does not
 * plan the set again.
 */
export function planSet(framework: Framework, setId: string): SetPlan | undefined {
  let perSet = plans.get(framework);
  if (!perSet) {
    perSet = new Map();
    plans.set(framework, perSet);
  }
  if (perSet.has(setId)) return perSet.get(setId);
  const plan = buildPlan(framework, setId);
  perSet.set(setId, plan);
  return plan;
}

function buildPlan(framework: Framework, setId: string): SetPlan | undefined {
  const set = framework.sets.find((s) => s.id === setId);
  if (!set) return undefined;
  const subs: PlannedSubIndex[] = [];
  const indices: PlannedIndex[] = [];
  set.indices.forEach((index, slot) => {
    indices.push({ code: index.code, max: index.maxPoints, pillars: index.pillars ?? [] });
    for (const sub of index.subIndices) {
      subs.push({ sub, indexSlot: slot, inputs: new Map(sub.inputs.map((input) => [input.key, input])) });
    }
  });
  return {
    framework,
    set,
    subs,
    subsByCode: new Map(subs.map((planned) => [planned.sub.code, planned])),
    indices,
    pillars: (set.pillars ?? []).map((p) => p.code),
    subIndexTemplate: Object.fromEntries(subs.map(({ sub }) => [sub.code, null])),
  };
}

/**
 * Plausible, clearly generated values for a unit of a set: used for the labelled demo data and the
 * golden tests. Deterministic from the seed; every value is valid for the framework. A unit's
 * `strength` (0–1) shifts its answers towards the better end, so demo rankings spread out.
 */
import type { IndexSet, InputDef, SubIndex } from '../framework/framework-types';
import type { InputValue, UnitValues } from '../scoring/values-types';

/** Options of the generator. */
export interface DemoValueOptions {
  /** 0 (weak) to 1 (strong). */
  strength: number;
  /** Share of sub-indices left without a value (0–1). */
  missingShare?: number;
}

/** Generates values for every sub-index of a set (some left missing, per `missingShare`). */
export function generateDemoValues(
  set: IndexSet,
  random: () => number,
  options: DemoValueOptions,
): UnitValues {
  const values: UnitValues = {};
  for (const index of set.indices) {
    for (const sub of index.subIndices) {
      if (random() < (options.missingShare ?? 0)) continue;
      values[sub.code] = generateSubValues(sub, random, options.strength);
    }
  }
  return values;
}

function generateSubValues(
  sub: SubIndex,
  random: () => number,
  strength: number,
): Record<string, InputValue> {
  const good = (): boolean => random() < 0.25 + strength * 0.7;
  const level = (): number => Math.min(1, Math.max(0, strength + (random() - 0.5) * 0.6));
  const method = sub.method;
  switch (method.type) {
    case 'ratio': {
      const declared = sub.inputs.find((i) => i.key === method.denominator);
      const b = random() < 0.05 ? 0 : Math.round(integerIn(declared, 5, 400, random));
      const a = Math.min(b, Math.round(b * level()));
      return { [method.numerator]: a, [method.denominator]: b };
    }
    case 'manual':
      return { points: Math.floor(sub.maxPoints * level() * 100) / 100 };
    default: {
      const out: Record<string, InputValue> = {};
      for (const input of sub.inputs) {
        const value = generateInput(input, sub, random, good, level);
        if (value !== undefined) out[input.key] = value;
      }
      return out;
    }
  }
}

function generateInput(
  input: InputDef,
  sub: SubIndex,
  random: () => number,
  good: () => boolean,
  level: () => number,
): InputValue | undefined {
  const method = sub.method;
  switch (input.type) {
    case 'boolean':
      return good();
    case 'choice': {
      if (method.type !== 'choice') return undefined;
      const ordered = [...method.options].sort((a, b) => b.fraction - a.fraction);
      const pick = ordered[Math.min(ordered.length - 1, Math.floor((1 - level()) * ordered.length))];
      return pick?.value;
    }
    case 'percent':
      return Math.round(clampTo(input, level() * 100));
    case 'integer':
    case 'number': {
      if (method.type === 'steps') {
        const top = method.steps[0]?.atLeast ?? 4;
        return Math.round(clampTo(input, level() * (top + 1)));
      }
      if (method.type === 'count') {
        const enough = Math.ceil(sub.maxPoints / method.pointsEach);
        return Math.round(clampTo(input, level() * (enough + 2)));
      }
      return Math.round(clampTo(input, level() * (input.max ?? 100)));
    }
    case 'text':
      return 'Dữ liệu minh họa';
  }
}

function integerIn(input: InputDef | undefined, low: number, high: number, random: () => number): number {
  const min = Math.max(input?.min ?? 0, low);
  const max = Math.min(input?.max ?? high, high);
  return min + random() * Math.max(0, max - min);
}

function clampTo(input: InputDef, value: number): number {
  const min = input.min ?? 0;
  const max = input.max ?? (input.type === 'percent' ? 100 : Number.POSITIVE_INFINITY);
  return Math.min(max, Math.max(min, value));
}

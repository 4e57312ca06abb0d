/**
 * The authoring model of the catalogue: a sub-index is written once as a function of the scope
 * (which kind of unit is assessed), so shared wording is reused across sets with its variations.
 * Scoring tables are written relative to the sub-index maximum (fractions), so the same wording
 * serves whatever points a set gives it; the generator turns them into format v1 methods.
 */

/** The four kinds of assessed units, as far as wording is concerned. */
export type ScopeLevel = 'tinh' | 'cq_huyen' | 'huyen' | 'xa';

/** Wording that varies with the kind of unit assessed. */
export interface Scope {
  level: ScopeLevel;
  /** The assessed unit as a subject: "cơ quan", "UBND cấp huyện", "UBND cấp xã". */
  unit: string;
  /** Its head, as written mid-sentence: "người đứng đầu cơ quan", "Chủ tịch UBND cấp huyện". */
  head: string;
  /** The head's deputy. */
  deputy: string;
  /** The unit's civil servants: "CBCCVC của cơ quan", "cán bộ, công chức cấp xã". */
  staff: string;
  /** Short form for names: "CBCCVC", "CBCCVC cấp huyện", "cán bộ, công chức cấp xã". */
  staffShort: string;
  /** The steering body for digital transformation. */
  steering: string;
  /** The unit's web portal. */
  portal: string;
  /** "trên địa bàn huyện" / "trên địa bàn xã"; empty for agencies. */
  area: string;
  /** Who supplies self-assessed data. */
  self: string;
  /** The default co-verifying unit. */
  verifier: string;
  /** The standing agency for digital transformation above the unit (Sở TT&TT, Phòng VH-TT). */
  standing: string;
}

/** An input as written in the catalogue (format v1 `InputDef`). */
export interface InputSpec {
  key: string;
  label: string;
  type: 'boolean' | 'integer' | 'number' | 'percent' | 'choice' | 'text';
  min?: number;
  max?: number;
  hint?: string;
}

/** A scoring rule written relative to the sub-index maximum. */
export type MethodSpec =
  | { type: 'boolean'; input: string }
  | {
      type: 'ratio';
      numerator: string;
      denominator: string;
      target?: number;
      whenZeroDenominator?: 'full' | 'zero' | 'exclude';
    }
  | { type: 'percent'; input: string; target?: number }
  /** `fraction` of the maximum for each step; converted to points by the generator. */
  | { type: 'steps'; input: string; unit: string; steps: { atLeast: number; fraction: number }[] }
  | { type: 'choice'; input: string; options: { value: string; label: string; fraction: number }[] }
  | { type: 'parts'; parts: { input: string; fraction: number }[] }
  /** Full points at `fullAt` items; `pointsEach` = max ÷ fullAt. */
  | { type: 'count'; input: string; unit: string; fullAt: number }
  | { type: 'relative'; input: string }
  | { type: 'manual' };

/** A sub-index as written in the catalogue, for one scope. */
export interface ItemSpec {
  name: string;
  inputs: InputSpec[];
  method: MethodSpec;
  /** How the value is determined; the generator appends how it is scored. */
  basis: string;
  evidence: string;
  source: string;
  verifier: string;
  /** Intrinsic labels (e.g. `DVCTT`); sets may add their own. */
  tags?: string[];
}

/** A catalogue entry: the sub-index wording as a function of the scope. */
export type ItemDef = (s: Scope) => ItemSpec;

/** Integer input of at least 0. */
export function int(key: string, label: string, hint?: string): InputSpec {
  return hint === undefined
    ? { key, label, type: 'integer', min: 0 }
    : { key, label, type: 'integer', min: 0, hint };
}

/** Yes/no input. */
export function yes(key: string, label: string): InputSpec {
  return { key, label, type: 'boolean' };
}

/** Percent input (0–100). */
export function pct(key: string, label: string, hint?: string): InputSpec {
  const input: InputSpec = { key, label, type: 'percent', min: 0, max: 100 };
  return hint === undefined ? input : { ...input, hint };
}

/**
 * A rate a/b: numerator and denominator inputs plus the method. What b = 0 scores is not chosen here
 * but per item in `zero-denominators.ts` (by who controls b); the generator applies it.
 */
export function rate(
  a: [key: string, label: string],
  b: [key: string, label: string],
  options: { target?: number; hintA?: string; hintB?: string } = {},
): Pick<ItemSpec, 'inputs' | 'method'> {
  const method: MethodSpec = { type: 'ratio', numerator: a[0], denominator: b[0] };
  if (options.target !== undefined) method.target = options.target;
  return { inputs: [int(a[0], a[1], options.hintA), int(b[0], b[1], options.hintB)], method };
}

/** A yes/no sub-index. */
export function flag(key: string, label: string): Pick<ItemSpec, 'inputs' | 'method'> {
  return { inputs: [yes(key, label)], method: { type: 'boolean', input: key } };
}

/** A stepped count: `[atLeast, fraction of max]`, highest first. */
export function stepped(
  key: string,
  label: string,
  unit: string,
  table: [atLeast: number, fraction: number][],
): Pick<ItemSpec, 'inputs' | 'method'> {
  return {
    inputs: [int(key, label)],
    method: {
      type: 'steps',
      input: key,
      unit,
      steps: table.map(([atLeast, fraction]) => ({ atLeast, fraction })),
    },
  };
}

/** A choice among levels: `[value, label, fraction]`. */
export function levels(
  key: string,
  label: string,
  options: [value: string, label: string, fraction: number][],
): Pick<ItemSpec, 'inputs' | 'method'> {
  return {
    inputs: [{ key, label, type: 'choice' }],
    method: {
      type: 'choice',
      input: key,
      options: options.map(([value, l, fraction]) => ({ value, label: l, fraction })),
    },
  };
}

/** Additive parts: `[key, label, fraction]`, fractions summing to 1. */
export function partsOf(
  list: [key: string, label: string, fraction: number][],
): Pick<ItemSpec, 'inputs' | 'method'> {
  return {
    inputs: list.map(([key, label]) => yes(key, label)),
    method: { type: 'parts', parts: list.map(([input, , fraction]) => ({ input, fraction })) },
  };
}

/** Picks wording by scope level; `agency` covers both provincial and district agencies. */
export function by<T>(
  s: Scope,
  v: { tinh?: T; cq_huyen?: T; agency?: T; huyen?: T; xa?: T; locality?: T; all?: T },
): T {
  const pick =
    s.level === 'tinh'
      ? (v.tinh ?? v.agency)
      : s.level === 'cq_huyen'
        ? (v.cq_huyen ?? v.agency)
        : s.level === 'huyen'
          ? (v.huyen ?? v.locality)
          : (v.xa ?? v.locality);
  const value = pick ?? v.all;
  if (value === undefined) throw new Error(`Không có cách diễn đạt cho cấp "${s.level}".`);
  return value;
}

/** Evidence wording required by the official tables for a document. */
export const DOC = 'số hiệu, ngày ban hành, trích yếu';

/** The text with its first letter in upper case (to start a name with a scope phrase). */
export function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

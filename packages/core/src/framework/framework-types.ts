/**
 * The framework model (format v1, see docs/spec/framework-format.md): the shape a framework file has
 * once it has been parsed and validated. Field names are the interchange contract and never change.
 */

/** Provenance of a framework's wording: transcribed from the signed decision, or reconstructed. */
export type Provenance = 'official' | 'reconstructed';

/** A level (mức độ) a unit reaches when its rounded percent is strictly above `abovePercent`. */
export interface Level {
  code: string;
  name: string;
  /** `null` on the last level only: it catches everything not above the previous thresholds. */
  abovePercent: number | null;
}

/** The decision that issued a framework, e.g. 3019/QĐ-UBND of 2023-11-28. */
export interface Decision {
  number: string;
  /** ISO date `yyyy-mm-dd`. */
  date: string;
  issuer: string;
}

/** Input kinds a sub-index can collect. */
export type InputType = 'boolean' | 'integer' | 'number' | 'percent' | 'choice' | 'text';

/** One value a unit enters for a sub-index. */
export interface InputDef {
  key: string;
  label: string;
  type: InputType;
  min?: number;
  max?: number;
  /** Optional help text shown next to the input. */
  hint?: string;
}

/** One row of a `steps` table. */
export interface Step {
  atLeast: number;
  points: number;
}

/** One option of a `choice` method. */
export interface ChoiceOption {
  value: string;
  label: string;
  fraction: number;
}

/** One part of a `parts` method. */
export interface Part {
  input: string;
  fraction: number;
}

/** What a `ratio` scores when its denominator is zero. */
export type ZeroDenominatorRule = 'full' | 'zero' | 'exclude';

/** The ten scoring methods of the spec, as a discriminated union on `type`. */
export type Method =
  | { type: 'boolean'; input: string }
  | {
      type: 'ratio';
      numerator: string;
      denominator: string;
      target?: number;
      whenZeroDenominator?: ZeroDenominatorRule;
      allowAboveOne?: boolean;
    }
  | { type: 'percent'; input: string; target?: number }
  | { type: 'steps'; input: string; steps: Step[] }
  | { type: 'choice'; input: string; options: ChoiceOption[] }
  | { type: 'parts'; parts: Part[] }
  | { type: 'count'; input: string; pointsEach: number }
  | { type: 'relative'; input: string }
  | { type: 'manual' }
  | { type: 'none' };

/** The method type names, in the spec's order. */
export type MethodType = Method['type'];

/** A sub-index (chỉ số thành phần). */
export interface SubIndex {
  code: string;
  name: string;
  maxPoints: number;
  tags?: string[];
  /** Id of the framework in which this sub-index first appeared. */
  introducedIn?: string;
  /** Codes of the sub-indices of the replaced framework that this one continues (crosswalk). */
  replacesCodes?: string[];
  inputs: InputDef[];
  method: Method;
  /** How it is determined and scored, in words (Cách xác định và tính điểm). */
  description?: string;
  evidence?: string;
  source?: string;
  verifier?: string;
}

/** A main index (chỉ số chính). */
export interface Index {
  code: string;
  name: string;
  maxPoints: number;
  /** Pillar codes this index counts towards. */
  pillars?: string[];
  subIndices: SubIndex[];
}

/** A pillar (trụ cột): Chính quyền số, Kinh tế số, Xã hội số. */
export interface Pillar {
  code: string;
  name: string;
}

/** An index set (bộ chỉ số) for one kind of unit. */
export interface IndexSet {
  id: string;
  name: string;
  unitKind: string;
  maxPoints: number;
  pillars?: Pillar[];
  indices: Index[];
}

/** A whole framework file, format v1. */
export interface Framework {
  formatVersion: 1;
  id: string;
  title: string;
  decision?: Decision;
  replaces?: string;
  provenance: Provenance;
  rankPrecision: number;
  levels: Level[];
  sets: IndexSet[];
}

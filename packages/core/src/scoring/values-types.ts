/**
 * Values in and results out (docs/spec/scoring-io.md): the shapes the command line, the Excel
 * import and the HTTP API agree on.
 */

/** One entered value: a yes/no, a number, or a choice/text string. */
export type InputValue = boolean | number | string;

/** A unit's values: sub-index code → input key → value. A `manual` sub-index takes `points`. */
export type UnitValues = Record<string, Record<string, InputValue>>;

/** One unit to score. */
export interface UnitInput {
  code: string;
  name: string;
  /** Units sharing a group are also ranked within it (e.g. communes of one district). */
  group?: string;
  values: UnitValues;
}

/** A values file: one framework set and its units. */
export interface ValuesInput {
  framework: string;
  set: string;
  units: UnitInput[];
}

/** How a sub-index ended up. */
export type SubIndexStatus = 'scored' | 'missing' | 'excluded';

/** Points of one sub-index. `points` is after rounding to the framework's precision. */
export interface SubIndexResult {
  points: number;
  max: number;
  status: SubIndexStatus;
}

/** A score out of a maximum (index or pillar). `excluded` when nothing of it was attainable. */
export interface ScoreOutOf {
  score: number;
  max: number;
  excluded?: boolean;
}

/** One unit's result. */
export interface UnitResult {
  code: string;
  name: string;
  group?: string;
  total: number;
  totalExact: number;
  percent: number;
  level: string;
  rank: number;
  groupRank?: number;
  indices: Record<string, ScoreOutOf>;
  pillars: Record<string, ScoreOutOf>;
  subIndices: Record<string, SubIndexResult>;
}

/** Results of one set, ordered by rank (ties in Vietnamese alphabetical order of name). */
export interface SetResults {
  framework: string;
  provenance: string;
  set: string;
  maxPoints: number;
  units: UnitResult[];
}

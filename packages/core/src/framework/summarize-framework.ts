import type { Framework } from './framework-types';

/** Counts of one set, as `dti framework validate --json` prints them. */
export interface SetSummary {
  id: string;
  indices: number;
  subIndices: number;
  maxPoints: number;
}

/** Summarises each set of a framework: main indices, sub-indices, maximum points. */
export function summarizeFramework(framework: Framework): SetSummary[] {
  return framework.sets.map((set) => ({
    id: set.id,
    indices: set.indices.length,
    subIndices: set.indices.reduce((n, index) => n + index.subIndices.length, 0),
    maxPoints: set.maxPoints,
  }));
}

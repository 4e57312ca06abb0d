// A unit's figures year by year across reorganisations (issue 12, §3): its own published percent, or,
// before a merger or split, each predecessor's figure and the comparable figure derived from them
// (core's lineageHistory), always labelled as derived. Reads published snapshots (and live results the
// actor may see); never rewrites them.
import { lineageHistory, type LineageYear, type SetResults, type UnitFigure } from '@dti/core';
import type { YearResults } from '../documents/documents.service';
import type { UnitLineage } from './unit-lineage';

/** One year of a unit's trend as the API, the CLI and the scorecard show it. */
export interface TrendYearAnswer extends LineageYear {
  framework: string;
  set: string;
}

/** The figures of the unit and its predecessors among a year's results. */
export function figuresOf(
  sets: readonly SetResults[],
  lineage: UnitLineage,
  unitCode: string,
  withPredecessors: boolean,
): UnitFigure[] {
  const out: UnitFigure[] = [];
  for (const set of sets) {
    for (const u of set.units) {
      if (u.code === unitCode || (withPredecessors && lineage.units.has(u.code))) {
        if (!out.some((o) => o.code === u.code)) out.push({ code: u.code, name: u.name, percent: u.percent });
      }
    }
  }
  return out;
}

/** The unit's years: own or derived from predecessors, with the framework and set of each year. */
export function unitHistory(
  unitCode: string,
  lineage: UnitLineage,
  years: readonly { results: YearResults; set: string; figures: UnitFigure[] }[],
  weights: Record<string, number>,
): TrendYearAnswer[] {
  const found = lineageHistory({
    unitCode,
    links: lineage.links,
    validFrom: lineage.validFrom,
    years: years.map((y) => ({ year: y.results.period.year, figures: y.figures })),
    weights: Object.keys(weights).length > 0 ? weights : undefined,
  });
  return found.map((h) => {
    const y = years.find((x) => x.results.period.year === h.year)!;
    return { ...h, framework: y.results.framework.id, set: y.set };
  });
}

// A unit's figures year by year across reorganisations (issue 12, §3): its own published percent, or,
// before a merger or split, each predecessor's figure and the comparable figure derived from them
// (core's lineageHistory), always labelled as derived. Reads published snapshots (and live results the
// actor may see, through `load`); never rewrites them. Used by the trend and by the scorecard.
import {
  lineageHistory,
  type Framework,
  type LineageYear,
  type SetResults,
  type TrendYear,
  type UnitFigure,
} from '@dti/core';
import type { UnitRow } from '../../db/units.repository';
import { setForKind } from '../cycle/cycle-context';
import type { UnitLineage } from './unit-lineage';

/** One year of a unit's trend as the API, the CLI and the scorecard show it. */
export interface TrendYearAnswer extends LineageYear {
  framework: string;
  set: string;
  /** `snapshot`: frozen results (published, or ranked for province readers); `live`: scored now, provisional. */
  results: 'snapshot' | 'live';
}

/** A year's results as the reader may see them. */
export interface LoadedYear {
  year: number;
  framework: Framework;
  sets: SetResults[];
  source: 'snapshot' | 'live';
}

/** The figures of the unit and its predecessors among a year's results. */
function figuresOf(
  sets: readonly SetResults[],
  lineage: UnitLineage,
  unitCode: string,
  withPredecessors: boolean,
): UnitFigure[] {
  const out: UnitFigure[] = [];
  for (const set of sets) {
    for (const u of set.units) {
      if (u.code !== unitCode && !(withPredecessors && lineage.units.has(u.code))) continue;
      if (!out.some((o) => o.code === u.code)) out.push({ code: u.code, name: u.name, percent: u.percent });
    }
  }
  return out;
}

/**
 * The unit's years (own or derived from predecessors) and the years `computeTrend` compares, from
 * the years `load` gives. Another unit's live (unpublished) figures are used only when `readsAll`.
 */
export async function collectUnitHistory(args: {
  unit: UnitRow;
  lineage: UnitLineage;
  weights: Record<string, number>;
  years: readonly number[];
  load: (year: number) => Promise<LoadedYear | undefined>;
  readsAll: boolean;
}): Promise<{ history: TrendYearAnswer[]; trendYears: TrendYear[] }> {
  const { unit, lineage } = args;
  const trendYears: TrendYear[] = [];
  const gathered: {
    year: number;
    framework: string;
    set: string;
    results: 'snapshot' | 'live';
    figures: UnitFigure[];
  }[] = [];
  for (const year of args.years) {
    const loaded = await args.load(year);
    if (!loaded) continue;
    const set = setForKind(loaded.framework, unit.kind);
    const setResults = set && loaded.sets.find((s) => s.set === set.id);
    if (!set || !setResults) continue;
    trendYears.push({ year, framework: loaded.framework, results: setResults });
    const others = loaded.source === 'snapshot' || args.readsAll;
    gathered.push({
      year,
      framework: loaded.framework.id,
      set: set.id,
      results: loaded.source,
      figures: figuresOf(loaded.sets, lineage, unit.code, others),
    });
  }
  const found = lineageHistory({
    unitCode: unit.code,
    links: lineage.links,
    validFrom: lineage.validFrom,
    years: gathered.map((y) => ({ year: y.year, figures: y.figures })),
    weights: Object.keys(args.weights).length > 0 ? args.weights : undefined,
  });
  const history = found.map((h) => {
    const y = gathered.find((x) => x.year === h.year)!;
    return { ...h, framework: y.framework, set: y.set, results: y.results };
  });
  return { history, trendYears };
}

/** The codes that stood for the unit each year (what each year of the trend compares). */
export function codesByYear(unitCode: string, history: readonly LineageYear[]): Record<number, string[]> {
  return Object.fromEntries(
    history.map((h) => [
      h.year,
      h.source === 'own' ? [h.publishedCode ?? unitCode] : h.predecessors.map((p) => p.code),
    ]),
  );
}

// Analysis of a period (issue 8): a unit's strengths and weaknesses, its trend across years and
// framework versions, rank robustness (Monte Carlo on a worker pool), a plan to the next level or a
// rank, and anomaly flags on a year's values for the council. Core computes; this gathers the data.
import {
  computeTrend,
  flagAnomalies,
  planImprovements,
  prepareRankSimulation,
  summarizeRankSamples,
  type AnomalyFlag,
  type DisputedItem,
  type EvidenceRecord,
  type ImprovementOptions,
  type ImprovementPlan,
  type RankRobustness,
  type StrengthOptions,
  type StrengthsReport,
  type SubIndex,
  type UnitTrend,
} from '@dti/core';
import type { Store } from '../../db/store';
import type { UnitRow } from '../../db/units.repository';
import { requireRole, type Actor } from '../shared/actor';
import { AppError, notFound } from '../shared/app-error';
import { clockOf, systemClock } from '../shared/clock';
import {
  createFrameworkCache,
  loadPeriod,
  requireUnitReader,
  setForKind,
  type FrameworkCache,
} from '../cycle/cycle-context';
import { effectiveScoring, subIndicesOf } from '../cycle/cycle-scoring';
import {
  loadYearResults,
  readsProvince,
  strengthsOf,
  type YearResults,
} from '../documents/documents.service';
import type { UnitAnomalies } from '@dti/contract';
import {
  createRankIntervalCache,
  RANK_INTERVAL_PARAMETERS,
  type SnapshotIdentity,
} from './analysis-rank-intervals';
import { readEffortWeights } from './effort-weights.service';
import { readLineageWeights } from './lineage-weights.service';
import { createRobustnessPool, type RobustnessPool } from './robustness-pool';
import { codesByYear, collectUnitHistory, type TrendYearAnswer } from './unit-history';
import { trendLineageMap, unitLineageOf } from './unit-lineage';

/** What the analysis service needs. */
export interface AnalysisDeps {
  store: Store;
  now?: () => Date;
  frameworks?: FrameworkCache;
  /** The worker pool of rank robustness (default: 2 workers, started on first large simulation). */
  pool?: RobustnessPool;
}

/** Options of a robustness simulation. */
export interface RobustnessRequest {
  set?: string | undefined;
  /** Runs (0 gives the nominal ranks; default 1000). */
  runs?: number | undefined;
  seed?: number | undefined;
  /** Council adjustment band (default 0.05 = ± 5 %). */
  adjustmentBand?: number | undefined;
  /** Main-index weight band (default 0.1 = ± 10 %). */
  weightBand?: number | undefined;
}

export const ROBUSTNESS_DEFAULTS = RANK_INTERVAL_PARAMETERS;
/** Most runs one request may ask for. */
export const MAX_RUNS = 20_000;

/** A unit's strengths and weaknesses in a year. */
export interface StrengthsAnswer {
  year: number;
  framework: string;
  set: string;
  source: YearResults['source'];
  report: StrengthsReport;
}

/**
 * A unit's trend: each year with results — its own figure or, before a merger or split, each
 * predecessor's and the comparable figure derived from them (`source: 'predecessors'`, labelled) —
 * the lineage map and the year-over-year steps on the comparable part of the frameworks.
 */
export interface TrendAnswer {
  unit: { code: string; name: string };
  years: TrendYearAnswer[];
  lineage: Record<string, string[]>;
  trend: UnitTrend;
}

/** The anomaly flags of one set. */
export interface SetAnomalies {
  set: string;
  units: number;
  flags: AnomalyFlag[];
  notes: string[];
}

/** Analysis use cases. */
export function createAnalysisService(deps: AnalysisDeps) {
  const { store } = deps;
  const clock = clockOf(deps.now ?? systemClock.now);
  const frameworks = deps.frameworks ?? createFrameworkCache();
  let pool = deps.pool;
  const poolOf = () => (pool ??= createRobustnessPool());
  const kept = createRankIntervalCache(store, poolOf, () => clock.now());

  async function findUnit(code: string): Promise<UnitRow> {
    const [unit] = await store.repos.units.findUnitsByCodes([code]);
    if (!unit) throw notFound(`đơn vị "${code}"`);
    return unit;
  }

  /** The unit, its year's results and the set it is ranked in. */
  async function unitYear(actor: Actor, year: number, unitCode: string) {
    const unit = await findUnit(unitCode);
    requireUnitReader(actor, unit);
    const results = await loadYearResults(store.repos, frameworks, clock, actor, year, unit);
    const set = setForKind(results.framework, unit.kind);
    const setResults = set && results.sets.find((s) => s.set === set.id);
    if (!set || !setResults?.units.some((u) => u.code === unitCode)) {
      throw notFound(`kết quả của đơn vị "${unitCode}" năm ${year}`);
    }
    return { unit, results, set, setResults };
  }

  function pickSets(results: YearResults, setId: string | undefined): string[] {
    const ids = results.sets.map((s) => s.set);
    if (setId === undefined) return ids;
    if (!ids.includes(setId)) throw notFound(`bộ chỉ số "${setId}" năm ${results.period.year}`);
    return [setId];
  }

  const service = {
    /** Where a unit stands well above or below its ranking group. */
    async strengths(
      actor: Actor,
      year: number,
      unitCode: string,
      options: StrengthOptions = {},
    ): Promise<StrengthsAnswer> {
      const { results, set, setResults } = await unitYear(actor, year, unitCode);
      return {
        year,
        framework: results.framework.id,
        set: set.id,
        source: results.source,
        report: strengthsOf(setResults, unitCode, results.framework, options),
      };
    },

    /**
     * A unit's years and its change year over year, on the comparable part of each pair of frameworks,
     * across reorganisations. `publicOnly`: published years only, for anyone (the portal).
     */
    async trend(
      actor: Actor,
      unitCode: string,
      options: { publicOnly?: boolean } = {},
    ): Promise<TrendAnswer> {
      const unit = await findUnit(unitCode);
      const reader: Actor = options.publicOnly ? { kind: 'anonymous' } : actor;
      if (!options.publicOnly) requireUnitReader(actor, unit);
      const unitLineage = await unitLineageOf(store.repos, unit);
      const lineage = trendLineageMap(unitLineage);
      const { history, trendYears } = await collectUnitHistory({
        unit,
        lineage: unitLineage,
        weights: await readLineageWeights(store.repos, unit.code),
        years: (await store.repos.periods.listPeriods()).map((p) => p.year).sort((x, y) => x - y),
        readsAll: readsProvince(reader),
        load: async (year) => {
          try {
            const r = await loadYearResults(store.repos, frameworks, clock, reader, year, unit);
            return { year, framework: r.framework, sets: r.sets, source: r.source };
          } catch (error) {
            if (error instanceof AppError && error.code === 'NOT_FOUND') return undefined;
            throw error;
          }
        },
      });
      // Each year compares the territory of that year: the unit, or what stood for it then.
      const trend = computeTrend({
        unitCode,
        years: trendYears,
        lineage,
        codesByYear: codesByYear(unit.code, history),
      });
      if (trendYears.length < 2) trend.notes.push('Cần kết quả của ít nhất hai năm để so sánh.');
      return { unit: { code: unit.code, name: unit.name }, years: history, lineage, trend };
    },

    /** Rank robustness of each set (or one) of a year, for the council. */
    async robustness(actor: Actor, year: number, request: RobustnessRequest = {}): Promise<RankRobustness[]> {
      requireRole(actor, ['admin', 'leader', 'council_member']);
      const runs = request.runs ?? ROBUSTNESS_DEFAULTS.runs;
      if (!Number.isInteger(runs) || runs < 0 || runs > MAX_RUNS) {
        throw new AppError('INVALID_INPUT', `Số lần mô phỏng phải là số nguyên từ 0 đến ${MAX_RUNS}.`);
      }
      const seed = request.seed ?? ROBUSTNESS_DEFAULTS.seed;
      const adjustmentBand = request.adjustmentBand ?? ROBUSTNESS_DEFAULTS.adjustmentBand;
      const weightBand = request.weightBand ?? ROBUSTNESS_DEFAULTS.weightBand;
      for (const band of [adjustmentBand, weightBand]) {
        if (!(band >= 0 && band < 1))
          throw new AppError('INVALID_INPUT', 'Biên độ phải trong khoảng [0, 1).');
      }
      const results = await loadYearResults(store.repos, frameworks, clock, actor, year);
      const items = await store.repos.assessments.listPeriodItems(results.period.id);
      const unitRows = await store.repos.units.listUnits({ ids: [...new Set(items.map((i) => i.unitId))] });
      const codeOf = new Map(unitRows.map((u) => [u.id, u.code]));
      const out: RankRobustness[] = [];
      for (const setId of pickSets(results, request.set)) {
        const scoring = effectiveScoring(results.framework, setId, results.inputs[setId] ?? []);
        if (scoring.units.length === 0) continue;
        const inSet = new Set(scoring.units.map((u) => u.code));
        const set = scoring.framework.sets.find((s) => s.id === setId);
        const subs = set ? subIndicesOf(set) : new Map<string, SubIndex>();
        // Items the council has asked about and not settled: their evidence is disputed.
        const disputed: DisputedItem[] = items.flatMap((i) => {
          const code = codeOf.get(i.unitId);
          return (i.reviewStatus === 'requested' || i.reviewStatus === 'answered') &&
            code !== undefined &&
            inSet.has(code) &&
            subs.has(i.subCode)
            ? [{ unit: code, subIndex: i.subCode }]
            : [];
        });
        const model = prepareRankSimulation(scoring.framework, setId, scoring.units, {
          runs: Math.max(1, runs),
          seed,
          adjustmentBand,
          weightBand,
          disputed,
        });
        if (runs === 0) {
          out.push(summarizeRankSamples(model, []));
          continue;
        }
        out.push(await poolOf().simulate(model));
      }
      return out;
    },

    /** The least-effort improvements that take a unit to a level or a rank. */
    async plan(
      actor: Actor,
      year: number,
      unitCode: string,
      options: Pick<ImprovementOptions, 'targetLevel' | 'targetRank' | 'allowTie'> = {},
    ): Promise<ImprovementPlan> {
      const { results, set } = await unitYear(actor, year, unitCode);
      if (options.targetLevel !== undefined && options.targetRank !== undefined) {
        throw new AppError('INVALID_INPUT', 'Chọn mức độ mục tiêu hoặc hạng mục tiêu, không chọn cả hai.');
      }
      if (
        options.targetLevel !== undefined &&
        !results.framework.levels.some((l) => l.code === options.targetLevel)
      ) {
        const codes = results.framework.levels.map((l) => l.code).join(', ');
        throw new AppError(
          'INVALID_INPUT',
          `Mức độ "${options.targetLevel}" không có; chọn một trong: ${codes}.`,
        );
      }
      if (
        options.targetRank !== undefined &&
        !(Number.isInteger(options.targetRank) && options.targetRank >= 1)
      ) {
        throw new AppError('INVALID_INPUT', 'Hạng mục tiêu phải là số nguyên ≥ 1.');
      }
      const scoring = effectiveScoring(results.framework, set.id, results.inputs[set.id] ?? []);
      // The administrator's effort weights of the framework (default 1 each), for this set's sub-indices.
      const stored = await readEffortWeights(store.repos, results.framework.id);
      const inSet = subIndicesOf(set);
      const effort = Object.fromEntries(Object.entries(stored).filter(([code]) => inSet.has(code)));
      return planImprovements(scoring.framework, set.id, scoring.units, unitCode, { ...options, effort });
    },

    /**
     * Rank intervals to show next to ranks: for a frozen snapshot, kept per (year, set) with the
     * fixed seed and default bands; before ranking (province readers only), simulated now with the
     * disputed items of the review. `publicOnly`: only a published year, for anyone.
     */
    async rankIntervals(
      actor: Actor,
      year: number,
      setId: string | undefined,
      options: { publicOnly: boolean },
    ): Promise<RankRobustness[]> {
      const reader = options.publicOnly ? ({ kind: 'anonymous' } as const) : actor;
      if (!options.publicOnly) requireRole(actor, ['admin', 'leader', 'council_member']);
      const results = await loadYearResults(store.repos, frameworks, clock, reader, year);
      const sets = pickSets(results, setId);
      if (results.source === 'snapshot') return kept.intervals(results, sets);
      const out: RankRobustness[] = [];
      for (const id of sets) out.push(...(await service.robustness(actor, year, { set: id })));
      return out;
    },

    /**
     * The kept rank intervals of a snapshot's sets (given by its identity, so that the snapshot is not
     * loaded); undefined when one is not kept yet (then `rankIntervals` simulates and keeps it).
     */
    async keptIntervals(
      snapshot: SnapshotIdentity,
      setIds: readonly string[],
    ): Promise<RankRobustness[] | undefined> {
      return kept.lookup(snapshot, setIds);
    },

    /**
     * Simulates and keeps the rank intervals of every set of a published year (called when the year
     * is published), so that the first reader finds them kept. Returns how many sets were kept.
     */
    async keepPublishedIntervals(year: number): Promise<number> {
      const results = await loadYearResults(store.repos, frameworks, clock, { kind: 'anonymous' }, year);
      if (results.source !== 'snapshot') return 0;
      return (await kept.intervals(results, pickSets(results, undefined))).length;
    },

    /** Anomaly flags on one unit's items (peers: its set in the same year), for the council's review screen. */
    async unitAnomalies(actor: Actor, year: number, unitCode: string): Promise<UnitAnomalies> {
      if (!readsProvince(actor)) {
        throw new AppError(
          'FORBIDDEN',
          'Chỉ Hội đồng, lãnh đạo và quản trị viên xem được các cảnh báo bất thường.',
        );
      }
      const unit = await findUnit(unitCode);
      const { framework } = await loadPeriod(store.repos, frameworks, year);
      const set = setForKind(framework, unit.kind);
      if (!set) throw notFound(`bộ chỉ số của đơn vị "${unitCode}" năm ${year}`);
      const [found] = await service.anomalies(actor, year, set.id);
      return {
        year,
        unit: unitCode,
        set: set.id,
        flags: (found?.flags ?? []).filter((f) => f.unit === unitCode),
        notes: found?.notes ?? [],
      };
    },

    /** Anomaly flags on a year's values, per set, for the council's review. */
    async anomalies(actor: Actor, year: number, setId?: string): Promise<SetAnomalies[]> {
      if (!readsProvince(actor)) {
        throw new AppError(
          'FORBIDDEN',
          'Chỉ Hội đồng, lãnh đạo và quản trị viên xem được các cảnh báo bất thường.',
        );
      }
      const results = await loadYearResults(store.repos, frameworks, clock, actor, year);
      let previous: YearResults | undefined;
      if (await store.repos.periods.findPeriodByYear(year - 1)) {
        previous = await loadYearResults(store.repos, frameworks, clock, actor, year - 1);
      }
      const allUnits = await store.repos.units.listUnits();
      const idOf = new Map(allUnits.map((u) => [u.code, u.id]));
      const out: SetAnomalies[] = [];
      for (const id of pickSets(results, setId)) {
        const units = results.inputs[id] ?? [];
        const notes: string[] = [];
        const evidence: EvidenceRecord[] = [];
        for (const unit of units) {
          const unitId = idOf.get(unit.code);
          if (unitId === undefined) continue;
          for (const e of await store.repos.evidence.listItemEvidence(results.period.id, unitId)) {
            evidence.push({
              unit: unit.code,
              subIndex: e.subCode,
              file: e.fileName,
              hash: e.fileHash,
              date: e.documentDate,
            });
          }
        }
        const sameFramework = previous?.framework.id === results.framework.id;
        const before = sameFramework ? previous?.sets.find((s) => s.set === id) : undefined;
        if (previous && !sameFramework) {
          notes.push(
            `Năm ${year - 1} dùng bộ chỉ số ${previous.framework.id}, khác ${results.framework.id}: không so sánh mức tăng giảm với năm trước.`,
          );
        }
        const flags = flagAnomalies({
          framework: results.framework,
          setId: id,
          units,
          ...(before && previous
            ? { previousUnits: previous.inputs[id] ?? [], previousResults: before }
            : {}),
          evidence,
          window: { from: results.period.dataFrom, to: results.period.dataTo },
        });
        out.push({ set: id, units: units.length, flags, notes });
      }
      return out;
    },

    /** Stops the worker threads of the robustness pool. */
    async close(): Promise<void> {
      await pool?.close();
    },
  };
  return service;
}

/** Analysis use cases. */
export type AnalysisService = ReturnType<typeof createAnalysisService>;

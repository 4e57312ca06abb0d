// Documents of a period (issue 7): the results workbook, CSV and JSON of a year, a unit's PDF
// scorecard, the province summary PDF, the DOCX annex of the approving decision, and (from
// template-documents.ts) the data-entry template of a unit with the import of a filled one. The
// services gather data; server/reports and server/workbooks turn it into bytes.
import {
  computeTrend,
  findStrengths,
  type Framework,
  type Provenance,
  type SetResults,
  type StrengthOptions,
  type TrendStep,
} from '@dti/core';
import type { PeriodRow } from '../../db/periods.repository';
import type { Repositories, Store } from '../../db/store';
import type { UnitRow } from '../../db/units.repository';
import {
  buildReportFramework,
  buildReportLevels,
  buildReportSet,
  provenanceNotice,
  writeDecisionAnnexDocx,
  writeProvinceSummaryPdf,
  writeResultsCsv,
  writeResultsWorkbook,
  writeScorecardPdf,
  type ApprovalDecision,
  type ReportSet,
  type ResultsReportModel,
  type ScorecardModel,
} from '../../reports';
import { roleOf, type Actor } from '../shared/actor';
import { AppError, notFound } from '../shared/app-error';
import type { AssessmentService } from '../cycle/assessment.service';
import { clockOf, systemClock, type Clock } from '../shared/clock';
import {
  createFrameworkCache,
  loadPeriod,
  setForKind,
  type FrameworkCache,
  type PeriodContext,
} from '../cycle/cycle-context';
import type { UnitWithOverrides } from '../cycle/cycle-scoring';
import { computeResults, type ResultsSnapshot } from '../cycle/results.service';
import { reportObjections } from './objection-report';
import { createTemplateDocuments } from './template-documents';
import { readLineageWeights } from '../analysis/lineage-weights.service';
import { collectUnitHistory } from '../analysis/unit-history';
import { unitLineageOf } from '../analysis/unit-lineage';

export type { TemplateImport } from './template-documents';

/** What the documents service needs. */
export interface DocumentsDeps {
  store: Store;
  /** Saves imported items (versioned, deadline-checked, audited). */
  assessment: AssessmentService;
  /** The clock (tests pass their own). */
  now?: () => Date;
  frameworks?: FrameworkCache;
}

/** The results of one year as a reader may see them. */
export interface YearResults extends PeriodContext {
  /** `snapshot`: frozen when the period was ranked; `live`: scored now from the stored values. */
  source: 'snapshot' | 'live';
  computedAt: string;
  sets: SetResults[];
  /** The inputs the sets were scored from, by set id. */
  inputs: Record<string, UnitWithOverrides[]>;
}

/** The JSON export of a year's results (also the open-data `.json`). */
export interface ResultsJson {
  year: number;
  framework: string;
  /** `reconstructed` or `official`, as in the framework file (each set repeats its own). */
  provenance: Provenance;
  /** The Vietnamese notice on a reconstructed framework; absent once the framework is official. */
  provenanceNotice?: string;
  state: string;
  source: 'snapshot' | 'live';
  computedAt: string;
  decisionNumber: string | null;
  decisionDate: string | null;
  sets: SetResults[];
}

/** A document: bytes, media type and a file name. */
export interface DocumentFile {
  bytes: Buffer;
  mediaType: string;
  fileName: string;
}

/** Formats of `exportResults`. */
export type ResultsFormat = 'xlsx' | 'csv' | 'json' | 'pdf' | 'docx';

export const MEDIA_TYPES: Record<ResultsFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The published names of the ranking groups, by the kind of unit a set assesses. */
export const GROUP_NAMES: Record<string, string> = {
  province_agency_tthc: 'Sở, ban, ngành có TTHC',
  province_agency: 'Sở, ban, ngành không có TTHC',
  district: 'Cấp huyện',
  district_agency: 'Cơ quan cấp huyện',
  commune: 'Cấp xã',
};

const provinceRoles = new Set(['admin', 'leader', 'council_member']);

/** Whether the actor reads the whole province's results before publication. */
export function readsProvince(actor: Actor): boolean {
  return provinceRoles.has(roleOf(actor));
}

/** Whether the actor is the unit's own officer or head. */
function isOwnUnit(actor: Actor, unit: UnitRow | undefined): boolean {
  return (
    unit !== undefined &&
    actor.kind === 'user' &&
    (actor.role === 'unit_officer' || actor.role === 'unit_head') &&
    actor.unitId === unit.id
  );
}

const publishedNotFound = (year: number) => notFound(`kết quả đã công bố năm ${year}`);

/**
 * The results of a year: the snapshot once ranked, otherwise scored now. Province readers see any
 * state, a unit's own staff see their unit's year (`unit`), everyone else only a published year (and
 * "not found" otherwise, so that an unpublished year is not revealed).
 */
export async function loadYearResults(
  repos: Repositories,
  frameworks: FrameworkCache,
  clock: Clock,
  actor: Actor,
  year: number,
  unit?: UnitRow,
): Promise<YearResults> {
  let context: PeriodContext;
  try {
    context = await loadPeriod(repos, frameworks, year);
  } catch (error) {
    if (!readsProvince(actor) && error instanceof AppError && error.code === 'NOT_FOUND')
      throw publishedNotFound(year);
    throw error;
  }
  const { period } = context;
  const published = period.state === 'published' && period.snapshot !== null;
  if (!published && !readsProvince(actor) && !isOwnUnit(actor, unit)) throw publishedNotFound(year);
  const snapshot = period.snapshot as ResultsSnapshot | null;
  const scored = snapshot ?? (await computeResults(repos, context, clock.now()));
  return {
    ...context,
    source: snapshot ? 'snapshot' : 'live',
    computedAt: scored.computedAt,
    sets: scored.sets,
    inputs: scored.inputs,
  };
}

/** The results of the year before, when the actor may see them; undefined otherwise. */
async function loadPreviousYear(
  repos: Repositories,
  frameworks: FrameworkCache,
  clock: Clock,
  actor: Actor,
  year: number,
  unit?: UnitRow,
): Promise<YearResults | undefined> {
  if (!(await repos.periods.findPeriodByYear(year - 1))) return undefined;
  try {
    return await loadYearResults(repos, frameworks, clock, actor, year - 1, unit);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return undefined;
    throw error;
  }
}

/** Code → name of the districts, for the sub-groups of communes and district agencies. */
async function districtNames(repos: Repositories): Promise<Record<string, string>> {
  const districts = await repos.units.listUnits({ kind: 'district' });
  return Object.fromEntries(districts.map((d) => [d.code, d.name]));
}

/** The approving decision of a period, when recorded. */
function approvalOf(period: PeriodRow): ApprovalDecision | undefined {
  if (period.decisionNumber === null && period.decisionDate === null) return undefined;
  const out: ApprovalDecision = {};
  if (period.decisionNumber !== null) out.number = period.decisionNumber;
  if (period.decisionDate !== null) out.date = period.decisionDate;
  return out;
}

/** The report set of one set's results, with its group name, districts and last year's results. */
function reportSetOf(
  framework: Framework,
  results: SetResults,
  groups: Record<string, string>,
  previous: YearResults | undefined,
): ReportSet {
  const set = framework.sets.find((s) => s.id === results.set);
  const grouped = results.units.some((u) => u.group !== undefined);
  const before = previous?.sets.find((s) => s.set === results.set);
  return buildReportSet(framework, results, {
    groupName: (set && GROUP_NAMES[set.unitKind]) ?? set?.name ?? results.set,
    ...(grouped ? { groupNames: groups } : {}),
    ...(before ? { previous: before } : {}),
  });
}

/** The view model of a year's results documents. */
export async function buildResultsModel(
  repos: Repositories,
  results: YearResults,
  previous: YearResults | undefined,
): Promise<ResultsReportModel> {
  const { framework, period } = results;
  const groups = await districtNames(repos);
  const approval = approvalOf(period);
  return {
    framework: buildReportFramework(framework),
    year: period.year,
    levels: buildReportLevels(framework),
    sets: results.sets.map((s) => reportSetOf(framework, s, groups, previous)),
    ...(approval ? { approval } : {}),
  };
}

/** The JSON export of a year. */
export function resultsJson(results: YearResults): ResultsJson {
  const notice = provenanceNotice(results.framework.provenance);
  return {
    year: results.period.year,
    framework: results.framework.id,
    provenance: results.framework.provenance,
    ...(notice === undefined ? {} : { provenanceNotice: notice }),
    state: results.period.state,
    source: results.source,
    computedAt: results.computedAt,
    decisionNumber: results.period.decisionNumber,
    decisionDate: results.period.decisionDate,
    sets: results.sets,
  };
}

/**
 * The results with only the units that reported some value: a unit with nothing entered is no peer
 * to compare with (while a period is open most units may have nothing yet).
 */
export function reportingUnits(results: SetResults): SetResults {
  const reported = results.units.filter((u) =>
    Object.values(u.subIndices).some((s) => s.status !== 'missing'),
  );
  return reported.length === results.units.length ? results : { ...results, units: reported };
}

/** Strengths and weaknesses of a unit among the units that reported (see `reportingUnits`). */
export function strengthsOf(
  results: SetResults,
  unitCode: string,
  framework: Framework,
  options?: StrengthOptions,
) {
  const peers = reportingUnits(results);
  return findStrengths(
    peers.units.some((u) => u.code === unitCode) ? peers : results,
    unitCode,
    framework,
    options,
  );
}

/** "1.2. Name: explanation" for the scorecard's lists. */
function strengthLine(item: { code: string; name: string; explanation: string }): string {
  return `${item.code}. ${item.name}: ${item.explanation}`;
}

/** Document use cases. */
export function createDocumentsService(deps: DocumentsDeps) {
  const { store, assessment } = deps;
  const clock = clockOf(deps.now ?? systemClock.now);
  const frameworks = deps.frameworks ?? createFrameworkCache();

  async function yearModel(actor: Actor, year: number) {
    const results = await loadYearResults(store.repos, frameworks, clock, actor, year);
    const previous = await loadPreviousYear(store.repos, frameworks, clock, actor, year);
    return { results, model: await buildResultsModel(store.repos, results, previous) };
  }

  async function findUnit(code: string): Promise<UnitRow> {
    const [unit] = await store.repos.units.findUnitsByCodes([code]);
    if (!unit) throw notFound(`đơn vị "${code}"`);
    return unit;
  }

  /** The unit's years across reorganisations, as the actor may see them (for the scorecard). */
  async function historyOf(actor: Actor, unit: UnitRow) {
    const { history } = await collectUnitHistory({
      unit,
      lineage: await unitLineageOf(store.repos, unit),
      weights: await readLineageWeights(store.repos, unit.code),
      years: (await store.repos.periods.listPeriods()).map((p) => p.year).sort((a, b) => a - b),
      readsAll: readsProvince(actor),
      load: async (year) => {
        try {
          const r = await loadYearResults(store.repos, frameworks, clock, actor, year, unit);
          return { year, framework: r.framework, sets: r.sets, source: r.source };
        } catch (error) {
          if (error instanceof AppError && error.code === 'NOT_FOUND') return undefined;
          throw error;
        }
      },
    });
    return history;
  }

  const service = {
    /** The results of a year (snapshot or live) as the actor may see them. */
    async yearResults(actor: Actor, year: number): Promise<YearResults> {
      return loadYearResults(store.repos, frameworks, clock, actor, year);
    },

    /** The results of a year as xlsx, csv, json, the province summary (pdf) or the annex (docx). */
    async exportResults(actor: Actor, year: number, format: ResultsFormat): Promise<DocumentFile> {
      if ((format === 'pdf' || format === 'docx') && !readsProvince(actor)) {
        throw new AppError(
          'FORBIDDEN',
          'Chỉ lãnh đạo, Hội đồng và quản trị viên tải được báo cáo tổng hợp và phụ lục quyết định.',
        );
      }
      const { results, model } = await yearModel(actor, year);
      const fileName = (suffix: string) => `dti-${year}${suffix}.${format}`;
      switch (format) {
        case 'xlsx':
          return {
            bytes: await writeResultsWorkbook(model),
            mediaType: MEDIA_TYPES.xlsx,
            fileName: fileName(''),
          };
        case 'csv':
          return { bytes: await writeResultsCsv(model), mediaType: MEDIA_TYPES.csv, fileName: fileName('') };
        case 'json':
          return {
            bytes: Buffer.from(`${JSON.stringify(resultsJson(results), null, 2)}\n`, 'utf8'),
            mediaType: MEDIA_TYPES.json,
            fileName: fileName(''),
          };
        case 'pdf':
          return {
            bytes: await writeProvinceSummaryPdf(model),
            mediaType: MEDIA_TYPES.pdf,
            fileName: fileName('-tong-hop'),
          };
        case 'docx':
          return {
            bytes: await writeDecisionAnnexDocx({
              ...model,
              objections: await reportObjections(store.repos, results.period.id, results.framework),
            }),
            mediaType: MEDIA_TYPES.docx,
            fileName: fileName('-phu-luc'),
          };
      }
    },

    /** The model of a unit's scorecard: strengths from findStrengths, last year when it exists. */
    async scorecardModel(
      actor: Actor,
      year: number,
      unitCode: string,
    ): Promise<{ model: ScorecardModel; trend: TrendStep | undefined }> {
      const unit = await findUnit(unitCode);
      const results = await loadYearResults(store.repos, frameworks, clock, actor, year, unit);
      const set = setForKind(results.framework, unit.kind);
      const setResults = set && results.sets.find((s) => s.set === set.id);
      if (!set || !setResults?.units.some((u) => u.code === unitCode)) {
        throw notFound(`kết quả của đơn vị "${unitCode}" năm ${year}`);
      }
      const previous = await loadPreviousYear(store.repos, frameworks, clock, actor, year, unit);
      const full = await buildResultsModel(store.repos, results, previous);
      const reportSet = full.sets.find((s) => s.id === set.id);
      if (!reportSet) throw notFound(`bộ chỉ số ${set.id} năm ${year}`);
      const { sets: _sets, approval: _approval, ...context } = full;
      const model: ScorecardModel = { ...context, set: reportSet, unitCode };
      // Objections are for the unit and the province, not for the public scorecard.
      if (actor.kind !== 'anonymous') {
        const objections = await reportObjections(store.repos, results.period.id, results.framework, unit.id);
        if (objections.length > 0) model.objections = objections;
      }
      const found = strengthsOf(setResults, unitCode, results.framework);
      if (found.strengths.length > 0 || found.weaknesses.length > 0) {
        model.strengths = found.strengths.map(strengthLine);
        model.weaknesses = found.weaknesses.map(strengthLine);
      }
      model.history = await historyOf(actor, unit);
      let trend: TrendStep | undefined;
      const before = previous && setForKind(previous.framework, unit.kind);
      const beforeResults = before && previous.sets.find((s) => s.set === before.id);
      if (previous && beforeResults) {
        trend = computeTrend({
          unitCode,
          years: [
            { year: previous.period.year, framework: previous.framework, results: beforeResults },
            { year, framework: results.framework, results: setResults },
          ],
        }).steps[0];
      }
      return { model, trend };
    },

    /** A unit's scorecard as PDF. */
    async scorecardPdf(actor: Actor, year: number, unitCode: string): Promise<DocumentFile> {
      const { model } = await service.scorecardModel(actor, year, unitCode);
      return {
        bytes: await writeScorecardPdf(model),
        mediaType: MEDIA_TYPES.pdf,
        fileName: `dti-${year}-${unitCode}.pdf`,
      };
    },

    ...createTemplateDocuments({ store, assessment, clock, frameworks }),
  };
  return service;
}

/** Document use cases. */
export type DocumentsService = ReturnType<typeof createDocumentsService>;

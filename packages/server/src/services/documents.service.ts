// Documents of a period (issue 7): the results workbook, CSV and JSON of a year, a unit's PDF
// scorecard, the province summary PDF, the DOCX annex of the approving decision, and the data-entry
// template of a unit with the import of a filled one. The services gather data; server/reports and
// server/workbooks turn it into bytes.
import ExcelJS from 'exceljs';
import {
  computeTrend,
  findStrengths,
  type Framework,
  type SetResults,
  type StrengthOptions,
  type TrendStep,
  type UnitValues,
} from '@dti/core';
import type { ItemSave } from '@dti/contract';
import type { ItemRow } from '../db/assessments.repository';
import type { PeriodRow } from '../db/periods.repository';
import type { Repositories, Store } from '../db/store';
import type { UnitRow } from '../db/units.repository';
import {
  buildReportFramework,
  buildReportLevels,
  buildReportSet,
  writeDecisionAnnexDocx,
  writeProvinceSummaryPdf,
  writeResultsCsv,
  writeResultsWorkbook,
  writeScorecardPdf,
  type ApprovalDecision,
  type ReportSet,
  type ResultsReportModel,
  type ScorecardModel,
} from '../reports';
import {
  ENTRY_SHEET,
  META_SHEET,
  readValuesTemplate,
  writeValuesTemplate,
  type ValuesTemplateProblem,
} from '../workbooks';
import { roleOf, type Actor } from './actor';
import { AppError, notFound, type AppErrorDetail } from './app-error';
import type { AssessmentService } from './assessment.service';
import { clockOf, type Clock } from './clock';
import {
  createFrameworkCache,
  loadPeriod,
  loadUnitInPeriod,
  requireUnitReader,
  setForKind,
  type FrameworkCache,
  type PeriodContext,
} from './cycle-context';
import type { UnitWithOverrides } from './cycle-scoring';
import { computeResults, type ResultsSnapshot } from './results.service';

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

/** What importing a template did. */
export interface TemplateImport {
  year: number;
  unit: string;
  set: string;
  /** Items written (new or changed). */
  saved: string[];
  /** Items whose value in the file equals the stored one. */
  unchanged: string[];
}

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
  return {
    year: results.period.year,
    framework: results.framework.id,
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

/** Sets the creation time recorded in the workbook's properties (kept by Excel and LibreOffice). */
async function stampCreated(bytes: Buffer, at: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  workbook.created = at;
  workbook.modified = at;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** What a template file says about itself, before it is read against a period. */
interface TemplatePeek {
  unit: string | undefined;
  year: number | undefined;
  created: Date | undefined;
  /** `subCode/inputKey` → `Sheet Nhập liệu, ô F12`. */
  cells: Map<string, string>;
}

/** Reads the identity, the creation time and the cell map of a template; undefined when unreadable. */
async function peekTemplate(bytes: Uint8Array): Promise<TemplatePeek | undefined> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return undefined;
  }
  const meta = workbook.getWorksheet(META_SHEET);
  const entry = workbook.getWorksheet(ENTRY_SHEET);
  if (!meta) return undefined;
  const text = (value: unknown) =>
    typeof value === 'string' || typeof value === 'number' ? String(value).trim() : undefined;
  const keys = new Map<string, string>();
  let mapStart: number | undefined;
  meta.eachRow((row, r) => {
    const a = text(row.getCell(1).value);
    const b = text(row.getCell(2).value);
    if (a === 'row' && b === 'subIndex') mapStart = r + 1;
    else if (mapStart === undefined && a !== undefined && b !== undefined) keys.set(a, b);
  });
  let valueColumn = 6;
  entry?.eachRow((row) => {
    row.eachCell((cell, c) => {
      if (text(cell.value) === 'Giá trị') valueColumn = c;
    });
  });
  const cells = new Map<string, string>();
  if (mapStart !== undefined && entry) {
    for (let r = mapStart; r <= meta.rowCount; r++) {
      const row = meta.getRow(r);
      const at = Number(text(row.getCell(1).value));
      const sub = text(row.getCell(2).value);
      const key = text(row.getCell(3).value);
      if (!Number.isInteger(at) || sub === undefined || key === undefined) continue;
      cells.set(`${sub}/${key}`, `Sheet ${ENTRY_SHEET}, ô ${entry.getRow(at).getCell(valueColumn).address}`);
    }
  }
  const year = Number(keys.get('year'));
  const created =
    workbook.created instanceof Date && !Number.isNaN(workbook.created.getTime())
      ? workbook.created
      : undefined;
  return { unit: keys.get('unit'), year: Number.isInteger(year) ? year : undefined, created, cells };
}

function rejectTemplate(problems: ValuesTemplateProblem[]): AppError {
  return new AppError(
    'IMPORT_REJECTED',
    `Phiếu nhập liệu có ${problems.length} lỗi; không lưu giá trị nào.`,
    problems.map((p) => ({ path: p.path, code: p.code, message: p.message })),
  );
}

const sameValues = (a: unknown, b: unknown): boolean =>
  JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));

function sortKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, sortKeys(v)]),
  );
}

/** Document use cases. */
export function createDocumentsService(deps: DocumentsDeps) {
  const { store, assessment } = deps;
  const clock = clockOf(deps.now ?? (() => new Date()));
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
            bytes: await writeDecisionAnnexDocx(model),
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
      const found = strengthsOf(setResults, unitCode, results.framework);
      if (found.strengths.length > 0 || found.weaknesses.length > 0) {
        model.strengths = found.strengths.map(strengthLine);
        model.weaknesses = found.weaknesses.map(strengthLine);
      }
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

    /** The data-entry template of a unit for a year, pre-filled with its stored values. */
    async template(actor: Actor, year: number, unitCode: string): Promise<DocumentFile> {
      const context = await loadUnitInPeriod(store.repos, frameworks, year, unitCode);
      requireUnitReader(actor, context.unit);
      const { period, unit, set, framework } = context;
      const items = await store.repos.assessments.listUnitItems(period.id, unit.id);
      const values: UnitValues = {};
      for (const item of items) values[item.subCode] = item.values as UnitValues[string];
      const deadline = await store.repos.periods.findDeadline(period.id, set.id);
      const extension = await store.repos.periods.findExtension(period.id, unit.id);
      const end = extension && deadline && extension.until > deadline ? extension.until : deadline;
      const bytes = await writeValuesTemplate({
        framework,
        set: set.id,
        unit: { code: unit.code, name: unit.name },
        year,
        ...(end ? { deadline: end.toISOString() } : {}),
        values,
      });
      return {
        bytes: await stampCreated(bytes, clock.now()),
        mediaType: MEDIA_TYPES.xlsx,
        fileName: `phieu-nhap-lieu-${year}-${unit.code}.xlsx`,
      };
    },

    /**
     * Imports a filled template, all or nothing. `expected` (from the address) is checked against the
     * file; without it (command line) the file's own unit and year are used. Items changed since the
     * template was made (stored later than its creation time, with another value) are conflicts:
     * every one is reported and nothing is stored.
     */
    async importTemplate(
      actor: Actor,
      bytes: Uint8Array,
      expected?: { year: number; unitCode: string },
    ): Promise<TemplateImport> {
      const peek = await peekTemplate(bytes);
      if (!peek) {
        throw rejectTemplate([
          {
            path: 'Tệp',
            code: 'TEMPLATE_UNREADABLE',
            message: 'Không đọc được tệp: cần phiếu nhập liệu (.xlsx) tải từ hệ thống.',
          },
        ]);
      }
      const year = expected?.year ?? peek.year;
      const unitCode = expected?.unitCode ?? peek.unit;
      if (year === undefined || unitCode === undefined) {
        throw rejectTemplate([
          {
            path: `Sheet ${META_SHEET}`,
            code: 'TEMPLATE_UNREADABLE',
            message: 'Phiếu không ghi đơn vị hoặc năm đánh giá: hãy tải phiếu mới từ hệ thống.',
          },
        ]);
      }
      const context = await loadUnitInPeriod(store.repos, frameworks, year, unitCode);
      requireUnitReader(actor, context.unit);
      const read = await readValuesTemplate(bytes, {
        framework: context.framework,
        set: context.set.id,
        unit: unitCode,
        year,
      });
      if (!read.ok) throw rejectTemplate(read.problems);

      const stored = new Map(
        (await store.repos.assessments.listUnitItems(context.period.id, context.unit.id)).map((i) => [
          i.subCode,
          i,
        ]),
      );
      const created = peek.created;
      const changed: { subCode: string; values: ItemSave['values']; current: ItemRow | undefined }[] = [];
      const unchanged: string[] = [];
      const conflicts: AppErrorDetail[] = [];
      for (const [subCode, values] of Object.entries(read.values)) {
        const current = stored.get(subCode);
        if (current && sameValues(current.values, values)) {
          unchanged.push(subCode);
          continue;
        }
        if (current && created !== undefined && current.updatedAt.getTime() > created.getTime()) {
          const firstKey = Object.keys(values)[0] ?? '';
          conflicts.push({
            path: peek.cells.get(`${subCode}/${firstKey}`) ?? `Sheet ${ENTRY_SHEET}, chỉ số ${subCode}`,
            code: 'VERSION_CONFLICT',
            message: `Chỉ số ${subCode} đã được ${current.updatedByName} sửa lúc ${current.updatedAt.toISOString()}, sau khi tải phiếu; giá trị trong phiếu không được ghi đè.`,
            current: {
              values: current.values,
              version: current.version,
              updatedBy: current.updatedByName,
              updatedAt: current.updatedAt.toISOString(),
            },
          });
          continue;
        }
        changed.push({ subCode, values, current });
      }
      if (conflicts.length > 0) {
        throw new AppError(
          'VERSION_CONFLICT',
          `${conflicts.length} chỉ số đã được sửa sau khi tải phiếu; không lưu giá trị nào. Hãy tải phiếu mới rồi nhập lại.`,
          conflicts,
        );
      }
      // Outside the entry window only items the council asked about may be answered: save any other
      // item first, so that the refusal comes before anything is stored.
      const view = await assessment.getAssessment(actor, year, unitCode);
      if (!view.canWrite) {
        const now = clock.now().getTime();
        const answerable = (i: (typeof changed)[number]) =>
          i.current?.reviewStatus === 'requested' &&
          i.current.answerUntil !== null &&
          now < i.current.answerUntil.getTime();
        changed.sort((a, b) => Number(answerable(a)) - Number(answerable(b)));
      }
      const saved: string[] = [];
      try {
        for (const item of changed) {
          await assessment.saveItem(actor, year, unitCode, item.subCode, {
            values: item.values,
            baseVersion: item.current?.version ?? 0,
          });
          saved.push(item.subCode);
        }
      } catch (error) {
        if (saved.length === 0 || !(error instanceof AppError)) throw error;
        throw new AppError(
          error.code,
          `${error.message} (Đã lưu ${saved.length} chỉ số trước khi gặp lỗi: ${saved.join(', ')}.)`,
          error.details,
        );
      }
      return { year, unit: unitCode, set: context.set.id, saved, unchanged };
    },
  };
  return service;
}

/** Document use cases. */
export type DocumentsService = ReturnType<typeof createDocumentsService>;

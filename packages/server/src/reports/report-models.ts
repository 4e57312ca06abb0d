// The view models the documents are made from: plain data in, bytes out. Callers (services) gather
// the framework, the scored results and the names; the documents never read a database.
import type { Framework, LineageYear, Provenance, SetResults, UnitResult } from '@dti/core';

/** The framework a document reports on. */
export interface ReportFramework {
  id: string;
  title: string;
  provenance: Provenance;
  /** The decision that issued the framework (e.g. 3019/QĐ-UBND of 2023-11-28). */
  decision?: { number: string; date: string };
}

/** A level (mức độ) with the colour of its badge (`#RRGGBB`). */
export interface ReportLevel {
  code: string;
  name: string;
  color: string;
}

/** A sub-index as the documents show it. */
export interface ReportSubIndex {
  code: string;
  name: string;
  maxPoints: number;
}

/** A main index and its sub-indices. */
export interface ReportIndex {
  code: string;
  name: string;
  maxPoints: number;
  subIndices: ReportSubIndex[];
}

/** One index set with its results: a ranking group of the documents. */
export interface ReportSet {
  id: string;
  /** Name of the set (Bộ chỉ số DTI cấp xã). */
  name: string;
  /** Name of the ranking group as published (Cấp xã; Sở, ban, ngành có TTHC). */
  groupName: string;
  maxPoints: number;
  indices: ReportIndex[];
  results: SetResults;
  /** Last year's results of the same set, for "change from last year". */
  previous?: SetResults;
  /** Names of the sub-groups of `UnitResult.group` (district code → Huyện Bát Xát). */
  groupNames?: Record<string, string>;
}

/** What every document needs to know. */
export interface ReportContext {
  /** Province name without "tỉnh"; default Lào Cai. */
  province?: string;
  framework: ReportFramework;
  /** Assessment year (năm đánh giá). */
  year: number;
  levels: ReportLevel[];
  /** Display names by unit code, when they differ from the names in the results. */
  unitNames?: Record<string, string>;
}

/** The decision that approves the results (Quyết định số …/QĐ-UBND ngày …); parts may be unknown. */
export interface ApprovalDecision {
  /** e.g. `684/QĐ-UBND` or only `684`. */
  number?: string;
  /** ISO date `yyyy-mm-dd`. */
  date?: string;
}

/** A unit's objection to the council's adjustment of an item, and its outcome. */
export interface ReportObjection {
  unitCode: string;
  unitName: string;
  subCode: string;
  subName: string;
  reason: string;
  /** The council's points objected to. */
  councilPoints: number;
  status: 'pending' | 'upheld' | 'rejected';
  answer: string | null;
  pointsAfter: number | null;
}

/** `Chấp nhận (2 điểm)`, `Không chấp nhận`, `Chưa trả lời`. */
export function objectionOutcome(
  o: Pick<ReportObjection, 'status' | 'pointsAfter'>,
  points: (n: number) => string,
): string {
  if (o.status === 'upheld') return `Chấp nhận (${points(o.pointsAfter ?? 0)} điểm)`;
  return o.status === 'rejected' ? 'Không chấp nhận' : 'Chưa trả lời';
}

/**
 * What a document says for a set with no unit in force on 31/12 of the year (e.g. the district sets
 * after the district level ended on 01/07/2025), instead of an empty ranking.
 */
export function noUnitsNote(set: Pick<ReportSet, 'name'>, year: number): string {
  return `Bộ chỉ số "${set.name}" không có đơn vị nào còn hiệu lực ngày 31/12/${year}, nên không có đơn vị được đánh giá, xếp hạng trong kỳ này.`;
}

/** Results of a period: the workbook, the CSV, the province summary and the decision annex. */
export interface ResultsReportModel extends ReportContext {
  sets: ReportSet[];
  approval?: ApprovalDecision;
  /** The units' objections during the objection window, with their outcomes (annex). */
  objections?: ReportObjection[];
}

/** One unit's scorecard. */
export interface ScorecardModel extends ReportContext {
  set: ReportSet;
  unitCode: string;
  /** Written strengths; when absent the strongest main indices are listed. */
  strengths?: string[];
  /** Written weaknesses; when absent the weakest main indices are listed. */
  weaknesses?: string[];
  /**
   * The unit's percent in each year up to this one: its own, or derived from its predecessors
   * before a merger or split (labelled). Absent or one year: no section.
   */
  history?: (LineageYear & { results?: 'snapshot' | 'live' })[];
  /** The unit's objections and their outcomes. */
  objections?: ReportObjection[];
}

const LEVEL_COLORS: Record<string, string> = {
  DAN_DAT: '#1B7F3B',
  NANG_CAO: '#1F5FAD',
  HINH_THANH: '#C77C02',
  KHOI_DONG: '#B03A2E',
};
const FALLBACK_COLORS = ['#1B7F3B', '#1F5FAD', '#C77C02', '#B03A2E', '#6C3483', '#555555'];

/** The framework's levels with badge colours: the usual four by code, others from a palette. */
export function buildReportLevels(framework: Pick<Framework, 'levels'>): ReportLevel[] {
  return framework.levels.map((level, i) => ({
    code: level.code,
    name: level.name,
    color: LEVEL_COLORS[level.code] ?? FALLBACK_COLORS[i % FALLBACK_COLORS.length]!,
  }));
}

/** The framework fields the documents print. */
export function buildReportFramework(framework: Framework): ReportFramework {
  const out: ReportFramework = { id: framework.id, title: framework.title, provenance: framework.provenance };
  if (framework.decision) out.decision = { number: framework.decision.number, date: framework.decision.date };
  return out;
}

/** Options of `buildReportSet`. */
export interface ReportSetOptions {
  groupName?: string;
  previous?: SetResults;
  groupNames?: Record<string, string>;
}

/** A report set from a framework and the results of one of its sets. Throws on an unknown set. */
export function buildReportSet(
  framework: Framework,
  results: SetResults,
  options: ReportSetOptions = {},
): ReportSet {
  const set = framework.sets.find((s) => s.id === results.set);
  if (!set) throw new Error(`Set ${results.set} is not in framework ${framework.id}.`);
  const out: ReportSet = {
    id: set.id,
    name: set.name,
    groupName: options.groupName ?? set.name,
    maxPoints: set.maxPoints,
    indices: set.indices.map((index) => ({
      code: index.code,
      name: index.name,
      maxPoints: index.maxPoints,
      subIndices: index.subIndices.map((sub) => ({
        code: sub.code,
        name: sub.name,
        maxPoints: sub.maxPoints,
      })),
    })),
    results,
  };
  if (options.previous) out.previous = options.previous;
  if (options.groupNames) out.groupNames = options.groupNames;
  return out;
}

/** The province name, default Lào Cai. */
export function provinceOf(context: ReportContext): string {
  return context.province ?? 'Lào Cai';
}

/** A unit's display name. */
export function unitNameOf(context: ReportContext, unit: Pick<UnitResult, 'code' | 'name'>): string {
  return context.unitNames?.[unit.code] ?? unit.name;
}

/** The level of a code, or a grey placeholder for an unknown code. */
export function levelOf(context: ReportContext, code: string): ReportLevel {
  return context.levels.find((l) => l.code === code) ?? { code, name: code, color: '#777777' };
}

/** Where the web application shows PROVENANCE.md (what is verified, what is reconstructed). */
export const PROVENANCE_PAGE_PATH = '/nguon-goc-bo-chi-so';

/**
 * The notice printed wherever results of a reconstructed framework are shown or exported; none for
 * an official framework.
 */
export function provenanceNotice(provenance: Provenance): string | undefined {
  return provenance === 'official'
    ? undefined
    : 'Kết quả tính trên bộ chỉ số tái dựng: số chỉ số, thang điểm và các chỉ số chính đúng theo quyết định, ' +
        'nội dung và điểm từng chỉ số thành phần chưa phải văn bản chính thức. Phần đã kiểm chứng và phần tái dựng: ' +
        `trang "Nguồn gốc bộ chỉ số" (${PROVENANCE_PAGE_PATH}).`;
}

/** How the framework's wording came about, as printed under titles. */
export function provenanceLabel(framework: ReportFramework): string {
  return framework.provenance === 'official' ? 'bộ chỉ số chính thức' : 'bộ chỉ số tái dựng';
}

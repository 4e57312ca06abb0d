// The data-entry template (phiếu nhập số liệu) of one unit and period: the layout the writer and the
// reader share, and the shapes of their inputs and outputs.
import type { Framework, InputDef, ProblemCode, SubIndex, UnitValues } from '@dti/core';

/** Bumped when the layout changes; the reader refuses other versions. */
export const TEMPLATE_VERSION = '1';
/** The visible sheet where values are entered. */
export const ENTRY_SHEET = 'Nhập liệu';
/** The hidden sheet that identifies the template and maps rows to inputs. */
export const META_SHEET = '_dti';
/** Header row of the entry table; entry rows follow. */
export const ENTRY_HEADER_ROW = 11;
/** Columns of the entry table (1-based). */
export const ENTRY_COLUMNS = { stt: 1, code: 2, name: 3, label: 4, hint: 5, value: 6 } as const;
export const ENTRY_HEADERS = [
  'STT',
  'Mã chỉ số',
  'Chỉ số thành phần',
  'Nội dung cần nhập',
  'Hướng dẫn',
  'Giá trị',
];
/** Rows of the unit details block (label in A, value in C). */
export const DETAIL_ROWS = { code: 4, name: 5, set: 6, year: 7, deadline: 8 } as const;
/**
 * Keys of the `_dti` sheet, column A → value in column B, rows 1.. in this order. The mapping table
 * (row, sub-index, input) starts at `MAP_START_ROW`; choice lists sit in columns from `LIST_COLUMN`.
 */
export const META_KEYS = ['template', 'version', 'framework', 'set', 'unit', 'unitName', 'year'] as const;
export type MetaKey = (typeof META_KEYS)[number];
export const TEMPLATE_KIND = 'dti-values-template';
export const MAP_HEADER_ROW = 10;
export const MAP_COLUMNS = { row: 1, subIndex: 2, input: 3, type: 4 } as const;
export const LIST_COLUMN = 6;
/** Sheet protection has no password (the structure is protected against accidents, not people). */
export const SHEET_PASSWORD = '';

/** Labels of a yes/no answer. */
export const YES = 'Có';
export const NO = 'Không';
/** Input key of a `manual` sub-index (points entered directly). */
export const MANUAL_KEY = 'points';

/** The template of one unit and period. */
export interface ValuesTemplateModel {
  framework: Framework;
  set: string;
  unit: { code: string; name: string };
  year: number;
  /** Submission deadline, ISO date or date-time (Vietnam time). */
  deadline?: string;
  /** Values already entered, to pre-fill. */
  values?: UnitValues;
}

/** What the caller expects a returned template to be for; anything else is refused. */
export interface ValuesTemplateExpected {
  framework: Framework;
  set: string;
  unit: string;
  year: number;
}

/**
 * Problem codes of the template reader: the values codes of core where they fit, and three of its
 * own: the hidden sheet is missing or unreadable, it is another version, or it names another
 * unit, period, framework or set than expected.
 */
export type ValuesTemplateProblemCode =
  Extract<ProblemCode, `VAL_${string}`> | 'TEMPLATE_UNREADABLE' | 'TEMPLATE_VERSION' | 'TEMPLATE_MISMATCH';

/** A problem at a cell: `Sheet Nhập liệu, ô F12`. */
export interface ValuesTemplateProblem {
  path: string;
  code: ValuesTemplateProblemCode;
  message: string;
  subIndex?: string;
  input?: string;
}

/** The values of a filled template, or every problem (all or nothing). */
export type ValuesTemplateResult =
  | { ok: true; unit: string; year: number; framework: string; set: string; values: UnitValues }
  | { ok: false; problems: ValuesTemplateProblem[] };

/** One entry row: a sub-index input, or the points of a `manual` sub-index. */
export interface EntryInput {
  sub: SubIndex;
  input: InputDef;
}

/** The inputs of a sub-index in entry order; a `manual` one gets a `points` input. */
export function entryInputsOf(sub: SubIndex): InputDef[] {
  if (sub.method.type !== 'manual') return sub.inputs;
  const points: InputDef = { key: MANUAL_KEY, label: 'Điểm', type: 'number', min: 0, max: sub.maxPoints };
  return [...sub.inputs.filter((i) => i.key !== MANUAL_KEY), points];
}

/** The options of a choice input (from its sub-index's method). */
export function choiceOptionsOf(sub: SubIndex, input: InputDef): { value: string; label: string }[] {
  if (input.type !== 'choice') return [];
  return sub.method.type === 'choice' && sub.method.input === input.key ? sub.method.options : [];
}

/** `Sheet Nhập liệu, ô F12`. */
export function cellPath(sheet: string, address: string): string {
  return `Sheet ${sheet}, ô ${address}`;
}

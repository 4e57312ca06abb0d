// The layout of a framework workbook, shared by the writer and the reader: sheet and column names,
// and how lists are spelled in a cell.

/** Name of the first sheet: framework metadata, levels and the list of sets. */
export const INFO_SHEET = 'Thông tin';

/** Header of the grey spacer column in front of the machine columns. */
export const MACHINE_SPACER = 'Cột dành cho máy — không sửa';

/** The visible columns of a set sheet, in the order of the official tables. */
export const VISIBLE_COLUMNS = {
  stt: 'STT',
  name: 'Chỉ số / Chỉ số thành phần',
  maxPoints: 'Điểm tối đa',
  description: 'Cách xác định và tính điểm',
  evidence: 'Tài liệu kiểm chứng',
  source: 'Nguồn thu thập dữ liệu',
  verifier: 'Đơn vị phối hợp xác minh',
} as const;

/** The machine columns of a set sheet (after the spacer); their headers are the field names. */
export const MACHINE_COLUMNS = [
  'code',
  'kind',
  'pillars',
  'tags',
  'introducedIn',
  'replacesCodes',
  'inputs',
  'method',
] as const;

/** A machine column name. */
export type MachineColumn = (typeof MACHINE_COLUMNS)[number];

/** Values of the `kind` machine column. */
export const ROW_KINDS = ['index', 'subIndex'] as const;

/** Widths (characters) of the set sheet columns, visible then spacer then machine. */
export const SET_COLUMN_WIDTHS = [7, 46, 9, 46, 32, 22, 22, 4, 9, 9, 14, 14, 16, 14, 40, 40];

/** Rows of a set sheet: title, header, then data. */
export const SET_TITLE_ROW = 1;
export const SET_HEADER_ROW = 2;

/** Metadata rows of the info sheet: machine key (column H) → Vietnamese label (column A). */
export const META_ROWS = [
  ['formatVersion', 'Phiên bản định dạng'],
  ['id', 'Mã khung chỉ số'],
  ['title', 'Tên khung chỉ số'],
  ['decision.number', 'Số quyết định ban hành'],
  ['decision.date', 'Ngày ban hành (yyyy-mm-dd)'],
  ['decision.issuer', 'Cơ quan ban hành'],
  ['replaces', 'Thay thế khung chỉ số'],
  ['provenance', 'Nguồn gốc nội dung (official: chính thức; reconstructed: dựng lại)'],
  ['rankPrecision', 'Số chữ số thập phân khi xếp hạng'],
] as const;

/** A metadata key of the info sheet. */
export type MetaKey = (typeof META_ROWS)[number][0];

/** Info sheet columns: A–F data, G spacer, H machine marker (`level`, `set` or a metadata key). */
export const INFO_MARKER_COLUMN = 8;
export const INFO_COLUMN_WIDTHS = [28, 48, 16, 12, 34, 16, 4, 16];

/** Headers of the levels table on the info sheet (columns A–C). */
export const LEVEL_HEADERS = ['Mã mức độ', 'Tên mức độ', 'Trên (%)'] as const;

/** Headers of the set list on the info sheet (columns A–F). */
export const SET_HEADERS = [
  'Mã bộ chỉ số',
  'Tên bộ chỉ số',
  'Loại đơn vị',
  'Điểm tối đa',
  'Trụ cột (mã: tên, mỗi dòng một trụ cột)',
  'Trang tính',
] as const;

/**
 * Spells a list of codes for a cell: `a, b, c`; `[]` for an empty list; JSON when an element would
 * not survive the comma spelling. `undefined` (absent) stays an empty cell.
 */
export function encodeList(list: readonly string[] | undefined): string | undefined {
  if (list === undefined) return undefined;
  const plain = list.length > 0 && list.every((s) => s !== '' && s === s.trim() && !/[,;\n"[\]]/.test(s));
  return plain ? list.join(', ') : JSON.stringify(list);
}

/** Reads a list spelled by `encodeList` (or by hand, separated by commas, semicolons or lines). */
export function decodeList(text: string): string[] | null {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    const parsed = parseJson(trimmed);
    return Array.isArray(parsed) && parsed.every((x) => typeof x === 'string') ? parsed : null;
  }
  return trimmed
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** A set's pillars spelled one per line, `CQS: Chính quyền số`; JSON when that would be lossy. */
export function encodePillars(
  pillars: readonly { code: string; name: string }[] | undefined,
): string | undefined {
  if (pillars === undefined) return undefined;
  const plain =
    pillars.length > 0 &&
    pillars.every(
      (p) =>
        p.code !== '' &&
        p.code === p.code.trim() &&
        !/[:\n[]/.test(p.code) &&
        p.name === p.name.trim() &&
        !p.name.includes('\n'),
    );
  return plain ? pillars.map((p) => `${p.code}: ${p.name}`).join('\n') : JSON.stringify(pillars);
}

/** Reads pillars spelled by `encodePillars`; `null` when a line has no `code: name`. */
export function decodePillars(text: string): unknown[] | null {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    const parsed = parseJson(trimmed);
    return Array.isArray(parsed) ? (parsed as unknown[]) : null;
  }
  const pillars: { code: string; name: string }[] = [];
  for (const line of trimmed.split('\n')) {
    if (line.trim() === '') continue;
    const colon = line.indexOf(':');
    if (colon < 0) return null;
    pillars.push({ code: line.slice(0, colon).trim(), name: line.slice(colon + 1).trim() });
  }
  return pillars;
}

/** JSON.parse that answers `undefined` instead of throwing. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A main index's STT: Roman numerals for codes 1–3999 (as official tables print them), else the code. */
export function indexStt(code: string): string {
  if (!/^[1-9]\d*$/.test(code)) return code;
  let n = Number(code);
  if (n >= 4000) return code;
  const numerals: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, numeral] of numerals) {
    while (n >= value) {
      out += numeral;
      n -= value;
    }
  }
  return out;
}

/** A sheet name Excel accepts (≤ 31 characters, none of `[]:*?/\`), unique among `taken`. */
export function sheetNameFor(id: string, taken: Set<string>): string {
  const base =
    id
      .replace(/[[\]:*?/\\]/g, '_')
      .replace(/^'+|'+$/g, '')
      .slice(0, 31) || 'Bo';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i += 1) {
    const suffix = ` (${i})`;
    name = base.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}

// Reading a unit import file (CSV or XLSX) into rows of text cells, and checking every cell.
import ExcelJS from 'exceljs';
import { parseCsvRows } from '@dti/core';
import { AdminType, IsoDate, UnitCode, UnitKind, unitImportColumns } from '@dti/contract';
import type { AppErrorDetail } from '../shared/app-error';

/** Formats of an import file. */
export type ImportFormat = 'csv' | 'xlsx';

/** A file as rows of text cells; `rowNumber` is the row in the file (header = 1). */
export interface CellTable {
  rows: { rowNumber: number; cells: string[] }[];
}

/** One checked row of a unit import. */
export interface UnitImportRow {
  rowNumber: number;
  code: string;
  name: string;
  shortName: string;
  kind: string;
  adminType: AdminType | null;
  parentCode: string | null;
  validFrom: string;
  validUntil: string | null;
}

type ColumnKey = (typeof unitImportColumns)[number]['key'];

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result);
    return '';
  }
  return String(value);
}

/** `;` when the header line has more semicolons than commas (Excel's CSV in Vietnamese locale), else `,`. */
export function csvDelimiter(text: string): ',' | ';' {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (ch: string) => header.split(ch).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/**
 * Reads the first sheet of an XLSX file or a UTF-8 CSV file (BOM allowed; comma or semicolon)
 * into text cells.
 */
export async function readCellTable(bytes: Buffer, format: ImportFormat): Promise<CellTable> {
  if (format === 'csv') {
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    return {
      rows: parseCsvRows(text, csvDelimiter(text)).map((cells, i) => ({ rowNumber: i + 1, cells })),
    };
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: CellTable['rows'] = [];
  sheet?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    rows.push({ rowNumber, cells });
  });
  return { rows };
}

/** Accepts `yyyy-mm-dd` and the Vietnamese `dd/mm/yyyy`; undefined when neither. */
function parseDate(text: string): string | undefined {
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = vn ? `${vn[3]}-${vn[2]?.padStart(2, '0')}-${vn[1]?.padStart(2, '0')}` : text;
  return IsoDate.safeParse(iso).success ? iso : undefined;
}

/**
 * Checks every cell of a unit import table. Returns the rows, or every problem with its row and
 * column (Vietnamese header name) — never only the first one.
 */
export function checkUnitTable(
  table: CellTable,
): { ok: true; rows: UnitImportRow[] } | { ok: false; problems: AppErrorDetail[] } {
  const problems: AppErrorDetail[] = [];
  const [head, ...body] = table.rows;
  if (!head) return { ok: false, problems: [{ row: 1, message: 'Tệp không có dòng tiêu đề.' }] };
  const names = head.cells.map((c) => c.trim().toLowerCase());
  const index = new Map<ColumnKey, number>();
  for (const col of unitImportColumns) {
    const at = names.findIndex((n) => n === col.header || n === col.alias);
    if (at >= 0) index.set(col.key, at);
    else if (col.required) {
      problems.push({
        row: head.rowNumber,
        column: col.header,
        code: 'MISSING_COLUMN',
        message: `Thiếu cột "${col.header}".`,
      });
    }
  }
  names.forEach((n) => {
    if (n !== '' && !unitImportColumns.some((c) => c.header === n || c.alias === n)) {
      problems.push({
        row: head.rowNumber,
        column: n,
        code: 'UNKNOWN_COLUMN',
        message: `Cột "${n}" không được hỗ trợ.`,
      });
    }
  });
  if (problems.length > 0) return { ok: false, problems };

  const rows: UnitImportRow[] = [];
  const seen = new Map<string, number>();
  for (const { rowNumber, cells } of body) {
    if (cells.every((c) => c.trim() === '')) continue;
    const get = (key: ColumnKey) => {
      const at = index.get(key);
      return at === undefined ? '' : (cells[at] ?? '').trim().normalize('NFC');
    };
    const problem = (key: ColumnKey, code: string, message: string) =>
      problems.push({
        row: rowNumber,
        column: unitImportColumns.find((c) => c.key === key)?.header ?? key,
        code,
        message,
      });
    const code = get('code');
    const name = get('name');
    const kind = get('kind');
    const adminType = get('adminType');
    const parentCode = get('parentCode');
    const validFrom = parseDate(get('validFrom'));
    const untilText = get('validUntil');
    const validUntil = untilText === '' ? null : parseDate(untilText);
    if (!UnitCode.safeParse(code).success)
      problem('code', 'INVALID_CODE', `Mã đơn vị "${code}" không hợp lệ.`);
    else if (seen.has(code))
      problem('code', 'DUPLICATE_CODE', `Mã "${code}" đã có ở dòng ${seen.get(code)}.`);
    else seen.set(code, rowNumber);
    if (name === '') problem('name', 'REQUIRED', 'Thiếu tên đơn vị.');
    if (!UnitKind.safeParse(kind).success)
      problem('kind', 'INVALID_KIND', `Loại đơn vị "${kind}" không hợp lệ.`);
    if (adminType !== '' && !AdminType.safeParse(adminType).success) {
      problem('adminType', 'INVALID_ADMIN_TYPE', `Loại hành chính "${adminType}" không hợp lệ.`);
    }
    if (validFrom === undefined)
      problem('validFrom', 'INVALID_DATE', 'Ngày hiệu lực phải có dạng dd/mm/yyyy.');
    if (validUntil === undefined)
      problem('validUntil', 'INVALID_DATE', 'Ngày hết hiệu lực phải có dạng dd/mm/yyyy.');
    else if (validUntil !== null && validFrom !== undefined && validUntil < validFrom) {
      problem('validUntil', 'DATE_ORDER', 'Ngày hết hiệu lực trước ngày hiệu lực.');
    }
    if (parentCode === code && code !== '')
      problem('parentCode', 'SELF_PARENT', 'Đơn vị không thể là cấp trên của chính nó.');
    rows.push({
      rowNumber,
      code,
      name,
      shortName: get('shortName') || name,
      kind,
      adminType: adminType === '' ? null : (adminType as AdminType),
      parentCode: parentCode === '' ? null : parentCode,
      validFrom: validFrom ?? '',
      validUntil: validUntil ?? null,
    });
  }
  if (rows.length === 0 && problems.length === 0) {
    problems.push({ row: head.rowNumber + 1, message: 'Tệp không có dòng dữ liệu nào.' });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}

// Writing a framework as a workbook in the layout of the official tables (one sheet per set).
import ExcelJS from 'exceljs';
import type { Borders, Fill, Row, Worksheet } from 'exceljs';
import type { Framework, Index, IndexSet, SubIndex } from '@dti/core';
import {
  encodeList,
  encodePillars,
  INFO_COLUMN_WIDTHS,
  INFO_MARKER_COLUMN,
  INFO_SHEET,
  indexStt,
  LEVEL_HEADERS,
  MACHINE_COLUMNS,
  MACHINE_SPACER,
  META_ROWS,
  type MachineColumn,
  type MetaKey,
  SET_COLUMN_WIDTHS,
  SET_HEADER_ROW,
  SET_HEADERS,
  SET_TITLE_ROW,
  sheetNameFor,
  VISIBLE_COLUMNS,
} from './framework-workbook-layout';

const VISIBLE_COUNT = Object.keys(VISIBLE_COLUMNS).length;
const SPACER_COLUMN = VISIBLE_COUNT + 1;
const FONT = 'Times New Roman';

const thin = { style: 'thin' as const, color: { argb: 'FF808080' } };
const BORDER: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const fill = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const HEADER_FILL = fill('FFD9E2F3');
const INDEX_FILL = fill('FFF2F2F2');
const MACHINE_FILL = fill('FFBFBFBF');

/**
 * Writes a framework as an .xlsx workbook: a `Thông tin` sheet (metadata, levels, list of sets), then
 * one sheet per set laid out like the official tables, with machine columns on the right that make
 * the file read back into exactly the same framework.
 */
export async function writeFrameworkWorkbook(fw: Framework): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'DTI Lào Cai';
  const taken = new Set([INFO_SHEET.toLowerCase()]);
  const sheetNames = fw.sets.map((set) => sheetNameFor(set.id, taken));
  writeInfoSheet(workbook.addWorksheet(INFO_SHEET), fw, sheetNames);
  fw.sets.forEach((set, i) => writeSetSheet(workbook.addWorksheet(sheetNames[i]), set));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeInfoSheet(ws: Worksheet, fw: Framework, sheetNames: string[]): void {
  ws.columns = INFO_COLUMN_WIDTHS.map((width) => ({ width }));
  ws.properties.defaultRowHeight = 18;
  const dataColumns = SET_HEADERS.length;

  const title = ws.getRow(1);
  title.getCell(1).value = 'THÔNG TIN KHUNG CHỈ SỐ';
  title.getCell(1).font = { name: FONT, bold: true, size: 14 };
  ws.mergeCells(1, 1, 1, dataColumns);
  const header = ws.getRow(2);
  setCells(header, ['Thông tin', 'Giá trị']);
  styleHeaderRow(header, 2);
  markMachineHeader(ws, 2, INFO_MARKER_COLUMN - 1, ['key']);

  const meta: Record<MetaKey, string | number | undefined> = {
    formatVersion: fw.formatVersion,
    id: fw.id,
    title: fw.title,
    'decision.number': fw.decision?.number,
    'decision.date': fw.decision?.date,
    'decision.issuer': fw.decision?.issuer,
    replaces: fw.replaces,
    provenance: fw.provenance,
    rankPrecision: fw.rankPrecision,
  };
  let r = 3;
  for (const [key, label] of META_ROWS) {
    const row = ws.getRow(r++);
    setCells(row, [label, meta[key]]);
    row.getCell(1).font = { name: FONT, bold: true };
    row.getCell(2).font = { name: FONT };
    styleTableRow(row, 2);
    machineCell(row, INFO_MARKER_COLUMN, key);
    fitRowHeight(row, INFO_COLUMN_WIDTHS, 2);
  }

  r += 1;
  r = writeInfoTable(ws, r, 'Mức độ xếp loại', LEVEL_HEADERS, 'level', [3], (add) => {
    for (const level of fw.levels) add([level.code, level.name, level.abovePercent ?? undefined]);
  });
  r += 1;
  writeInfoTable(ws, r, 'Danh sách bộ chỉ số', SET_HEADERS, 'set', [4], (add) => {
    fw.sets.forEach((set, i) =>
      add([set.id, set.name, set.unitKind, set.maxPoints, encodePillars(set.pillars), sheetNames[i]]),
    );
  });

  ws.views = [{ state: 'frozen', ySplit: 1, xSplit: 0 }];
  ws.pageSetup = {
    orientation: 'portrait',
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printArea: absoluteRange(dataColumns, ws.rowCount),
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

/** Writes a titled table on the info sheet; returns the next free row. */
function writeInfoTable(
  ws: Worksheet,
  start: number,
  title: string,
  headers: readonly string[],
  marker: string,
  centred: readonly number[],
  fillRows: (add: (values: (string | number | undefined)[]) => void) => void,
): number {
  let r = start;
  const titleCell = ws.getRow(r++).getCell(1);
  titleCell.value = title;
  titleCell.font = { name: FONT, bold: true, size: 12 };
  const header = ws.getRow(r++);
  setCells(header, headers);
  styleHeaderRow(header, headers.length);
  fitRowHeight(header, INFO_COLUMN_WIDTHS, headers.length);
  fillRows((values) => {
    const row = ws.getRow(r++);
    setCells(row, values);
    styleTableRow(row, headers.length, centred);
    machineCell(row, INFO_MARKER_COLUMN, marker);
    fitRowHeight(row, INFO_COLUMN_WIDTHS, headers.length);
  });
  return r;
}

function writeSetSheet(ws: Worksheet, set: IndexSet): void {
  ws.columns = SET_COLUMN_WIDTHS.map((width) => ({ width }));

  const title = ws.getRow(SET_TITLE_ROW);
  title.getCell(1).value = `${set.name.toUpperCase()} (tối đa ${set.maxPoints} điểm)`;
  title.getCell(1).font = { name: FONT, bold: true, size: 13 };
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  title.height = 30;
  ws.mergeCells(SET_TITLE_ROW, 1, SET_TITLE_ROW, VISIBLE_COUNT);

  const header = ws.getRow(SET_HEADER_ROW);
  setCells(header, Object.values(VISIBLE_COLUMNS));
  styleHeaderRow(header, VISIBLE_COUNT);
  fitRowHeight(header, SET_COLUMN_WIDTHS, VISIBLE_COUNT);
  markMachineHeader(ws, SET_HEADER_ROW, SPACER_COLUMN, MACHINE_COLUMNS);

  let r = SET_HEADER_ROW + 1;
  const pillarNames = new Map((set.pillars ?? []).map((p) => [p.code, p.name]));
  for (const index of set.indices) {
    writeIndexRow(ws.getRow(r++), index, pillarNames);
    for (const sub of index.subIndices) writeSubIndexRow(ws.getRow(r++), sub);
  }

  ws.views = [{ state: 'frozen', ySplit: SET_HEADER_ROW, xSplit: 0, topLeftCell: 'A3', activeCell: 'A3' }];
  ws.pageSetup = {
    orientation: 'landscape',
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printArea: absoluteRange(VISIBLE_COUNT, Math.max(r - 1, SET_HEADER_ROW)),
    printTitlesRow: `${SET_HEADER_ROW}:${SET_HEADER_ROW}`,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter.oddFooter = `&L${set.id}&RTrang &P/&N`;
}

function writeIndexRow(row: Row, index: Index, pillarNames: Map<string, string>): void {
  const pillars = index.pillars?.length
    ? `Trụ cột: ${index.pillars.map((c) => pillarNames.get(c) ?? c).join(', ')}`
    : undefined;
  setCells(row, [indexStt(index.code), index.name, index.maxPoints, pillars]);
  styleTableRow(row, VISIBLE_COUNT, [1, 3]);
  for (let c = 1; c <= VISIBLE_COUNT; c += 1) {
    row.getCell(c).fill = INDEX_FILL;
    row.getCell(c).font = { name: FONT, bold: c !== 4, italic: c === 4 };
  }
  writeMachineCells(row, { code: index.code, kind: 'index', pillars: encodeList(index.pillars) });
  fitRowHeight(row, SET_COLUMN_WIDTHS, VISIBLE_COUNT);
}

function writeSubIndexRow(row: Row, sub: SubIndex): void {
  setCells(row, [sub.code, sub.name, sub.maxPoints, sub.description, sub.evidence, sub.source, sub.verifier]);
  styleTableRow(row, VISIBLE_COUNT, [1, 3]);
  row.getCell(1).numFmt = '@';
  writeMachineCells(row, {
    code: sub.code,
    kind: 'subIndex',
    tags: encodeList(sub.tags),
    introducedIn: sub.introducedIn,
    replacesCodes: encodeList(sub.replacesCodes),
    inputs: JSON.stringify(sub.inputs),
    method: JSON.stringify(sub.method),
  });
  fitRowHeight(row, SET_COLUMN_WIDTHS, VISIBLE_COUNT);
}

function writeMachineCells(row: Row, values: Partial<Record<MachineColumn, string | undefined>>): void {
  MACHINE_COLUMNS.forEach((name, i) => machineCell(row, SPACER_COLUMN + 1 + i, values[name]));
}

/** A machine cell: text format (so codes like `1.10` stay text), small grey font, no wrapping. */
function machineCell(row: Row, column: number, value: string | undefined): void {
  const cell = row.getCell(column);
  cell.numFmt = '@';
  if (value !== undefined) cell.value = value;
  cell.font = { name: 'Consolas', size: 9, color: { argb: 'FF595959' } };
  cell.alignment = { vertical: 'top', wrapText: false };
}

/** The grey spacer header and the machine column headers, starting at `spacer`. */
function markMachineHeader(ws: Worksheet, rowNumber: number, spacer: number, names: readonly string[]): void {
  const row = ws.getRow(rowNumber);
  const spacerCell = row.getCell(spacer);
  spacerCell.value = MACHINE_SPACER;
  spacerCell.fill = MACHINE_FILL;
  spacerCell.font = { name: FONT, italic: true, size: 9, color: { argb: 'FF404040' } };
  spacerCell.alignment = { vertical: 'middle', wrapText: false };
  names.forEach((name, i) => {
    const cell = row.getCell(spacer + 1 + i);
    cell.value = name;
    cell.fill = MACHINE_FILL;
    cell.font = { name: 'Consolas', size: 9, bold: true, color: { argb: 'FF404040' } };
    cell.border = BORDER;
  });
}

function setCells(row: Row, values: readonly (string | number | undefined)[]): void {
  values.forEach((value, i) => {
    if (value !== undefined) row.getCell(i + 1).value = value;
  });
}

function styleHeaderRow(row: Row, count: number): void {
  for (let c = 1; c <= count; c += 1) {
    const cell = row.getCell(c);
    cell.font = { name: FONT, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }
}

function styleTableRow(row: Row, count: number, centred: readonly number[] = []): void {
  for (let c = 1; c <= count; c += 1) {
    const cell = row.getCell(c);
    cell.font = { name: FONT };
    cell.border = BORDER;
    cell.alignment = {
      vertical: 'top',
      wrapText: true,
      ...(centred.includes(c) ? { horizontal: 'center' } : {}),
    };
  }
}

/**
 * A print area from A1 to (`columns`, `rows`). ExcelJS puts `$` in front of the columns only; the
 * `$` before the rows makes the range fully absolute, which LibreOffice needs to honour it.
 */
function absoluteRange(columns: number, rows: number): string {
  return `A$1:${columnLetter(columns)}$${rows}`;
}

/**
 * Sets a row's height from its wrapped text: neither LibreOffice nor Excel re-measures rows written by
 * ExcelJS, so long cells would be cut off in print. Estimates about one Times New Roman 11 character
 * per unit of column width.
 */
function fitRowHeight(row: Row, widths: readonly number[], count: number): void {
  let lines = 1;
  for (let c = 1; c <= count; c += 1) {
    const value = row.getCell(c).value;
    if (typeof value !== 'string') continue;
    const perLine = Math.max(1, Math.floor((widths[c - 1] ?? 10) * 1.15) - 1);
    const cellLines = value
      .split('\n')
      .reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, cellLines);
  }
  row.height = lines * 15 + 3;
}

function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

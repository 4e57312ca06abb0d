// The results workbook of a period: one ranking sheet per ranking group, one sheet of sub-index
// points per set, laid out for printing (title rows, frozen headers, print titles, A4 landscape).
import ExcelJS from 'exceljs';
import type { Borders, Cell, Fill, Worksheet } from 'exceljs';
import type { UnitResult } from '@dti/core';
import {
  levelOf,
  provenanceLabel,
  provinceOf,
  unitNameOf,
  type ReportSet,
  type ResultsReportModel,
  noUnitsNote,
} from './report-models';
import { formatDate, formatPoints, upper } from './report-format';

const FONT = 'Times New Roman';
/** Two decimals with the reader's separators: Excel and LibreOffice in Vietnamese show 731,61. */
export const POINTS_FORMAT = '#,##0.00';
/** Rows of the title block above the table header. */
export const TITLE_ROWS = 5;
/** Header row of the ranking sheets. */
export const RANKING_HEADER_ROW = TITLE_ROWS + 1;
/** Header rows of the detail sheets: sub-index codes, names, maximum points. */
export const DETAIL_HEADER_ROWS = {
  codes: TITLE_ROWS + 1,
  names: TITLE_ROWS + 2,
  max: TITLE_ROWS + 3,
} as const;

const thin = { style: 'thin' as const, color: { argb: 'FF808080' } };
const BORDER: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const fill = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const HEADER_FILL = fill('FFD9E2F3');
const MISSING_FILL = fill('FFFFF2CC');
const EXCLUDED_FILL = fill('FFE7E6E6');

interface Column {
  header: string;
  width: number;
  numFmt?: string;
  align?: 'left' | 'center' | 'right';
  value: (unit: UnitResult, stt: number) => string | number | null;
}

/** Writes the results of a period as an .xlsx workbook. */
export async function writeResultsWorkbook(model: ResultsReportModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'DTI Lào Cai';
  const taken = new Set<string>();
  for (const set of model.sets) {
    writeRankingSheet(workbook.addWorksheet(sheetName(set.groupName, taken)), model, set);
  }
  for (const set of model.sets.filter((s) => s.results.units.length > 0)) {
    writeDetailSheet(workbook.addWorksheet(sheetName(`Chi tiết ${set.id}`, taken)), model, set);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A legal, unique sheet name (≤ 31 characters, none of \ / ? * [ ] :). */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[\\/?*[\]:]/g, '-').slice(0, 31) || 'Trang';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++)
    name = `${base.slice(0, 31 - String(i).length - 1)}~${i}`;
  taken.add(name.toLowerCase());
  return name;
}

function rankingColumns(model: ResultsReportModel, set: ReportSet): Column[] {
  const grouped = set.results.units.some((u) => u.group !== undefined);
  const columns: Column[] = [
    { header: 'STT', width: 6, align: 'center', value: (_, stt) => stt },
    { header: 'Mã', width: 10, align: 'center', value: (u) => u.code },
    { header: 'Đơn vị', width: 42, align: 'left', value: (u) => unitNameOf(model, u) },
  ];
  if (grouped) {
    columns.push({
      header: 'Nhóm',
      width: 22,
      align: 'left',
      value: (u) => (u.group === undefined ? null : (set.groupNames?.[u.group] ?? u.group)),
    });
  }
  columns.push(
    { header: 'Điểm', width: 11, numFmt: POINTS_FORMAT, value: (u) => u.total },
    { header: 'Tỉ lệ (%)', width: 10, numFmt: POINTS_FORMAT, value: (u) => u.percent },
    { header: 'Mức độ', width: 13, align: 'center', value: (u) => levelOf(model, u.level).name },
    { header: 'Xếp hạng', width: 9, align: 'center', numFmt: '0', value: (u) => u.rank },
  );
  if (grouped) {
    columns.push({
      header: 'Xếp hạng trong nhóm',
      width: 11,
      align: 'center',
      numFmt: '0',
      value: (u) => u.groupRank ?? null,
    });
  }
  for (const index of set.indices) {
    columns.push({
      header: `${index.code}. ${index.name} (${formatPoints(index.maxPoints)})`,
      width: 13,
      numFmt: POINTS_FORMAT,
      value: (u) => {
        const score = u.indices[index.code];
        return !score || score.excluded ? null : score.score;
      },
    });
  }
  return columns;
}

function writeRankingSheet(ws: Worksheet, model: ResultsReportModel, set: ReportSet): void {
  if (set.results.units.length === 0) {
    ws.getColumn(1).width = 120;
    ws.getCell('A1').value = `${set.groupName} — năm ${model.year}`;
    ws.getCell('A1').font = { bold: true };
    ws.getCell('A2').value = noUnitsNote(set, model.year);
    return;
  }
  const columns = rankingColumns(model, set);
  ws.columns = columns.map((c) => ({ width: c.width }));
  writeTitle(ws, model, set, columns.length, 'KẾT QUẢ XÁC ĐỊNH VÀ XẾP HẠNG CHỈ SỐ CHUYỂN ĐỔI SỐ');
  const header = ws.getRow(RANKING_HEADER_ROW);
  columns.forEach((c, i) => styleHeader(header.getCell(i + 1), c.header));
  header.height = 48;
  set.results.units.forEach((unit, i) => {
    const row = ws.getRow(RANKING_HEADER_ROW + 1 + i);
    columns.forEach((c, j) => {
      const cell = row.getCell(j + 1);
      cell.value = c.value(unit, i + 1);
      styleBody(cell, c.align ?? 'right', c.numFmt);
    });
    const levelCell = row.getCell(columns.findIndex((c) => c.header === 'Mức độ') + 1);
    levelCell.font = {
      name: FONT,
      size: 12,
      bold: true,
      color: { argb: argb(levelOf(model, unit.level).color) },
    };
  });
  ws.views = [{ state: 'frozen', xSplit: 3, ySplit: RANKING_HEADER_ROW, showGridLines: false }];
  setupPrint(ws, `${RANKING_HEADER_ROW}:${RANKING_HEADER_ROW}`, true);
}

function writeDetailSheet(ws: Worksheet, model: ResultsReportModel, set: ReportSet): void {
  const subs = set.indices.flatMap((index) => index.subIndices);
  const fixed = ['STT', 'Mã', 'Đơn vị', 'Tổng điểm'];
  ws.columns = [
    { width: 6 },
    { width: 10 },
    { width: 36 },
    { width: 11 },
    ...subs.map(() => ({ width: 11 })),
  ];
  writeTitle(ws, model, set, 0, 'ĐIỂM CÁC CHỈ SỐ THÀNH PHẦN');
  const legend = ws.getRow(TITLE_ROWS);
  legend.getCell(1).value = 'Ô vàng: chưa nhập (0 điểm); ô xám "—": không tính (loại khỏi thang điểm).';
  legend.getCell(1).font = { name: FONT, size: 11, italic: true };

  const codes = ws.getRow(DETAIL_HEADER_ROWS.codes);
  const names = ws.getRow(DETAIL_HEADER_ROWS.names);
  const maxes = ws.getRow(DETAIL_HEADER_ROWS.max);
  fixed.forEach((text, i) => {
    styleHeader(codes.getCell(i + 1), text);
    styleHeader(names.getCell(i + 1), null);
    styleHeader(maxes.getCell(i + 1), i === 2 ? 'Điểm tối đa' : null);
    ws.mergeCells(DETAIL_HEADER_ROWS.codes, i + 1, DETAIL_HEADER_ROWS.names, i + 1);
  });
  styleHeader(maxes.getCell(4), set.maxPoints).numFmt = POINTS_FORMAT;
  subs.forEach((sub, i) => {
    styleHeader(codes.getCell(fixed.length + 1 + i), sub.code);
    const name = styleHeader(names.getCell(fixed.length + 1 + i), sub.name);
    name.font = { name: FONT, size: 9 };
    name.alignment = { wrapText: true, vertical: 'top', horizontal: 'left' };
    styleHeader(maxes.getCell(fixed.length + 1 + i), sub.maxPoints).numFmt = POINTS_FORMAT;
  });
  names.height = 110;

  set.results.units.forEach((unit, i) => {
    const row = ws.getRow(DETAIL_HEADER_ROWS.max + 1 + i);
    const base: (string | number)[] = [i + 1, unit.code, unitNameOf(model, unit), unit.total];
    base.forEach((value, j) => {
      const cell = row.getCell(j + 1);
      cell.value = value;
      styleBody(cell, j === 2 ? 'left' : j === 3 ? 'right' : 'center', j === 3 ? POINTS_FORMAT : undefined);
    });
    const results = unit.subIndices;
    subs.forEach((sub, j) => {
      const cell = row.getCell(fixed.length + 1 + j);
      const result = results[sub.code];
      styleBody(cell, 'right', POINTS_FORMAT);
      if (!result || result.status === 'missing') {
        cell.fill = MISSING_FILL;
      } else if (result.status === 'excluded') {
        cell.value = '—';
        cell.fill = EXCLUDED_FILL;
        cell.alignment = { horizontal: 'center' };
      } else {
        cell.value = result.points;
      }
    });
  });
  ws.views = [{ state: 'frozen', xSplit: 3, ySplit: DETAIL_HEADER_ROWS.max, showGridLines: false }];
  setupPrint(ws, `${DETAIL_HEADER_ROWS.codes}:${DETAIL_HEADER_ROWS.max}`, false);
  ws.pageSetup.printTitlesColumn = 'A:C';
}

function writeTitle(ws: Worksheet, model: ResultsReportModel, set: ReportSet, width: number, title: string) {
  const fw = model.framework;
  const decision = fw.decision
    ? `, Quyết định số ${fw.decision.number} ngày ${formatDate(fw.decision.date)}`
    : '';
  const lines: [string, number, boolean][] = [
    [`ỦY BAN NHÂN DÂN TỈNH ${upper(provinceOf(model))}`, 12, true],
    [`${title} NĂM ${model.year}`, 14, true],
    [`${set.groupName} (${set.name}; tối đa ${formatPoints(set.maxPoints)} điểm)`, 12, true],
    [`Bộ chỉ số: ${fw.title} (${fw.id}${decision}) — ${provenanceLabel(fw)}`, 11, false],
  ];
  lines.forEach(([text, size, bold], i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = text;
    cell.font = { name: FONT, size, bold, italic: i === 3 };
    if (width > 1) {
      cell.alignment = { horizontal: 'center', vertical: 'middle' };
      ws.mergeCells(i + 1, 1, i + 1, width);
    }
    ws.getRow(i + 1).height = size + 8;
  });
}

function styleHeader(cell: Cell, value: string | number | null): Cell {
  cell.value = value;
  cell.font = { name: FONT, size: 11, bold: true };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  cell.fill = HEADER_FILL;
  cell.border = BORDER;
  return cell;
}

function styleBody(cell: Cell, align: 'left' | 'center' | 'right', numFmt: string | undefined): void {
  cell.font = { name: FONT, size: 12 };
  cell.alignment = { horizontal: align, vertical: 'middle', wrapText: align === 'left' };
  cell.border = BORDER;
  if (numFmt) cell.numFmt = numFmt;
}

function setupPrint(ws: Worksheet, titleRows: string, fitToWidth: boolean): void {
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: titleRows,
  };
  ws.headerFooter = { oddFooter: '&C&"Times New Roman"&10Trang &P/&N' };
}

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

// Writing the data-entry template of one unit and period: the unit's details, one row per input
// with a Vietnamese hint, drop-down lists and range checks, only the value cells unlocked.
import ExcelJS from 'exceljs';
import type { Borders, DataValidation, Fill, Worksheet } from 'exceljs';
import type { InputDef, InputValue, SubIndex } from '@dti/core';
import {
  choiceOptionsOf,
  DETAIL_ROWS,
  ENTRY_COLUMNS,
  ENTRY_HEADER_ROW,
  ENTRY_HEADERS,
  ENTRY_SHEET,
  entryInputsOf,
  LIST_COLUMN,
  MANUAL_KEY,
  MAP_HEADER_ROW,
  META_KEYS,
  META_SHEET,
  NO,
  SHEET_PASSWORD,
  TEMPLATE_KIND,
  TEMPLATE_VERSION,
  YES,
  type MetaKey,
  type ValuesTemplateModel,
} from './values-template-layout';

const FONT = 'Times New Roman';
const thin = { style: 'thin' as const, color: { argb: 'FF808080' } };
const BORDER: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const fill = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const HEADER_FILL = fill('FFD9E2F3');
const INDEX_FILL = fill('FFF2F2F2');
const VALUE_FILL = fill('FFFFF2CC');

/** Writes the template of one unit and period. Throws on an unknown set. */
export async function writeValuesTemplate(model: ValuesTemplateModel): Promise<Buffer> {
  const set = model.framework.sets.find((s) => s.id === model.set);
  if (!set) throw new Error(`Set ${model.set} is not in framework ${model.framework.id}.`);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'DTI Lào Cai';
  const ws = workbook.addWorksheet(ENTRY_SHEET, { views: [{ state: 'frozen', ySplit: ENTRY_HEADER_ROW }] });
  const meta = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  ws.columns = [{ width: 6 }, { width: 10 }, { width: 44 }, { width: 30 }, { width: 36 }, { width: 16 }];

  writeHeading(ws, model, set.name);
  const metaValues: Record<MetaKey, string | number> = {
    template: TEMPLATE_KIND,
    version: TEMPLATE_VERSION,
    framework: model.framework.id,
    set: set.id,
    unit: model.unit.code,
    unitName: model.unit.name,
    year: model.year,
  };
  META_KEYS.forEach((key, i) => (meta.getRow(i + 1).values = [key, metaValues[key]]));
  meta.getRow(MAP_HEADER_ROW).values = ['row', 'subIndex', 'input', 'type'];

  const header = ws.getRow(ENTRY_HEADER_ROW);
  ENTRY_HEADERS.forEach((text, i) => {
    const cell = header.getCell(i + 1);
    cell.value = text;
    cell.font = { name: FONT, size: 11, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
  });

  let r = ENTRY_HEADER_ROW + 1;
  let mapRow = MAP_HEADER_ROW + 1;
  let listColumn = LIST_COLUMN;
  let stt = 0;
  for (const index of set.indices) {
    const band = ws.getRow(r);
    band.getCell(1).value = `${index.code}. ${index.name} (tối đa ${index.maxPoints} điểm)`;
    band.getCell(1).font = { name: FONT, size: 12, bold: true };
    band.getCell(1).fill = INDEX_FILL;
    ws.mergeCells(r, 1, r, ENTRY_COLUMNS.value);
    r++;
    for (const sub of index.subIndices) {
      const inputs = entryInputsOf(sub);
      if (inputs.length === 0) continue;
      stt++;
      const first = r;
      for (const input of inputs) {
        const row = ws.getRow(r);
        row.getCell(ENTRY_COLUMNS.stt).value = stt;
        row.getCell(ENTRY_COLUMNS.code).value = sub.code;
        row.getCell(ENTRY_COLUMNS.name).value = `${sub.name} (tối đa ${sub.maxPoints} điểm)`;
        row.getCell(ENTRY_COLUMNS.label).value = input.label;
        row.getCell(ENTRY_COLUMNS.hint).value = describeInput(sub, input);
        for (let c = 1; c <= ENTRY_COLUMNS.value; c++) {
          const cell = row.getCell(c);
          cell.font = {
            name: FONT,
            size: c === ENTRY_COLUMNS.hint ? 10 : 12,
            italic: c === ENTRY_COLUMNS.hint,
          };
          cell.alignment = { vertical: 'top', wrapText: true, horizontal: c <= 2 ? 'center' : 'left' };
          cell.border = BORDER;
        }
        const value = row.getCell(ENTRY_COLUMNS.value);
        value.fill = VALUE_FILL;
        value.protection = { locked: false };
        value.alignment = {
          vertical: 'top',
          horizontal: input.type === 'text' ? 'left' : 'center',
          wrapText: true,
        };
        const prefill = model.values?.[sub.code]?.[input.key];
        if (prefill !== undefined) value.value = displayValue(sub, input, prefill);
        const options = choiceOptionsOf(sub, input);
        let listRange: string | undefined;
        if (options.length > 0) {
          const letter = meta.getColumn(listColumn).letter;
          meta.getCell(1, listColumn).value = `${sub.code}/${input.key}`;
          options.forEach((o, i) => (meta.getCell(2 + i, listColumn).value = o.label));
          listRange = `'${META_SHEET}'!$${letter}$2:$${letter}$${1 + options.length}`;
          listColumn++;
        }
        const validation = validationOf(sub, input, listRange);
        if (validation) value.dataValidation = validation;
        if (input.type === 'percent' || input.type === 'number') value.numFmt = '0.##';
        row.height = estimateHeight([
          [row.getCell(ENTRY_COLUMNS.name).text.length / inputs.length, 54],
          [input.label.length, 36],
          [row.getCell(ENTRY_COLUMNS.hint).text.length, 52],
        ]);
        meta.getRow(mapRow++).values = [r, sub.code, input.key, input.type];
        r++;
      }
      if (r - 1 > first) {
        for (const c of [ENTRY_COLUMNS.stt, ENTRY_COLUMNS.code, ENTRY_COLUMNS.name])
          ws.mergeCells(first, c, r - 1, c);
      }
    }
  }
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${ENTRY_HEADER_ROW}:${ENTRY_HEADER_ROW}`,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
  const protection = {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  };
  await ws.protect(SHEET_PASSWORD, protection);
  await meta.protect(SHEET_PASSWORD, {});
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeHeading(ws: Worksheet, model: ValuesTemplateModel, setName: string): void {
  const title = ws.getCell(1, 1);
  title.value = `PHIẾU NHẬP SỐ LIỆU CHỈ SỐ CHUYỂN ĐỔI SỐ NĂM ${model.year}`;
  title.font = { name: FONT, size: 14, bold: true };
  title.alignment = { horizontal: 'center' };
  ws.mergeCells(1, 1, 1, ENTRY_COLUMNS.value);
  const subtitle = ws.getCell(2, 1);
  const provenance =
    model.framework.provenance === 'official' ? 'bộ chỉ số chính thức' : 'bộ chỉ số tái dựng';
  subtitle.value = `${model.framework.title} (${model.framework.id}, ${provenance})`;
  subtitle.font = { name: FONT, size: 11, italic: true };
  subtitle.alignment = { horizontal: 'center', wrapText: true };
  ws.mergeCells(2, 1, 2, ENTRY_COLUMNS.value);
  const details: [number, string, string | number][] = [
    [DETAIL_ROWS.code, 'Mã đơn vị', model.unit.code],
    [DETAIL_ROWS.name, 'Tên đơn vị', model.unit.name],
    [DETAIL_ROWS.set, 'Bộ chỉ số', `${setName} (${model.set})`],
    [DETAIL_ROWS.year, 'Năm đánh giá', model.year],
    [DETAIL_ROWS.deadline, 'Hạn nộp', model.deadline ? formatDeadline(model.deadline) : '(chưa ấn định)'],
  ];
  for (const [row, label, value] of details) {
    ws.getCell(row, 1).value = label;
    ws.getCell(row, 1).font = { name: FONT, size: 12, bold: true };
    ws.mergeCells(row, 1, row, 2);
    const cell = ws.getCell(row, 3);
    cell.value = value;
    cell.font = { name: FONT, size: 12 };
    cell.alignment = { horizontal: 'left' };
  }
  const note = ws.getCell(9, 1);
  note.value =
    'Chỉ nhập vào các ô màu vàng ở cột "Giá trị" (các ô khác đã khóa). Để trống nếu chưa có số liệu. ' +
    'Không đổi tên, thêm hay xóa trang tính; nộp lại đúng tệp này.';
  note.font = { name: FONT, size: 11, italic: true, color: { argb: 'FF7F1F1F' } };
  note.alignment = { wrapText: true, vertical: 'top' };
  ws.mergeCells(9, 1, 9, ENTRY_COLUMNS.value);
  ws.getRow(9).height = 32;
}

/**
 * Row height (points) for wrapped text: spreadsheet software does not grow rows of a generated file,
 * so the lines are estimated from the text length and the column width (in characters).
 */
function estimateHeight(cells: [length: number, chars: number][]): number {
  const lines = Math.max(1, ...cells.map(([length, chars]) => Math.ceil(length / chars)));
  return lines * 15 + 3;
}

/** `15/12/2023` or `15/12/2023 17:00` of an ISO date or date-time. */
function formatDeadline(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  const time = /T(\d\d:\d\d)/.exec(iso)?.[1];
  return `${d}/${m}/${y}${time ? ` ${time}` : ''}`;
}

/** The Vietnamese hint of an input: what to enter and the accepted range. */
export function describeInput(sub: SubIndex, input: InputDef): string {
  const parts: string[] = [];
  const range = (kind: string, min: number | undefined, max: number | undefined): string =>
    max === undefined ? `${kind} ≥ ${min ?? 0}` : `${kind} từ ${min ?? 0} đến ${max}`;
  switch (input.type) {
    case 'boolean':
      parts.push(`Chọn "${YES}" hoặc "${NO}".`);
      break;
    case 'integer':
      parts.push(`${range('Số nguyên', input.min, input.max)}.`);
      break;
    case 'number':
      parts.push(
        sub.method.type === 'manual' && input.key === MANUAL_KEY
          ? `Điểm do Hội đồng chấm, từ 0 đến ${sub.maxPoints}.`
          : `${range('Số (có thể có phần thập phân)', input.min, input.max)}.`,
      );
      break;
    case 'percent':
      parts.push(`Tỉ lệ phần trăm, từ ${input.min ?? 0} đến ${input.max ?? 100} (nhập 85 cho 85%).`);
      break;
    case 'choice':
      parts.push(
        `Chọn một trong: ${choiceOptionsOf(sub, input)
          .map((o) => o.label)
          .join('; ')}.`,
      );
      break;
    case 'text':
      parts.push('Nhập nội dung (văn bản).');
      break;
  }
  const method = sub.method;
  if (method.type === 'ratio' && method.numerator === input.key && !method.allowAboveOne) {
    const denominator = sub.inputs.find((i) => i.key === method.denominator)?.label ?? method.denominator;
    parts.push(`Không lớn hơn "${denominator}".`);
  }
  if (input.hint) parts.push(input.hint);
  return parts.join(' ');
}

function validationOf(
  sub: SubIndex,
  input: InputDef,
  listRange: string | undefined,
): DataValidation | undefined {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Giá trị không hợp lệ',
    showInputMessage: true,
    promptTitle: sub.code,
    prompt: describeInput(sub, input).slice(0, 250),
  } as const;
  const bounds = (min: number | undefined, max: number | undefined) =>
    max === undefined
      ? { operator: 'greaterThanOrEqual' as const, formulae: [min ?? 0] }
      : { operator: 'between' as const, formulae: [min ?? 0, max] };
  switch (input.type) {
    case 'boolean':
      return {
        type: 'list',
        formulae: [`"${YES},${NO}"`],
        error: `Chỉ chọn "${YES}" hoặc "${NO}".`,
        ...common,
      };
    case 'choice':
      return listRange
        ? { type: 'list', formulae: [listRange], error: 'Chỉ chọn một mục trong danh sách.', ...common }
        : undefined;
    case 'integer':
      return {
        type: 'whole',
        ...bounds(input.min, input.max),
        error: 'Cần một số nguyên trong khoảng cho phép.',
        ...common,
      };
    case 'number':
      return {
        type: 'decimal',
        ...bounds(input.min, input.max),
        error: 'Cần một số trong khoảng cho phép.',
        ...common,
      };
    case 'percent':
      return {
        type: 'decimal',
        ...bounds(input.min ?? 0, input.max ?? 100),
        error: 'Cần một tỉ lệ phần trăm từ 0 đến 100.',
        ...common,
      };
    case 'text':
      return undefined;
  }
}

/** A stored value as the user sees it in the template (Có/Không, the option label). */
function displayValue(sub: SubIndex, input: InputDef, value: InputValue): string | number {
  if (typeof value === 'boolean') return value ? YES : NO;
  if (input.type === 'choice' && typeof value === 'string') {
    return choiceOptionsOf(sub, input).find((o) => o.value === value)?.label ?? value;
  }
  return value;
}

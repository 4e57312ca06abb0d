import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildReportFrameworkFixture } from '../reports/report-data.fixture';
import { convertWithLibreOffice, hasSoffice, skipWithout } from '../reports/document-tools.fixture';
import {
  ENTRY_SHEET,
  META_SHEET,
  readValuesTemplate,
  writeValuesTemplate,
  type ValuesTemplateExpected,
  type ValuesTemplateModel,
} from './values-template';

const framework = buildReportFrameworkFixture();
const model: ValuesTemplateModel = {
  framework,
  set: 'XA',
  unit: { code: '02713', name: 'Xã Sàng Ma Sáo' },
  year: 2023,
  deadline: '2023-12-15',
};
const expected: ValuesTemplateExpected = { framework, set: 'XA', unit: '02713', year: 2023 };

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** The value cell of an input, found the way a person would: by sub-index code and input label. */
function valueCell(ws: ExcelJS.Worksheet, code: string, label: string): ExcelJS.Cell {
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (row.getCell(2).text === code && row.getCell(4).text === label) return row.getCell(6);
  }
  throw new Error(`No row for ${code} / ${label}.`);
}

type Fill = [code: string, label: string, value: ExcelJS.CellValue];

const GOOD: Fill[] = [
  ['1.1', 'Đã ban hành kế hoạch', 'Có'],
  ['1.2', 'Số cuộc họp', 4],
  ['1.3', 'Người chủ trì', 'Phó Chủ tịch'],
  ['2.1', 'Số người có chữ ký số', 18],
  ['2.1', 'Tổng số cán bộ, công chức', 20],
  ['2.2', 'Tỉ lệ (%)', 85.5],
  ['3.1', 'Số dịch vụ', '7'],
  ['3.2', 'Điểm', 16.5],
];

async function filled(fills: Fill[], bytes?: Buffer): Promise<Buffer> {
  const workbook = await load(bytes ?? (await writeValuesTemplate(model)));
  const ws = workbook.getWorksheet(ENTRY_SHEET)!;
  for (const [code, label, value] of fills) valueCell(ws, code, label).value = value;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const GOOD_VALUES = {
  '1.1': { hasPlan: true },
  '1.2': { meetings: 4 },
  '1.3': { chair: 'PHO_CHU_TICH' },
  '2.1': { a: 18, b: 20 },
  '2.2': { p: 85.5 },
  '3.1': { n: 7 },
  '3.2': { points: 16.5 },
};

describe('writeValuesTemplate', () => {
  it("fills in the unit's details and one row per input with a Vietnamese hint", async () => {
    const ws = (await load(await writeValuesTemplate(model))).getWorksheet(ENTRY_SHEET)!;
    expect(ws.getCell('A1').value).toBe('PHIẾU NHẬP SỐ LIỆU CHỈ SỐ CHUYỂN ĐỔI SỐ NĂM 2023');
    expect(ws.getCell('C4').value).toBe('02713');
    expect(ws.getCell('C5').value).toBe('Xã Sàng Ma Sáo');
    expect(ws.getCell('C6').value).toBe('Bộ chỉ số DTI cấp xã (XA)');
    expect(ws.getCell('C7').value).toBe(2023);
    expect(ws.getCell('C8').value).toBe('15/12/2023');
    expect((ws.getRow(11).values as unknown[]).slice(1)).toEqual([
      'STT',
      'Mã chỉ số',
      'Chỉ số thành phần',
      'Nội dung cần nhập',
      'Hướng dẫn',
      'Giá trị',
    ]);
    const a = valueCell(ws, '2.1', 'Số người có chữ ký số');
    expect(ws.getRow(Number(a.row)).getCell(5).text).toBe(
      'Số nguyên ≥ 0. Không lớn hơn "Tổng số cán bộ, công chức".',
    );
    expect(ws.getRow(Number(valueCell(ws, '3.2', 'Điểm').row)).getCell(5).text).toBe(
      'Điểm do Hội đồng chấm, từ 0 đến 20.',
    );
  });

  it('has drop-down lists and range checks as data validation', async () => {
    const ws = (await load(await writeValuesTemplate(model))).getWorksheet(ENTRY_SHEET)!;
    expect(valueCell(ws, '1.1', 'Đã ban hành kế hoạch').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Có,Không"'],
      showErrorMessage: true,
    });
    expect(valueCell(ws, '1.3', 'Người chủ trì').dataValidation).toMatchObject({
      type: 'list',
      formulae: ["'_dti'!$F$2:$F$4"],
    });
    expect(valueCell(ws, '1.2', 'Số cuộc họp').dataValidation).toMatchObject({
      type: 'whole',
      operator: 'greaterThanOrEqual',
      formulae: [0],
    });
    expect(valueCell(ws, '2.2', 'Tỉ lệ (%)').dataValidation).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formulae: [0, 100],
    });
    expect(valueCell(ws, '3.2', 'Điểm').dataValidation).toMatchObject({ type: 'decimal', formulae: [0, 20] });
  });

  it('protects the sheet without a password, only the value cells unlocked; the identity is very hidden', async () => {
    const workbook = await load(await writeValuesTemplate(model));
    const ws = workbook.getWorksheet(ENTRY_SHEET)!;
    // ExcelJS keeps the protection on an untyped property.
    const protection = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true });
    expect(protection).not.toHaveProperty('hashValue');
    const value = valueCell(ws, '1.2', 'Số cuộc họp');
    expect(value.protection).toMatchObject({ locked: false });
    expect(ws.getRow(Number(value.row)).getCell(4).protection?.locked).not.toBe(false);
    const meta = workbook.getWorksheet(META_SHEET)!;
    expect(meta.state).toBe('veryHidden');
    expect((meta.getColumn(2).values as unknown[]).slice(1, 8)).toEqual([
      'dti-values-template',
      '1',
      'LC-TEST-2023',
      'XA',
      '02713',
      'Xã Sàng Ma Sáo',
      2023,
    ]);
  });

  it('pre-fills values already entered, as the user sees them', async () => {
    const bytes = await writeValuesTemplate({
      ...model,
      values: { '1.1': { hasPlan: false }, '1.3': { chair: 'CHU_TICH' } },
    });
    const ws = (await load(bytes)).getWorksheet(ENTRY_SHEET)!;
    expect(valueCell(ws, '1.1', 'Đã ban hành kế hoạch').value).toBe('Không');
    expect(valueCell(ws, '1.3', 'Người chủ trì').value).toBe('Chủ tịch');
    expect(await readValuesTemplate(bytes, expected)).toMatchObject({
      ok: true,
      values: { '1.1': { hasPlan: false }, '1.3': { chair: 'CHU_TICH' } },
    });
  });
});

describe('readValuesTemplate', () => {
  it('reads a filled template back, typed per the framework', async () => {
    expect(await readValuesTemplate(await filled(GOOD), expected)).toEqual({
      ok: true,
      unit: '02713',
      year: 2023,
      framework: 'LC-TEST-2023',
      set: 'XA',
      values: GOOD_VALUES,
    });
  });

  it('reads an empty template as no values', async () => {
    expect(await readValuesTemplate(await writeValuesTemplate(model), expected)).toMatchObject({
      ok: true,
      values: {},
    });
  });

  it('accepts a percent typed as 85% and yes/no without diacritics', async () => {
    const result = await readValuesTemplate(
      await filled([
        ['2.2', 'Tỉ lệ (%)', '85%'],
        ['1.1', 'Đã ban hành kế hoạch', 'khong'],
      ]),
      expected,
    );
    expect(result).toMatchObject({ ok: true, values: { '2.2': { p: 85 }, '1.1': { hasPlan: false } } });
  });

  it('returns the one cell in error and nothing else', async () => {
    const bytes = await filled([...GOOD, ['1.2', 'Số cuộc họp', 'bốn']]);
    const ws = (await load(bytes)).getWorksheet(ENTRY_SHEET)!;
    const address = valueCell(ws, '1.2', 'Số cuộc họp').address;
    expect(await readValuesTemplate(bytes, expected)).toEqual({
      ok: false,
      problems: [
        {
          path: `Sheet Nhập liệu, ô ${address}`,
          code: 'VAL_TYPE',
          message: '"bốn" không phải là số.',
          subIndex: '1.2',
          input: 'meetings',
        },
      ],
    });
  });

  it('lists every problem with its cell: type, range, choice, ratio above one', async () => {
    const bytes = await filled([
      ['1.1', 'Đã ban hành kế hoạch', 'Chưa'],
      ['1.2', 'Số cuộc họp', 2.5],
      ['1.3', 'Người chủ trì', 'Bí thư'],
      ['2.1', 'Số người có chữ ký số', 25],
      ['2.1', 'Tổng số cán bộ, công chức', 20],
      ['2.2', 'Tỉ lệ (%)', 120],
      ['3.2', 'Điểm', 25],
    ]);
    const ws = (await load(bytes)).getWorksheet(ENTRY_SHEET)!;
    const at = (code: string, label: string) => `Sheet Nhập liệu, ô ${valueCell(ws, code, label).address}`;
    const result = await readValuesTemplate(bytes, expected);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.path, p.code])).toEqual([
      [at('1.1', 'Đã ban hành kế hoạch'), 'VAL_TYPE'],
      [at('1.2', 'Số cuộc họp'), 'VAL_TYPE'],
      [at('1.3', 'Người chủ trì'), 'VAL_CHOICE'],
      [at('2.1', 'Số người có chữ ký số'), 'VAL_RATIO_ABOVE_ONE'],
      [at('2.2', 'Tỉ lệ (%)'), 'VAL_RANGE'],
      [at('3.2', 'Điểm'), 'VAL_MANUAL_ABOVE_MAX'],
    ]);
    expect(result.problems[2]!.message).toBe(
      '"Bí thư" không có trong danh sách: Chủ tịch; Phó Chủ tịch; Khác.',
    );
    expect(result.problems[3]!.message).toContain('Tử số (25) lớn hơn mẫu số (20)');
  });

  it('refuses a template made for another unit, year or framework', async () => {
    const other = await writeValuesTemplate({
      ...model,
      unit: { code: '02716', name: 'Xã Bản Xèo' },
      year: 2022,
    });
    const result = await readValuesTemplate(other, expected);
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: 'Sheet _dti',
          code: 'TEMPLATE_MISMATCH',
          message:
            'Phiếu này không dành cho kỳ nhập liệu đang mở: đơn vị 02716 (Xã Bản Xèo) thay vì 02713; năm 2022 thay vì 2023. Hãy nộp đúng phiếu của đơn vị và năm đánh giá.',
        },
      ],
    });
  });

  it('refuses a workbook without a readable hidden sheet, and bytes that are not a workbook', async () => {
    const workbook = await load(await filled(GOOD));
    workbook.removeWorksheet(workbook.getWorksheet(META_SHEET)!.id);
    const result = await readValuesTemplate(Buffer.from(await workbook.xlsx.writeBuffer()), expected);
    expect(result).toMatchObject({
      ok: false,
      problems: [{ path: 'Sheet _dti', code: 'TEMPLATE_UNREADABLE' }],
    });
    expect(await readValuesTemplate(Buffer.from('not a workbook'), expected)).toMatchObject({
      ok: false,
      problems: [{ code: 'TEMPLATE_UNREADABLE' }],
    });
  });

  // LibreOffice saves the file the way users' software does; skipped where it is not installed.
  it.skipIf(skipWithout(hasSoffice))('reads a template filled and saved again by LibreOffice', async () => {
    const saved = await convertWithLibreOffice(await filled(GOOD), 'xlsx', 'xlsx');
    const result = await readValuesTemplate(saved, expected);
    expect(result).toMatchObject({ ok: true, values: GOOD_VALUES });
    const ws = (await load(saved)).getWorksheet(ENTRY_SHEET)!;
    expect(valueCell(ws, '1.1', 'Đã ban hành kế hoạch').dataValidation).toMatchObject({ type: 'list' });
  });
});

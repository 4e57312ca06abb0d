import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommand } from './export.command';
import { buildCliFixture, type CliFixture } from './export.command.fixture';
import { importCommand } from './import.command';
import { templateCommand } from './template.command';

let f: CliFixture;
beforeAll(async () => {
  f = await buildCliFixture([exportCommand, importCommand, templateCommand]);
}, 180_000);
afterAll(async () => f?.close());

describe('dti export results', () => {
  it('writes the workbook, CSV, JSON, PDF summary, scorecard and annex of a year', async () => {
    const xlsx = await f.run(['export', 'results', '2023', '--format', 'xlsx', '--out', 'kq.xlsx']);
    expect(xlsx).toMatchObject({ code: 0, err: '' });
    expect(xlsx.out).toContain('Đã ghi');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(join(f.dir, 'kq.xlsx'))) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toContain('Cấp xã');

    const json = await f.run(['export', 'results', '2022', '--format', 'json', '--out', '-']);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.out) as { year: number; source: string; decisionNumber: string };
    expect(parsed).toMatchObject({ year: 2022, source: 'snapshot', decisionNumber: '684/QĐ-UBND' });

    const csv = await f.run(['export', 'results', '2023', '--format', 'csv', '--out', '-']);
    expect(csv.out.split('\n')[0]).toMatch(/^set,group,rank,group_rank,code,name,total/);

    const card = await f.run(['export', 'results', '2023', '--format', 'pdf', '--unit', f.communes[0]!]);
    expect(card.code).toBe(0);
    const pdf = await readFile(join(f.dir, `dti-2023-${f.communes[0]}.pdf`));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    const annex = await f.run(['export', 'results', '2022', '--format', 'docx']);
    expect(annex.code).toBe(0);
    expect((await readFile(join(f.dir, 'dti-2022-phu-luc.docx'))).subarray(0, 2).toString()).toBe('PK');
  }, 120_000);

  it('answers bad arguments with the usage and exit code 2, a missing year with 1', async () => {
    const bad = await f.run(['export', 'results', '2023', '--format', 'odt']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Cách dùng: dti export results');
    expect((await f.run(['export', 'results', '2023', '--format', 'csv', '--unit', 'x'])).code).toBe(2);
    const missing = await f.run(['export', 'results', '2031', '--format', 'csv']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('Lỗi [NOT_FOUND]');
  }, 60_000);
});

describe('dti template and dti import values', () => {
  it('round trip: the template filled in is imported, a bad cell is named and nothing stored', async () => {
    const code = f.communes[2]!;
    const made = await f.run(['template', '2023', code, '--out', 'phieu.xlsx']);
    expect(made).toMatchObject({ code: 0, err: '' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(join(f.dir, 'phieu.xlsx'))) as unknown as ArrayBuffer);
    const ws = workbook.getWorksheet('Nhập liệu')!;
    let meetingsRow = 0;
    ws.eachRow((row, r) => {
      if (row.getCell(2).text === '1.2') meetingsRow = r;
    });
    ws.getRow(meetingsRow).getCell(6).value = 13;
    await workbook.xlsx.writeFile(join(f.dir, 'phieu-dien.xlsx'));
    const imported = await f.run(['import', 'values', 'phieu-dien.xlsx']);
    expect(imported).toMatchObject({ code: 0, err: '' });
    expect(imported.out).toContain(`Đã nhập phiếu của đơn vị ${code}, năm 2023`);
    expect(imported.out).toContain('1.2');

    ws.getRow(meetingsRow).getCell(6).value = 'mười';
    await workbook.xlsx.writeFile(join(f.dir, 'phieu-loi.xlsx'));
    const refused = await f.run(['import', 'values', 'phieu-loi.xlsx']);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('Lỗi [IMPORT_REJECTED]');
    expect(refused.err).toContain(`Sheet Nhập liệu, ô F${meetingsRow}`);
  }, 120_000);

  it('answers bad arguments with exit code 2 and a missing file with 1', async () => {
    expect((await f.run(['template', '2023'])).code).toBe(2);
    expect((await f.run(['import', 'values'])).code).toBe(2);
    const missing = await f.run(['import', 'values', 'khong-co.xlsx']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('không mở được tệp');
  });
});

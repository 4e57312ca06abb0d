import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildResultsModel } from './report-data.fixture';
import { convertWithLibreOffice, hasSoffice, skipWithout } from './document-tools.fixture';
import { writeResultsCsv, writeResultsWorkbook } from './index';
import { DETAIL_HEADER_ROWS, POINTS_FORMAT, RANKING_HEADER_ROW } from './results-workbook';

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

const rowValues = (ws: ExcelJS.Worksheet, r: number): unknown[] =>
  (ws.getRow(r).values as unknown[]).slice(1);

describe('writeResultsWorkbook', () => {
  it('has a ranking sheet per group and a sub-index sheet per set', async () => {
    const workbook = await load(await writeResultsWorkbook(buildResultsModel()));
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      'Sở ban ngành có TTHC',
      'Cấp xã',
      'Chi tiết TINH_CO_TTHC',
      'Chi tiết XA',
    ]);
  });

  it('prints the title block with the framework and its provenance', async () => {
    const ws = (await load(await writeResultsWorkbook(buildResultsModel()))).getWorksheet('Cấp xã')!;
    expect(ws.getCell('A1').value).toBe('ỦY BAN NHÂN DÂN TỈNH LÀO CAI');
    expect(ws.getCell('A2').value).toBe('KẾT QUẢ XÁC ĐỊNH VÀ XẾP HẠNG CHỈ SỐ CHUYỂN ĐỔI SỐ NĂM 2023');
    expect(ws.getCell('A4').text).toContain('Quyết định số 3019/QĐ-UBND ngày 28/11/2023');
    expect(ws.getCell('A4').text).toContain('bộ chỉ số tái dựng');
  });

  it('writes ranks, levels and index points as real numbers with two decimals', async () => {
    const ws = (await load(await writeResultsWorkbook(buildResultsModel()))).getWorksheet('Cấp xã')!;
    expect(rowValues(ws, RANKING_HEADER_ROW)).toEqual([
      'STT',
      'Mã',
      'Đơn vị',
      'Nhóm',
      'Điểm',
      'Tỉ lệ (%)',
      'Mức độ',
      'Xếp hạng',
      'Xếp hạng trong nhóm',
      '1. Nhận thức số (30)',
      '2. Hạ tầng số (30)',
      '3. Hoạt động chính quyền số (40)',
    ]);
    expect(rowValues(ws, RANKING_HEADER_ROW + 2)).toEqual([
      2,
      '02713',
      'Xã Sàng Ma Sáo',
      'Huyện Bát Xát',
      86.25,
      86.25,
      'Dẫn dắt',
      2,
      1,
      30,
      26.25,
      30,
    ]);
    expect(ws.getCell(RANKING_HEADER_ROW + 2, 5).numFmt).toBe(POINTS_FORMAT);
    expect(ws.getCell(RANKING_HEADER_ROW + 2, 6).numFmt).toBe(POINTS_FORMAT);
  });

  it('freezes the headers and sets up A4 landscape printing with print titles, fit to width', async () => {
    const ws = (await load(await writeResultsWorkbook(buildResultsModel()))).getWorksheet(
      'Sở ban ngành có TTHC',
    )!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: RANKING_HEADER_ROW });
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${RANKING_HEADER_ROW}:${RANKING_HEADER_ROW}`,
    });
    expect(ws.getColumn(3).width).toBeGreaterThan(30);
  });

  it('lists every sub-index with codes, names and maximum points, missing and excluded marked', async () => {
    const ws = (await load(await writeResultsWorkbook(buildResultsModel()))).getWorksheet('Chi tiết XA')!;
    expect(rowValues(ws, DETAIL_HEADER_ROWS.codes).slice(4)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '2.1',
      '2.2',
      '3.1',
      '3.2',
    ]);
    expect(ws.getCell(DETAIL_HEADER_ROWS.names, 5).value).toBe('Ban hành kế hoạch chuyển đổi số năm');
    expect(rowValues(ws, DETAIL_HEADER_ROWS.max).slice(4)).toEqual([10, 10, 10, 15, 15, 20, 20]);
    const firstUnit = DETAIL_HEADER_ROWS.max + 1;
    expect(rowValues(ws, firstUnit + 1).slice(0, 4)).toEqual([2, '02713', 'Xã Sàng Ma Sáo', 86.25]);
    expect(rowValues(ws, firstUnit + 1).slice(4)).toEqual([10, 10, 10, 13.5, 12.75, 14, 16]);
    // Xã Mường Hum: 1.2 not entered, 2.1 excluded (0 of 0 officials).
    const muongHum = ws.getRow(firstUnit + 3);
    expect(muongHum.getCell(3).value).toBe('Xã Mường Hum');
    expect(muongHum.getCell(6).value).toBeNull();
    expect(muongHum.getCell(8).value).toBe('—');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: DETAIL_HEADER_ROWS.max });
    expect(ws.pageSetup.printTitlesRow).toBe(`${DETAIL_HEADER_ROWS.codes}:${DETAIL_HEADER_ROWS.max}`);
  });

  // LibreOffice opens the workbook as users' software does; skipped where it is not installed.
  it.skipIf(skipWithout(hasSoffice))('opens in LibreOffice with the numbers intact', async () => {
    const bytes = await convertWithLibreOffice(
      await writeResultsWorkbook(buildResultsModel()),
      'xlsx',
      'xlsx',
    );
    const ws = (await load(bytes)).getWorksheet('Cấp xã')!;
    expect(ws.getCell(RANKING_HEADER_ROW + 2, 3).value).toBe('Xã Sàng Ma Sáo');
    expect(ws.getCell(RANKING_HEADER_ROW + 2, 5).value).toBe(86.25);
  });
});

describe('writeResultsCsv', () => {
  it('writes UTF-8 with a byte-order mark, one row per unit and set', async () => {
    const bytes = await writeResultsCsv(buildResultsModel());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'set,group,rank,group_rank,code,name,total,percent,level,level_name,provenance,index_1,index_2,index_3',
    );
    expect(lines).toHaveLength(1 + 3 + 4);
    expect(lines).toContain(
      'XA,082,2,1,02713,Xã Sàng Ma Sáo,86.25,86.25,DAN_DAT,Dẫn dắt,reconstructed,30,26.25,30',
    );
    expect(lines).toContain(
      'TINH_CO_TTHC,,1,,S01,Sở Lao động - Thương binh và Xã hội,90.5,90.5,DAN_DAT,Dẫn dắt,reconstructed,30,27,33.5',
    );
  });

  it('quotes names with commas', async () => {
    const model = buildResultsModel();
    model.unitNames = { S02: 'Sở Thông tin, Truyền thông' };
    const text = (await writeResultsCsv(model)).toString('utf8');
    expect(text).toContain(',"Sở Thông tin, Truyền thông",');
  });
});

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { validateFramework, type Framework, type SubIndex } from '@dti/core';
import { hasSoffice, skipWithout } from '../reports/document-tools.fixture';
import { readFrameworkWorkbook, writeFrameworkWorkbook } from './index';

const run = promisify(execFile);

/** Every method type, every optional field, codes that look like numbers (1.10), decimals, line breaks. */
const full: Framework = {
  formatVersion: 1,
  id: 'LC-TEST-2024',
  title: 'Bộ chỉ số thử nghiệm chuyển đổi số tỉnh Lào Cai',
  decision: { number: '9999/QĐ-UBND', date: '2024-01-05', issuer: 'UBND tỉnh Lào Cai' },
  replaces: 'LC-3019-2023',
  provenance: 'reconstructed',
  rankPrecision: 2,
  levels: [
    { code: 'DAN_DAT', name: 'Dẫn dắt', abovePercent: 75 },
    { code: 'NANG_CAO', name: 'Nâng cao', abovePercent: 50.5 },
    { code: 'KHOI_DONG', name: 'Khởi động', abovePercent: null },
  ],
  sets: [
    {
      id: 'XA',
      name: 'Bộ chỉ số DTI cấp xã',
      unitKind: 'commune',
      maxPoints: 232.5,
      pillars: [
        { code: 'CQS', name: 'Chính quyền số' },
        { code: 'KTS', name: 'Kinh tế số' },
      ],
      indices: [
        {
          code: '1',
          name: 'Nhận thức số',
          maxPoints: 112.5,
          pillars: ['CQS', 'KTS'],
          subIndices: [
            {
              code: '1.1',
              name: 'Ban chỉ đạo chuyển đổi số cấp xã họp trong năm',
              maxPoints: 20,
              tags: [],
              introducedIn: 'LC-2644-2022',
              replacesCodes: ['1.1'],
              inputs: [{ key: 'meetings', label: 'Số cuộc họp trong năm', type: 'integer', min: 0, max: 12 }],
              method: {
                type: 'steps',
                input: 'meetings',
                steps: [
                  { atLeast: 4, points: 20 },
                  { atLeast: 1, points: 5 },
                ],
              },
              description: '4 cuộc họp: 20 điểm;\n1 cuộc họp: 5 điểm.',
              evidence: 'Thông báo kết luận các cuộc họp (số hiệu, ngày, trích yếu)',
              source: 'UBND cấp xã cung cấp',
              verifier: 'Phòng Văn hóa và Thông tin cấp huyện',
            },
            sub(
              '1.2',
              { type: 'boolean', input: 'ok' },
              [{ key: 'ok', label: 'Có chuyên mục?', type: 'boolean' }],
              {
                tags: ['ATTT', 'DVCTT'],
                replacesCodes: ['1.3', '1,4 (cũ)'],
                description: '= a/b × Điểm tối đa',
              },
            ),
            sub(
              '1.10',
              {
                type: 'ratio',
                numerator: 'a',
                denominator: 'b',
                target: 0.8,
                whenZeroDenominator: 'full',
                allowAboveOne: true,
              },
              [
                {
                  key: 'a',
                  label: 'Số văn bản do người đứng đầu ký',
                  type: 'integer',
                  min: 0,
                  hint: 'Đếm cả phụ lục',
                },
                { key: 'b', label: 'Tổng số văn bản', type: 'integer' },
              ],
              { maxPoints: 12.5 },
            ),
            sub('1.11', { type: 'ratio', numerator: 'a', denominator: 'b' }, [
              { key: 'a', label: 'a', type: 'number' },
              { key: 'b', label: 'b', type: 'number' },
            ]),
            sub('1.12', { type: 'percent', input: 'p', target: 90 }, [
              { key: 'p', label: 'Tỷ lệ', type: 'percent', min: 0, max: 100 },
            ]),
            sub('1.13', { type: 'percent', input: 'p' }, [{ key: 'p', label: 'Tỷ lệ', type: 'percent' }]),
          ],
        },
        {
          code: '2',
          name: 'Hoạt động kinh tế số',
          maxPoints: 120,
          pillars: [],
          subIndices: [
            sub(
              '2.1',
              {
                type: 'choice',
                input: 'chair',
                options: [
                  { value: 'chairman', label: 'Chủ tịch chủ trì', fraction: 1 },
                  { value: 'deputy', label: 'Phó Chủ tịch chủ trì', fraction: 0.5 },
                ],
              },
              [{ key: 'chair', label: 'Người chủ trì', type: 'choice' }],
            ),
            sub(
              '2.2',
              {
                type: 'parts',
                parts: [
                  { input: 'x', fraction: 0.25 },
                  { input: 'y', fraction: 0.75 },
                ],
              },
              [
                { key: 'x', label: 'Dự đủ các phiên', type: 'boolean' },
                { key: 'y', label: 'Chủ trì họp', type: 'boolean' },
              ],
            ),
            sub('2.3', { type: 'count', input: 'n', pointsEach: 2.5 }, [
              { key: 'n', label: 'Số mô hình', type: 'integer' },
            ]),
            sub('2.4', { type: 'relative', input: 'v' }, [{ key: 'v', label: 'Doanh thu', type: 'number' }]),
            sub('2.5', { type: 'manual' }, [{ key: 'note', label: 'Ghi chú', type: 'text' }]),
            sub('2.6', { type: 'manual' }, [], { maxPoints: 20 }),
            sub('2.7', { type: 'none' }, [{ key: 'n', label: 'Số hộ', type: 'integer' }], { maxPoints: 0 }),
          ],
        },
      ],
    },
    {
      id: 'TINH_CO_TTHC',
      name: 'Bộ chỉ số DTI cơ quan cấp tỉnh có TTHC',
      unitKind: 'province_agency_tthc',
      maxPoints: 20,
      pillars: [],
      indices: [
        {
          code: 'A',
          name: 'Nhận thức số',
          maxPoints: 20,
          subIndices: [sub('A.1', { type: 'manual' }, [])],
        },
      ],
    },
  ],
};

/** No decision, no replaces, no pillars anywhere, no optional sub-index field: all must stay absent. */
const minimal: Framework = {
  formatVersion: 1,
  id: 'MIN',
  title: 'Tối thiểu',
  provenance: 'official',
  rankPrecision: 0,
  levels: [{ code: 'K', name: 'Khởi động', abovePercent: null }],
  sets: [
    {
      id: 'S',
      name: 'Bộ',
      unitKind: 'district',
      maxPoints: 20,
      indices: [{ code: '1', name: 'Một', maxPoints: 20, subIndices: [sub('1.1', { type: 'manual' }, [])] }],
    },
  ],
};

function sub(
  code: string,
  method: SubIndex['method'],
  inputs: SubIndex['inputs'],
  extra: Partial<SubIndex> = {},
): SubIndex {
  return { code, name: `Chỉ số thành phần ${code}`, maxPoints: 20, inputs, method, ...extra };
}

async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

async function saveWorkbook(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

describe('framework workbook', () => {
  it('round-trips a framework with every method type and optional field', async () => {
    const bytes = await writeFrameworkWorkbook(full);
    const result = await readFrameworkWorkbook(bytes);
    expect(result).toStrictEqual({ ok: true, raw: full });
    expect(result.ok && validateFramework(result.raw)).toMatchObject({ ok: true, framework: full });
    await expect(readFrameworkWorkbook(new Uint8Array(bytes))).resolves.toStrictEqual({
      ok: true,
      raw: full,
    });
  });

  it('keeps absent optional fields absent', async () => {
    const result = await readFrameworkWorkbook(await writeFrameworkWorkbook(minimal));
    expect(result).toStrictEqual({ ok: true, raw: minimal });
  });

  it('lays sheets out like the official tables', async () => {
    const workbook = await loadWorkbook(await writeFrameworkWorkbook(full));
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Thông tin', 'XA', 'TINH_CO_TTHC']);
    const xa = sheet(workbook, 'XA');
    const header = xa.getRow(2).values as unknown[];
    expect(header.slice(1, 9)).toEqual([
      'STT',
      'Chỉ số / Chỉ số thành phần',
      'Điểm tối đa',
      'Cách xác định và tính điểm',
      'Tài liệu kiểm chứng',
      'Nguồn thu thập dữ liệu',
      'Đơn vị phối hợp xác minh',
      'Cột dành cho máy — không sửa',
    ]);
    expect(header.slice(9)).toEqual([
      'code',
      'kind',
      'pillars',
      'tags',
      'introducedIn',
      'replacesCodes',
      'inputs',
      'method',
    ]);
    const indexRow = xa.getRow(3);
    expect([indexRow.getCell(1).value, indexRow.getCell(2).value, indexRow.getCell(3).value]).toEqual([
      'I',
      'Nhận thức số',
      112.5,
    ]);
    expect(indexRow.getCell(2).font.bold).toBe(true);
    expect(indexRow.getCell(4).value).toBe('Trụ cột: Chính quyền số, Kinh tế số');
    expect(xa.getRow(4).getCell(1).value).toBe('1.1');
    expect(xa.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(xa.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1 });
    expect(xa.getColumn(2).width).toBeGreaterThan(30);
  });

  it('reads cells left as rich text, formula results and numbers typed as text', async () => {
    const workbook = await loadWorkbook(await writeFrameworkWorkbook(full));
    const xa = sheet(workbook, 'XA');
    xa.getCell('B4').value = {
      richText: [
        { text: 'Ban chỉ đạo chuyển đổi số ', font: { bold: true } },
        { text: 'cấp xã họp trong năm' },
      ],
    };
    xa.getCell('C4').value = { formula: '10+10', result: 20 };
    xa.getCell('C5').value = ' 20 ';
    xa.getCell('I4').value = { richText: [{ text: '1.1' }] };
    const info = sheet(workbook, 'Thông tin');
    info.getCell('B11').value = '2';
    const result = await readFrameworkWorkbook(await saveWorkbook(workbook));
    expect(result).toStrictEqual({ ok: true, raw: full });
  });

  it('lists every problem with sheet, row and column', async () => {
    const workbook = await loadWorkbook(await writeFrameworkWorkbook(full));
    const xa = sheet(workbook, 'XA');
    xa.getCell('C4').value = 'hai mươi';
    xa.getCell('B5').value = null;
    xa.getCell('O6').value = '[{"key": ';
    xa.getCell('P7').value = '[]';
    xa.getCell('J8').value = 'sub';
    const info = sheet(workbook, 'Thông tin');
    info.getCell('B11').value = 'hai';
    workbook.removeWorksheet(sheet(workbook, 'TINH_CO_TTHC').id);
    const result = await readFrameworkWorkbook(await saveWorkbook(workbook));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.path, p.code])).toEqual([
      ['Sheet Thông tin, hàng 11, cột Giá trị', 'FW_TYPE'],
      ['Sheet XA, hàng 4, cột Điểm tối đa', 'FW_TYPE'],
      ['Sheet XA, hàng 5, cột Chỉ số / Chỉ số thành phần', 'FW_REQUIRED'],
      ['Sheet XA, hàng 6, cột inputs', 'FW_PARSE'],
      ['Sheet XA, hàng 7, cột method', 'FW_TYPE'],
      ['Sheet XA, hàng 8, cột kind', 'FW_TYPE'],
      ['Sheet Thông tin, hàng 22, cột Trang tính', 'FW_WORKBOOK_LAYOUT'],
    ]);
    for (const problem of result.problems) expect(problem.message).toMatch(/[ạảãáàâăđêôơưố]/);
  });

  it('rejects a file that is not a workbook, or has no info sheet', async () => {
    const garbage = await readFrameworkWorkbook(Buffer.from('không phải excel'));
    expect(garbage).toMatchObject({ ok: false, problems: [{ path: '$', code: 'FW_PARSE' }] });
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('XA');
    const empty = await readFrameworkWorkbook(await saveWorkbook(workbook));
    expect(empty).toMatchObject({
      ok: false,
      problems: [{ path: 'Sheet Thông tin', code: 'FW_WORKBOOK_LAYOUT' }],
    });
  });

  it('reports missing columns and set sheets not in the set list', async () => {
    const workbook = await loadWorkbook(await writeFrameworkWorkbook(minimal));
    const copy = workbook.addWorksheet('S2');
    copy.getRow(1).values = ['STT', 'kind'];
    const result = await readFrameworkWorkbook(await saveWorkbook(workbook));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(['Sheet S2']);
  });

  // LibreOffice is how users' software opens the file. CI installs it with `apt-get install -y
  // libreoffice-calc`; on a developer's machine without it this test is skipped, under CI it fails.
  it.skipIf(skipWithout(hasSoffice))(
    'round-trips through LibreOffice',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'dti-fw-workbook-'));
      try {
        const input = join(dir, 'framework.xlsx');
        await writeFile(input, await writeFrameworkWorkbook(full));
        const outDir = join(dir, 'out');
        const profile = pathToFileURL(join(dir, `lo-${Math.random().toString(36).slice(2)}`)).href;
        await run(
          'soffice',
          [
            `-env:UserInstallation=${profile}`,
            '--headless',
            '--convert-to',
            'xlsx',
            '--outdir',
            outDir,
            input,
          ],
          { timeout: 120_000 },
        );
        const converted = await readFile(join(outDir, 'framework.xlsx'));
        await expect(readFrameworkWorkbook(converted)).resolves.toStrictEqual({ ok: true, raw: full });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../shared/actor';
import { AppError } from '../shared/app-error';
import { buildResultsModel, GROUP_NAMES } from './documents.service';
import {
  buildCycleFixture,
  DECISION_2022,
  fixtureActor,
  type CycleFixture,
} from './documents.service.fixture';

let f: CycleFixture;
beforeAll(async () => {
  f = await buildCycleFixture();
}, 120_000);
afterAll(async () => f?.close());

const anonymous: Actor = { kind: 'anonymous' };

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

/** The value cell of an input on the entry sheet, by sub-index code and input label. */
function valueCell(ws: ExcelJS.Worksheet, code: string, label: string): ExcelJS.Cell {
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (row.getCell(2).text === code && row.getCell(4).text.startsWith(label)) return row.getCell(6);
  }
  throw new Error(`No row for ${code} / ${label}.`);
}

async function fillTemplate(bytes: Buffer, fills: [string, string, ExcelJS.CellValue][]): Promise<Buffer> {
  const workbook = await load(bytes);
  const ws = workbook.getWorksheet('Nhập liệu')!;
  for (const [code, label, value] of fills) valueCell(ws, code, label).value = value;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function unitItems(year: number, code: string) {
  const period = await f.store.repos.periods.findPeriodByYear(year);
  const [unit] = await f.store.repos.units.findUnitsByCodes([code]);
  return new Map(
    (await f.store.repos.assessments.listUnitItems(period!.id, unit!.id)).map((i) => [i.subCode, i]),
  );
}

describe('results of a year', () => {
  it('writes a workbook whose ranking sheets hold the numbers of resultsForCli, one per set, in Vietnamese', async () => {
    const file = await f.documents.exportResults(fixtureActor, 2023, 'xlsx');
    expect(file.fileName).toBe('dti-2023.xlsx');
    const workbook = await load(file.bytes);
    const sets = await f.services.results.resultsForCli(2023);
    const names = workbook.worksheets.map((w) => w.name);
    expect(names.slice(0, sets.length)).toEqual([
      'Sở, ban, ngành có TTHC',
      'Sở, ban, ngành không có TTHC',
      'Cấp huyện',
      'Cơ quan cấp huyện',
      'Cấp xã',
    ]);
    const xa = sets.find((s) => s.set === 'XA')!;
    const ws = workbook.getWorksheet(GROUP_NAMES.commune)!;
    const header = (ws.getRow(6).values as unknown[]).map((v) => (typeof v === 'string' ? v : ''));
    const col = (name: string) => header.indexOf(name);
    expect(col('Nhóm')).toBeGreaterThan(0);
    const rows = xa.units.map((_, i) => ws.getRow(7 + i));
    expect(rows.map((r) => r.getCell(col('Mã')).value)).toEqual(xa.units.map((u) => u.code));
    expect(rows.map((r) => r.getCell(col('Điểm')).value)).toEqual(xa.units.map((u) => u.total));
    expect(rows.map((r) => r.getCell(col('Xếp hạng')).value)).toEqual(xa.units.map((u) => u.rank));
    // Communes are grouped by district, named in Vietnamese.
    const first = xa.units.find((u) => f.communes.includes(u.code))!;
    const row = rows[xa.units.indexOf(first)]!;
    expect(row.getCell(col('Nhóm')).text).toMatch(/^(Thành phố|Huyện|Thị xã) /);
    expect(
      xa.units
        .filter((u) => u.total > 0)
        .map((u) => u.code)
        .sort(),
    ).toEqual([...f.communes].sort());
  });

  it('writes the same results as CSV and JSON', async () => {
    const sets = await f.services.results.resultsForCli(2023);
    const csv = (await f.documents.exportResults(fixtureActor, 2023, 'csv')).bytes.toString('utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(1 + sets.reduce((n, s) => n + s.units.length, 0));
    const xa = sets.find((s) => s.set === 'XA')!;
    const top = xa.units[0]!;
    expect(lines).toContain(
      lines.find((l) => l.startsWith(`XA,${top.group ?? ''},${top.rank},`) && l.includes(`,${top.code},`)),
    );
    const json = JSON.parse(
      (await f.documents.exportResults(fixtureActor, 2023, 'json')).bytes.toString('utf8'),
    ) as {
      source: string;
      sets: unknown;
      state: string;
    };
    expect(json.source).toBe('live');
    expect(json.state).toBe('open');
    expect(json.sets).toEqual(sets);
  });

  it('gives the public only published years, from the snapshot', async () => {
    expect((await failure(f.documents.exportResults(anonymous, 2023, 'csv'))).code).toBe('NOT_FOUND');
    expect((await failure(f.documents.exportResults(anonymous, 2030, 'json'))).code).toBe('NOT_FOUND');
    const json = JSON.parse(
      (await f.documents.exportResults(anonymous, 2022, 'json')).bytes.toString('utf8'),
    ) as {
      source: string;
      sets: unknown;
      decisionNumber: string;
    };
    expect(json.source).toBe('snapshot');
    expect(json.decisionNumber).toBe(DECISION_2022.decisionNumber);
    expect(json.sets).toEqual(await f.services.results.publishedResults(2022));
    expect((await failure(f.documents.exportResults(anonymous, 2022, 'pdf'))).code).toBe('FORBIDDEN');
  });

  it('takes the decision of the annex from the approval, and writes the summary PDF and the DOCX annex', async () => {
    const results = await f.documents.yearResults(fixtureActor, 2022);
    const model = await buildResultsModel(f.store.repos, results, undefined);
    expect(model.approval).toEqual({
      number: DECISION_2022.decisionNumber,
      date: DECISION_2022.decisionDate,
    });
    const docx = await f.documents.exportResults(fixtureActor, 2022, 'docx');
    expect(docx.bytes.subarray(0, 2).toString()).toBe('PK');
    const pdf = await f.documents.exportResults(fixtureActor, 2023, 'pdf');
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);
});

describe('scorecard', () => {
  it('lists strengths from findStrengths and compares with last year across the two frameworks', async () => {
    const code = f.communes[7]!;
    const { model, trend } = await f.documents.scorecardModel(fixtureActor, 2023, code);
    expect(model.set.id).toBe('XA');
    expect(model.set.groupName).toBe('Cấp xã');
    expect(model.set.previous?.framework).toBe('LC-2644-2022');
    expect(trend?.fromFramework).toBe('LC-2644-2022');
    expect(trend?.toFramework).toBe('LC-3019-2023');
    // When findStrengths finds nothing the scorecard lists the strongest main indices itself.
    const found = await f.analysis.strengths(fixtureActor, 2023, code);
    const lines = (items: { code: string; name: string; explanation: string }[]) =>
      items.map((i) => `${i.code}. ${i.name}: ${i.explanation}`);
    if (found.report.strengths.length + found.report.weaknesses.length === 0) {
      expect(model.strengths).toBeUndefined();
    } else {
      expect(model.strengths).toEqual(lines(found.report.strengths));
      expect(model.weaknesses).toEqual(lines(found.report.weaknesses));
    }
    const pdf = await f.documents.scorecardPdf(fixtureActor, 2023, code);
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it("lets a unit's own staff read its scorecard before publication, not another unit's", async () => {
    const [own, other] = await f.store.repos.units.findUnitsByCodes([f.communes[0]!, f.communes[1]!]);
    const officer: Actor = {
      kind: 'user',
      userId: 1,
      username: 'can-bo',
      role: 'unit_officer',
      unitId: own!.id,
      unitCode: own!.code,
    };
    await expect(f.documents.scorecardModel(officer, 2023, own!.code)).resolves.toBeDefined();
    expect((await failure(f.documents.scorecardModel(officer, 2023, other!.code))).code).toBe('NOT_FOUND');
    await expect(f.documents.scorecardModel(officer, 2022, other!.code)).resolves.toBeDefined();
  });
});

describe('data-entry template', () => {
  it('round trip: the values filled in are stored, and a second import changes nothing', async () => {
    const code = f.communes[2]!;
    const before = await unitItems(2023, code);
    const template = await f.documents.template(fixtureActor, 2023, code);
    expect(template.fileName).toBe(`phieu-nhap-lieu-2023-${code}.xlsx`);
    f.clock.now = new Date('2023-11-02T03:00:00Z');
    const filled = await fillTemplate(template.bytes, [
      ['1.2', 'Số cuộc họp', 7],
      ['1.3', 'Số cuộc họp về chuyển đổi số do người đứng đầu', 3],
      ['1.3', 'Tổng số cuộc họp về chuyển đổi số', 7],
    ]);
    const done = await f.documents.importTemplate(fixtureActor, filled, { year: 2023, unitCode: code });
    expect(done.saved.sort()).toEqual(['1.2', '1.3']);
    const items = await unitItems(2023, code);
    expect(items.get('1.2')?.values).toEqual({ meetings: 7 });
    expect(items.get('1.3')?.values).toEqual({ chaired: 3, meetings: 7 });
    expect(items.get('1.2')?.version).toBe((before.get('1.2')?.version ?? 0) + 1);
    const again = await f.documents.importTemplate(fixtureActor, filled);
    expect(again.saved).toEqual([]);
    expect(again.unit).toBe(code);
  });

  it('stores nothing from a template with one bad cell, and names the cell', async () => {
    const code = f.communes[3]!;
    const before = await unitItems(2023, code);
    const template = await f.documents.template(fixtureActor, 2023, code);
    const filled = await fillTemplate(template.bytes, [
      ['1.2', 'Số cuộc họp', 9],
      ['1.6', 'Số tin, bài', 'nhiều'],
    ]);
    const error = await failure(
      f.documents.importTemplate(fixtureActor, filled, { year: 2023, unitCode: code }),
    );
    expect(error.code).toBe('IMPORT_REJECTED');
    expect(error.details).toHaveLength(1);
    expect(error.details[0]?.path).toMatch(/^Sheet Nhập liệu, ô F\d+$/);
    expect(error.details[0]?.message).toContain('nhiều');
    const after = await unitItems(2023, code);
    expect([...after.values()].map((i) => i.version)).toEqual([...before.values()].map((i) => i.version));
  });

  it("refuses another unit's template", async () => {
    const template = await f.documents.template(fixtureActor, 2023, f.communes[4]!);
    const error = await failure(
      f.documents.importTemplate(fixtureActor, template.bytes, { year: 2023, unitCode: f.communes[5]! }),
    );
    expect(error.code).toBe('IMPORT_REJECTED');
    expect(error.details[0]?.code).toBe('TEMPLATE_MISMATCH');
    expect(error.details[0]?.message).toContain(f.communes[4]!);
  });

  it('reports an item saved since the template was made as a conflict, and stores nothing', async () => {
    const code = f.communes[5]!;
    f.clock.now = new Date('2023-11-03T03:00:00Z');
    const template = await f.documents.template(fixtureActor, 2023, code);
    f.clock.now = new Date('2023-11-03T04:00:00Z');
    const current = (await unitItems(2023, code)).get('1.2');
    await f.services.assessment.saveItem(fixtureActor, 2023, code, '1.2', {
      values: { meetings: 11 },
      baseVersion: current?.version ?? 0,
    });
    const filled = await fillTemplate(template.bytes, [
      ['1.2', 'Số cuộc họp', 5],
      ['1.6', 'Số tin, bài', 12],
    ]);
    const error = await failure(
      f.documents.importTemplate(fixtureActor, filled, { year: 2023, unitCode: code }),
    );
    expect(error.code).toBe('VERSION_CONFLICT');
    expect(error.details).toHaveLength(1);
    expect(error.details[0]?.path).toMatch(/^Sheet Nhập liệu, ô F\d+$/);
    expect(error.details[0]?.message).toContain('1.2');
    const items = await unitItems(2023, code);
    expect(items.get('1.2')?.values).toEqual({ meetings: 11 });
    expect(items.get('1.6')?.values).not.toEqual({ articles: 12 });
  });

  it("refuses another unit's staff", async () => {
    const [own] = await f.store.repos.units.findUnitsByCodes([f.communes[0]!]);
    const officer: Actor = {
      kind: 'user',
      userId: 1,
      username: 'can-bo',
      role: 'unit_officer',
      unitId: own!.id,
      unitCode: own!.code,
    };
    expect((await failure(f.documents.template(officer, 2023, f.communes[1]!))).code).toBe('FORBIDDEN');
  });
});

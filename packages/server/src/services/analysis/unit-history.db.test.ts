// History across reorganisations on a real database (PGlite, or PostgreSQL with DATABASE_URL): three
// published years with real seeded communes, the seeded 2024 merger Xã Tà Chải (02872) → Thị trấn Bắc
// Hà (02839), and a second merger inserted here through the repositories (a TEST scenario: Xã Lùng
// Cải 02842 into Bắc Hà on 01/07/2025 — not an official event), followed transitively. Published
// tables stay byte for byte what they were; the trend shows each predecessor and the derived figure.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededRandom, generateDemoValues, type Framework } from '@dti/core';
import { createStore, type Store } from '../../db/store';
import { hasPdftotext, pdfText, skipWithout } from '../../reports/document-tools.fixture';
import { openTestDatabase } from '../../testing/test-database';
import { testSessionSettings } from '../../testing/test-app';
import type { Actor } from '../shared/actor';
import { AppError } from '../shared/app-error';
import { seedUnitsIfEmpty } from '../system/bootstrap.service';
import { createServices, type Services } from '../services';

const admin: Actor = { kind: 'system', name: 'kiểm thử' };
const BAC_HA = '02839';
const TA_CHAI = '02872';
const LUNG_CAI = '02842';
const OTHERS = ['02848', '02851', '02854'];

let close: () => Promise<void>;
let store: Store;
let services: Services;
const clock = { now: new Date('2022-11-01T03:00:00Z') };
const before: Record<string, string> = {};

async function publishYear(year: number, frameworkId: string, codes: readonly string[]): Promise<void> {
  clock.now = new Date(`${year}-11-01T03:00:00Z`);
  await services.periods.createPeriod(admin, { year, frameworkId });
  await services.periods.transition(admin, year, 'open');
  const period = await store.repos.periods.findPeriodByYear(year);
  const framework = (await store.repos.frameworks.findFramework(frameworkId))?.content as Framework;
  const set = framework.sets.find((s) => s.unitKind === 'commune')!;
  const units = await store.repos.units.findUnitsByCodes(codes);
  const rows = units.flatMap((unit, i) =>
    Object.entries(
      generateDemoValues(set, createSeededRandom(year * 100 + i), {
        strength: 0.2 + 0.1 * i,
        missingShare: 0,
      }),
    ).map(([subCode, values]) => ({
      periodId: period!.id,
      unitId: unit.id,
      subCode,
      values,
      version: 1,
      updatedById: null,
      updatedByName: 'kiểm thử',
      updatedAt: new Date(Date.UTC(year, 9, 1)),
    })),
  );
  await store.repos.assessments.insertItems(rows);
  await services.periods.transition(admin, year, 'closed');
  await services.periods.transition(admin, year, 'under_review');
  await services.results.finalize(admin, year);
  await services.results.approve(admin, year, {
    decisionNumber: `${year}/KT`,
    decisionDate: `${year + 1}-04-01`,
  });
  await services.results.publish(admin, year);
}

async function exports(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const year of [2022, 2023])
    for (const format of ['csv', 'json'] as const) {
      const file = await services.documents.exportResults({ kind: 'anonymous' }, year, format);
      out[`${year}.${format}`] = Buffer.from(file.bytes).toString('base64');
    }
  return out;
}

const percentOf = async (year: number, code: string) =>
  (await services.results.publishedResults(year, 'XA'))[0]!.units.find((u) => u.code === code)!.percent;

beforeAll(async () => {
  const database = await openTestDatabase();
  store = createStore(database.db);
  services = createServices(store, testSessionSettings, () => clock.now);
  close = async () => {
    await services.analysis.close();
    await database.close();
  };
  await seedUnitsIfEmpty(store, { reorganisationsDir: null });
  await services.frameworks.loadBuiltinFrameworks(admin);
  await publishYear(2022, 'LC-2644-2022', [BAC_HA, TA_CHAI, LUNG_CAI, ...OTHERS]);
  await publishYear(2023, 'LC-3019-2023', [BAC_HA, TA_CHAI, LUNG_CAI, ...OTHERS]);
  await publishYear(2024, 'LC-3019-2023', [BAC_HA, LUNG_CAI, ...OTHERS]);
  Object.assign(before, await exports());
  const [bacHa, lungCai] = await store.repos.units.findUnitsByCodes([BAC_HA, LUNG_CAI]);
  await store.transaction(async (repos) => {
    await repos.units.updateUnit(lungCai!.id, { validUntil: '2025-06-30' });
    await repos.units.insertLineage({
      kind: 'merged_into',
      fromUnitId: lungCai!.id,
      toUnitId: bacHa!.id,
      effectiveDate: '2025-07-01',
      note: 'Kịch bản kiểm thử (không phải sự kiện chính thức)',
    });
  });
}, 180_000);
afterAll(async () => close?.());

describe('history across reorganisations', () => {
  it('keeps the published 2022 and 2023 tables byte for byte after the lineage change', async () => {
    expect(await exports()).toEqual(before);
    expect(Object.keys(before)).toHaveLength(4);
  });

  it('shows each predecessor and the derived mean before the mergers, transitively', async () => {
    const answer = await services.analysis.trend(admin, BAC_HA);
    expect(answer.unit).toEqual({ code: BAC_HA, name: 'Thị trấn Bắc Hà' });
    const byYear = new Map(answer.years.map((y) => [y.year, y]));
    for (const year of [2022, 2023]) {
      const y = byYear.get(year)!;
      expect(y.source).toBe('predecessors');
      expect(y.predecessors.map((p) => p.code)).toEqual([BAC_HA, TA_CHAI, LUNG_CAI]);
      expect(y.predecessors.find((p) => p.code === TA_CHAI)).toEqual({
        code: TA_CHAI,
        name: 'Xã Tà Chải',
        percent: await percentOf(year, TA_CHAI),
      });
      const parts = await Promise.all([BAC_HA, LUNG_CAI, TA_CHAI].map((c) => percentOf(year, c)));
      // percent is rounded to two decimals: within half a hundredth of the exact mean
      expect(Math.abs((y.percent ?? Number.NaN) - parts.reduce((a, b) => a + b, 0) / 3)).toBeLessThanOrEqual(
        0.005 + 1e-9,
      );
      expect(y.label).toContain('suy ra từ đơn vị tiền thân');
    }
    // 2024: Tà Chải already inside Bắc Hà (01/11/2024), Lùng Cải not yet (01/07/2025).
    const y2024 = byYear.get(2024)!;
    expect(y2024.predecessors.map((p) => p.code)).toEqual([BAC_HA, LUNG_CAI]);
    expect(y2024.framework).toBe('LC-3019-2023');
    expect(y2024.set).toBe('XA');
    // The steps still compare the comparable part, now through the lineage.
    expect(answer.trend.steps.map((s) => [s.fromUnits.length, s.toUnits.length])).toEqual([
      [3, 3],
      [3, 2],
    ]);
  });

  // pdftotext comes with poppler-utils (CI installs it); without it the text cannot be read back.
  it.skipIf(skipWithout(hasPdftotext))('labels the derived years on the scorecard PDF', async () => {
    const file = await services.documents.scorecardPdf(admin, 2024, BAC_HA);
    const text = (await pdfText(Buffer.from(file.bytes))).replace(/\s+/g, ' ');
    expect(text).toContain('Qua các năm');
    expect(text).toContain('Suy ra từ đơn vị tiền thân');
    expect(text).toContain('Xã Tà Chải (02872)');
    expect(text).toContain('không phải kết quả đã công bố của đơn vị');
  });

  it('shows a unit untouched by any merger with its own figures', async () => {
    const answer = await services.analysis.trend(admin, OTHERS[0]!);
    expect(answer.years.map((y) => [y.year, y.source, y.predecessors.length])).toEqual([
      [2022, 'own', 0],
      [2023, 'own', 0],
      [2024, 'own', 0],
    ]);
    expect(answer.years[1]!.percent).toBe(await percentOf(2023, OTHERS[0]!));
  });

  it('reads published years only on the public trend', async () => {
    const answer = await services.analysis.trend({ kind: 'anonymous' }, BAC_HA, { publicOnly: true });
    expect(answer.years.map((y) => y.year)).toEqual([2022, 2023, 2024]);
  });

  it('takes the administrator weights, rejects bad ones whole and audits the change', async () => {
    const bad = await services.lineageWeights
      .setLineageWeights(admin, BAC_HA, { [TA_CHAI]: -1, '02863': 2, [LUNG_CAI]: 'x' })
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(AppError);
    expect((bad as AppError).details.map((d) => d.code).sort()).toEqual([
      'NOT_A_NUMBER',
      'NOT_A_PREDECESSOR',
      'NOT_POSITIVE',
    ]);
    expect((await services.lineageWeights.getLineageWeights(admin, BAC_HA)).weights).toEqual({});
    const saved = await services.lineageWeights.setLineageWeights(admin, BAC_HA, {
      [BAC_HA]: 4,
      [TA_CHAI]: 1,
      [LUNG_CAI]: 1,
    });
    expect(saved.predecessors.map((p) => p.code)).toEqual([BAC_HA, TA_CHAI, LUNG_CAI]);
    const y2023 = (await services.analysis.trend(admin, BAC_HA)).years.find((y) => y.year === 2023)!;
    const [b, t, l] = await Promise.all([BAC_HA, TA_CHAI, LUNG_CAI].map((c) => percentOf(2023, c)));
    // percent is rounded to two decimals: within half a hundredth of the exact weighted mean
    expect(Math.abs((y2023.percent ?? Number.NaN) - (4 * b! + t! + l!) / 6)).toBeLessThanOrEqual(
      0.005 + 1e-9,
    );
    expect(y2023.weights).toEqual({ [BAC_HA]: 4, [LUNG_CAI]: 1, [TA_CHAI]: 1 });
    const audit = await store.repos.audit.listAudit({ entity: 'unit', entityId: BAC_HA, limit: 50 });
    expect(audit.some((a) => a.action === 'set_lineage_weights')).toBe(true);
    expect(await exports()).toEqual(before);
  });
});

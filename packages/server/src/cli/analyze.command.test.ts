import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeCommand } from './analyze.command';
import { buildCliFixture, type CliFixture } from './export.command.fixture';

let f: CliFixture;
beforeAll(async () => {
  f = await buildCliFixture(analyzeCommand);
}, 180_000);
afterAll(async () => f?.close());

describe('dti analyze', () => {
  it('prints strengths, trend, plan and anomalies as Vietnamese tables', async () => {
    const code = f.communes[7]!;
    const strengths = await f.run(['analyze', 'strengths', '2023', code]);
    expect(strengths).toMatchObject({ code: 0, err: '' });
    expect(strengths.out).toContain('Điểm mạnh, điểm yếu của');
    expect(strengths.out).toContain('Cần cải thiện:');

    const trend = await f.run(['analyze', 'trend', code]);
    expect(trend.code).toBe(0);
    expect(trend.out).toContain('2022 → 2023 (LC-2644-2022 → LC-3019-2023)');
    expect(trend.out).toContain('Phần so sánh được');
    expect(trend.out).toContain('của đơn vị');

    // --json: the unit, then each year with its source, predecessors and percent (issue 12 §3).
    const json = await f.run(['analyze', 'trend', code, '--json']);
    const parsed = JSON.parse(json.out) as {
      unit: { code: string };
      years: { year: number; source: string; predecessors: unknown[]; percent: number; framework: string }[];
      trend: { steps: unknown[] };
    };
    expect(parsed.unit.code).toBe(code);
    expect(parsed.years.map((y) => [y.year, y.source, y.predecessors, y.framework])).toEqual([
      [2022, 'own', [], 'LC-2644-2022'],
      [2023, 'own', [], 'LC-3019-2023'],
    ]);
    expect(typeof parsed.years[0]!.percent).toBe('number');
    expect(parsed.trend.steps).toHaveLength(1);

    const plan = await f.run(['analyze', 'plan', '2023', code, '--target-rank', '1']);
    expect(plan.code).toBe(0);
    expect(plan.out).toContain('lên hạng 1');

    const anomalies = await f.run(['analyze', 'anomalies', '2023', '--set', 'XA']);
    expect(anomalies.code).toBe(0);
    expect(anomalies.out).toContain('Cảnh báo bất thường · bộ XA');
  }, 120_000);

  it('prints robustness; --json gives the nominal ranks without runs', async () => {
    const table = await f.run([
      'analyze',
      'robustness',
      '2023',
      '--set',
      'XA',
      '--runs',
      '50',
      '--seed',
      '3',
    ]);
    expect(table.code).toBe(0);
    expect(table.out).toContain(
      'Độ vững của thứ hạng · LC-3019-2023 · bộ XA · 50 lần mô phỏng · hạt giống 3',
    );
    expect(table.out).toContain('Khoảng 90%');
    const json = await f.run(['analyze', 'robustness', '2023', '--set', 'XA', '--runs', '0', '--json']);
    expect(json.code).toBe(0);
    const [r] = JSON.parse(json.out) as { units: { nominalRank: number; medianRank: number }[] }[];
    for (const u of r!.units) expect(u.medianRank).toBe(u.nominalRank);
  }, 60_000);

  it('answers bad arguments with exit code 2', async () => {
    expect((await f.run(['analyze'])).code).toBe(2);
    expect((await f.run(['analyze', 'trend'])).code).toBe(2);
    expect((await f.run(['analyze', 'strengths', '2023', 'x', '--runs', '5'])).code).toBe(2);
    const rank = await f.run(['analyze', 'plan', '2023', f.communes[0]!, '--target-rank', 'ba']);
    expect(rank.code).toBe(2);
    expect(rank.err).toContain('--target-rank phải là số nguyên');
    const unknown = await f.run(['analyze', 'strengths', '2023', 'KHONG-CO']);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('Lỗi [NOT_FOUND]');
  }, 60_000);
});

// Values in (scoring-io.md): bad input is rejected as a whole, every problem listed with unit,
// sub-index, input and an English code; nothing is scored from a rejected file.
import { describe, expect, it } from 'vitest';
import type { Problem } from '../errors/problem';
import { buildMiniFramework } from '../testing/mini-framework.fixture';
import { frameworkOf, index, ratioSub } from '../testing/framework-builders.fixture';
import { scoreValues } from './score-values';
import { validateValues } from './validate-values';

function problemsOf(raw: unknown, framework = buildMiniFramework()): Problem[] {
  const v = validateValues(framework, raw);
  if (v.ok) throw new Error('expected the values to be rejected');
  return v.problems;
}

const file = (units: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  framework: 'TEST-1',
  set: 'XA',
  units,
  ...extra,
});

describe('validateValues', () => {
  it('accepts a valid file', () => {
    const v = validateValues(
      buildMiniFramework(),
      file([{ code: '02713', name: 'Xã Sàng Ma Sáo', group: '082', values: { '1.1': { hasPlan: true } } }]),
    );
    expect(v.ok).toBe(true);
  });

  it('rejects an unknown framework and an unknown set, both at once', () => {
    const problems = problemsOf(file([], { framework: 'LC-9999', set: 'HUYEN' }));
    expect(problems.map((p) => p.code).sort()).toEqual(['VAL_FRAMEWORK', 'VAL_SET']);
  });

  it('lists every problem of every unit at once, with unit, sub-index and input', () => {
    const problems = problemsOf(
      file([
        {
          code: 'U1',
          name: 'Xã Một',
          values: {
            '9.9': { x: 1 }, // unknown sub-index
            '1.1': { hasPlan: 'yes' }, // wrong type
            '1.2': { meetings: 2.5 }, // integer expected
            '1.3': { chair: 'BI_THU' }, // not an option
            '1.4': { web: true, tv: true }, // unknown input
            '2.1': { a: 5, b: 4 }, // a > b
            '2.2': { p: 120 }, // percent above 100
            '2.3': { points: 6 }, // manual above max 5
            '2.4': { n: -1 }, // below min 0
            '3.1': { a: 1 }, // incomplete ratio
          },
        },
        {
          code: 'U2',
          name: 'Xã Hai',
          values: { '3.2': { tx: 'nhiều' }, '2.3': { points: 5.5 } },
        },
      ]),
    );
    const found = problems.map((p) => [p.code, p.unit, p.subIndex, p.input]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['VAL_UNKNOWN_SUB_INDEX', 'U1', '9.9', undefined],
        ['VAL_TYPE', 'U1', '1.1', 'hasPlan'],
        ['VAL_TYPE', 'U1', '1.2', 'meetings'],
        ['VAL_CHOICE', 'U1', '1.3', 'chair'],
        ['VAL_UNKNOWN_INPUT', 'U1', '1.4', 'tv'],
        ['VAL_RATIO_ABOVE_ONE', 'U1', '2.1', 'a'],
        ['VAL_RANGE', 'U1', '2.2', 'p'],
        ['VAL_MANUAL_ABOVE_MAX', 'U1', '2.3', 'points'],
        ['VAL_RANGE', 'U1', '2.4', 'n'],
        ['VAL_INCOMPLETE', 'U1', '3.1', 'b'],
        ['VAL_TYPE', 'U2', '3.2', 'tx'],
        ['VAL_MANUAL_ABOVE_MAX', 'U2', '2.3', 'points'],
      ]),
    );
    expect(problems).toHaveLength(12);
    for (const p of problems) {
      expect(p.code).toMatch(/^VAL_/);
      expect(p.message.length).toBeGreaterThan(0);
    }
  });

  it('a ratio above one is accepted when allowAboveOne', () => {
    const fw = frameworkOf([index('1', [ratioSub('1.1', 10, { allowAboveOne: true })])]);
    const raw = {
      framework: fw.id,
      set: 'S',
      units: [{ code: '1', name: 'Xã Một', values: { '1.1': { a: 5, b: 4 } } }],
    };
    const outcome = scoreValues(fw, raw);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.results.units[0]!.total).toBe(10);
  });

  it('a ratio with a > b and a zero denominator is still above one', () => {
    const problems = problemsOf(file([{ code: 'U1', name: 'Xã Một', values: { '2.1': { a: 3, b: 0 } } }]));
    expect(problems.map((p) => p.code)).toEqual(['VAL_RATIO_ABOVE_ONE']);
  });

  it('manual points exactly at the maximum are fine, negative points are not', () => {
    expect(
      validateValues(
        buildMiniFramework(),
        file([{ code: 'U1', name: 'Xã Một', values: { '2.3': { points: 5 } } }]),
      ).ok,
    ).toBe(true);
    const problems = problemsOf(file([{ code: 'U1', name: 'Xã Một', values: { '2.3': { points: -1 } } }]));
    expect(problems.map((p) => p.code)).toEqual(['VAL_RANGE']);
  });

  it('percent inputs are bounded to 0–100', () => {
    const problems = problemsOf(file([{ code: 'U1', name: 'Xã Một', values: { '2.2': { p: -0.5 } } }]));
    expect(problems.map((p) => [p.code, p.input])).toEqual([['VAL_RANGE', 'p']]);
  });
});

describe('scoreValues', () => {
  it('scores nothing from a rejected file', () => {
    const outcome = scoreValues(
      buildMiniFramework(),
      file([
        { code: 'OK', name: 'Xã Tốt', values: { '1.1': { hasPlan: true } } },
        { code: 'BAD', name: 'Xã Lỗi', values: { '1.1': { hasPlan: 1 } } },
      ]),
    );
    expect(outcome.ok).toBe(false);
    expect('results' in outcome).toBe(false);
    if (!outcome.ok) expect(outcome.problems.map((p) => [p.code, p.unit])).toEqual([['VAL_TYPE', 'BAD']]);
  });

  it('scores a valid file', () => {
    const outcome = scoreValues(
      buildMiniFramework(),
      file([{ code: 'OK', name: 'Xã Tốt', values: { '1.1': { hasPlan: true }, '2.2': { p: 50 } } }]),
    );
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.results.units[0]!.total).toBe(15);
  });
});

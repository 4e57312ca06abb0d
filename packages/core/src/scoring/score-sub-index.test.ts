// The ten scoring methods of framework-format.md, "Scoring methods", one sub-index at a time.
// Expected points are worked out by hand from the spec's table.
import { describe, expect, it } from 'vitest';
import type { SubIndex } from '../framework/framework-types';
import { buildMiniFramework } from '../testing/mini-framework.fixture';
import { ratioSub, singleInputSub } from '../testing/framework-builders.fixture';
import { scoreSubIndex } from './score-sub-index';

function miniSub(code: string): SubIndex {
  for (const index of buildMiniFramework().sets[0]!.indices) {
    const found = index.subIndices.find((s) => s.code === code);
    if (found) return found;
  }
  throw new Error(`no sub-index ${code} in the mini framework`);
}

describe('boolean', () => {
  const sub = miniSub('1.1'); // max 10
  it('true scores max, false scores 0', () => {
    expect(scoreSubIndex(sub, { hasPlan: true })).toEqual({ points: 10, status: 'scored' });
    expect(scoreSubIndex(sub, { hasPlan: false })).toEqual({ points: 0, status: 'scored' });
  });
  it('no value is missing with 0 points', () => {
    expect(scoreSubIndex(sub, undefined)).toEqual({ points: 0, status: 'missing' });
    expect(scoreSubIndex(sub, {})).toEqual({ points: 0, status: 'missing' });
  });
});

describe('ratio', () => {
  it('max × min(1, (a/b) / target) with target 0.8', () => {
    const sub = miniSub('2.1'); // max 10, target 0.8
    // 4/10 = 0.4; 0.4 / 0.8 = 0.5 → 5
    expect(scoreSubIndex(sub, { a: 4, b: 10 })).toEqual({ points: 5, status: 'scored' });
    // 8/10 reaches the target exactly → 10
    expect(scoreSubIndex(sub, { a: 8, b: 10 })).toEqual({ points: 10, status: 'scored' });
    // 9/10 is beyond the target: capped at max
    expect(scoreSubIndex(sub, { a: 9, b: 10 })).toEqual({ points: 10, status: 'scored' });
    expect(scoreSubIndex(sub, { a: 0, b: 10 })).toEqual({ points: 0, status: 'scored' });
  });
  it('target defaults to 1', () => {
    const sub = miniSub('3.1'); // max 20
    // 1/4 × 20 = 5; 3/4 × 20 = 15; 4/4 → 20
    expect(scoreSubIndex(sub, { a: 1, b: 4 }).points).toBe(5);
    expect(scoreSubIndex(sub, { a: 3, b: 4 }).points).toBe(15);
    expect(scoreSubIndex(sub, { a: 4, b: 4 }).points).toBe(20);
  });
  it('zero denominator: default exclude', () => {
    expect(scoreSubIndex(miniSub('2.1'), { a: 0, b: 0 })).toEqual({ points: 0, status: 'excluded' });
    expect(scoreSubIndex(ratioSub('x', 10), { a: 0, b: 0 })).toEqual({ points: 0, status: 'excluded' });
  });
  it('zero denominator: full scores max, zero scores 0, both counted', () => {
    expect(scoreSubIndex(ratioSub('x', 10, { whenZeroDenominator: 'full' }), { a: 0, b: 0 })).toEqual({
      points: 10,
      status: 'scored',
    });
    expect(scoreSubIndex(ratioSub('x', 10, { whenZeroDenominator: 'zero' }), { a: 0, b: 0 })).toEqual({
      points: 0,
      status: 'scored',
    });
    expect(scoreSubIndex(ratioSub('x', 10, { whenZeroDenominator: 'exclude' }), { a: 0, b: 0 }).status).toBe(
      'excluded',
    );
  });
  it('allowAboveOne: a > b is capped at max', () => {
    const sub = ratioSub('x', 10, { allowAboveOne: true });
    expect(scoreSubIndex(sub, { a: 5, b: 4 })).toEqual({ points: 10, status: 'scored' });
    // target 0.5: 1/4 = 0.25 → 0.25/0.5 = 0.5 → 5
    expect(scoreSubIndex(ratioSub('y', 10, { target: 0.5 }), { a: 1, b: 4 }).points).toBe(5);
  });
  it('no values is missing', () => {
    expect(scoreSubIndex(miniSub('2.1'), {})).toEqual({ points: 0, status: 'missing' });
  });
});

describe('percent', () => {
  it('max × min(1, p / 100) by default', () => {
    const sub = miniSub('2.2'); // max 10
    expect(scoreSubIndex(sub, { p: 35 }).points).toBeCloseTo(3.5, 12);
    expect(scoreSubIndex(sub, { p: 100 }).points).toBe(10);
    expect(scoreSubIndex(sub, { p: 0 })).toEqual({ points: 0, status: 'scored' });
  });
  it('with a target: p ≥ target scores max', () => {
    const sub = singleInputSub('x', 20, { type: 'percent', input: 'v', target: 80 }, 'percent');
    // 40 / 80 = 0.5 → 10; 80 → 20; 95 → capped at 20
    expect(scoreSubIndex(sub, { v: 40 }).points).toBe(10);
    expect(scoreSubIndex(sub, { v: 80 }).points).toBe(20);
    expect(scoreSubIndex(sub, { v: 95 }).points).toBe(20);
  });
});

describe('steps', () => {
  const sub = miniSub('1.2'); // 4→10, 3→7.5, 2→5, 1→2.5
  it('points of the highest step whose atLeast ≤ value', () => {
    expect(scoreSubIndex(sub, { meetings: 1 }).points).toBe(2.5);
    expect(scoreSubIndex(sub, { meetings: 2 }).points).toBe(5);
    expect(scoreSubIndex(sub, { meetings: 3 }).points).toBe(7.5);
    expect(scoreSubIndex(sub, { meetings: 4 }).points).toBe(10);
    expect(scoreSubIndex(sub, { meetings: 12 }).points).toBe(10);
  });
  it('below every step: 0, scored', () => {
    expect(scoreSubIndex(sub, { meetings: 0 })).toEqual({ points: 0, status: 'scored' });
  });
});

describe('choice', () => {
  const sub = miniSub('1.3'); // CHU_TICH 1, PHO_CHU_TICH 0.5, KHAC 0
  it('max × fraction of the chosen option', () => {
    expect(scoreSubIndex(sub, { chair: 'CHU_TICH' }).points).toBe(10);
    expect(scoreSubIndex(sub, { chair: 'PHO_CHU_TICH' }).points).toBe(5);
    expect(scoreSubIndex(sub, { chair: 'KHAC' })).toEqual({ points: 0, status: 'scored' });
  });
});

describe('parts', () => {
  const sub = miniSub('1.4'); // web 0.5, radio 0.25, social 0.25
  it('max × sum of fractions whose input is true', () => {
    expect(scoreSubIndex(sub, { web: true, radio: true, social: true }).points).toBe(10);
    expect(scoreSubIndex(sub, { web: true, radio: false, social: true }).points).toBe(7.5);
    expect(scoreSubIndex(sub, { web: false, radio: true, social: false }).points).toBe(2.5);
    expect(scoreSubIndex(sub, { web: false, radio: false, social: false })).toEqual({
      points: 0,
      status: 'scored',
    });
  });
  it('a part not given counts as not true', () => {
    expect(scoreSubIndex(sub, { web: true })).toEqual({ points: 5, status: 'scored' });
  });
});

describe('count', () => {
  const sub = miniSub('2.4'); // max 5, 0.5 each
  it('min(max, value × pointsEach)', () => {
    expect(scoreSubIndex(sub, { n: 0 }).points).toBe(0);
    expect(scoreSubIndex(sub, { n: 3 }).points).toBe(1.5);
    expect(scoreSubIndex(sub, { n: 10 }).points).toBe(5);
    expect(scoreSubIndex(sub, { n: 11 }).points).toBe(5);
    expect(scoreSubIndex(sub, { n: 1000 }).points).toBe(5);
  });
});

describe('relative', () => {
  const sub = miniSub('3.2'); // max 10
  it('max × value / highest value', () => {
    expect(scoreSubIndex(sub, { tx: 50 }, 200).points).toBe(2.5);
    expect(scoreSubIndex(sub, { tx: 200 }, 200).points).toBe(10);
    expect(scoreSubIndex(sub, { tx: 0 }, 200)).toEqual({ points: 0, status: 'scored' });
  });
  it('0 when the highest value is 0', () => {
    expect(scoreSubIndex(sub, { tx: 0 }, 0)).toEqual({ points: 0, status: 'scored' });
  });
});

describe('manual', () => {
  const sub = miniSub('2.3'); // max 5
  it('points entered directly', () => {
    expect(scoreSubIndex(sub, { points: 2.5 })).toEqual({ points: 2.5, status: 'scored' });
    expect(scoreSubIndex(sub, { points: 5 })).toEqual({ points: 5, status: 'scored' });
    expect(scoreSubIndex(sub, { points: 0 })).toEqual({ points: 0, status: 'scored' });
  });
  it('no points is missing', () => {
    expect(scoreSubIndex(sub, {})).toEqual({ points: 0, status: 'missing' });
  });
});

describe('none', () => {
  const sub = miniSub('2.5'); // max 0
  it('is never scored: 0 points whatever the value', () => {
    expect(scoreSubIndex(sub, { pcs: 1000 }).points).toBe(0);
    expect(scoreSubIndex(sub, undefined).points).toBe(0);
  });
});

describe('points never leave [0, max]', () => {
  it('clamps what a method would compute above max', () => {
    const steps = singleInputSub('x', 4, {
      type: 'steps',
      input: 'v',
      steps: [{ atLeast: 1, points: 4 }],
    });
    expect(scoreSubIndex(steps, { v: 5 }).points).toBe(4);
  });
});

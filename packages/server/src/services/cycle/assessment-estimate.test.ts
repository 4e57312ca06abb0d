// The officer's live estimate never counts a `relative` item (scored against the best unit of the
// ranking group) as the best of the province just because the unit is scored alone (issue 16 item 5).
import { validateFramework, type Framework } from '@dti/core';
import { readBuiltinFramework } from '@dti/frameworks';
import { describe, expect, it } from 'vitest';
import { estimateUnit } from './assessment.service';

function framework3019(): Framework {
  const checked = validateFramework(readBuiltinFramework('LC-3019-2023'));
  if (!checked.ok) throw new Error('LC-3019-2023 does not validate');
  return checked.framework;
}

const item = (subCode: string, values: Record<string, unknown>) => ({ subCode, values });

describe('estimateUnit and relative items', () => {
  const framework = framework3019();
  const huyen = framework.sets.find((s) => s.id === 'HUYEN')!;

  it('counts a relative item as 0, not as the best of the province, and lists it', () => {
    // HUYEN 7.12 (steps: ≥ 10 firms → 9 of 9 points); 7.4 is relative (12 points, OCOP products online).
    // Index 7 is 150 points over sub-indices summing to 150, nothing excluded: the total is 9 + 0.
    // Scoring the unit alone, 7.4 would be its own best and add its 12 points (total 21).
    const estimate = estimateUnit(framework, huyen, [
      item('7.12', { firms: 10 }),
      item('7.4', { products: 5 }),
    ]);
    expect(estimate.total).toBe(9);
    expect(estimate.itemsFilled).toBe(2);
    expect(estimate.notEstimated).toEqual([
      { code: '7.4', name: expect.stringContaining('OCOP') as unknown, maxPoints: 12 },
    ]);
  });

  it('gives the same figure whatever the relative value', () => {
    const without = estimateUnit(framework, huyen, [item('7.12', { firms: 5 })]);
    const withValue = estimateUnit(framework, huyen, [
      item('7.12', { firms: 5 }),
      item('7.4', { products: 99 }),
    ]);
    expect(without.total).toBe(4.5);
    expect(withValue.total).toBe(without.total);
  });

  it('lists nothing for a set without relative items', () => {
    const xa = framework.sets.find((s) => s.id === 'XA')!;
    expect(estimateUnit(framework, xa, []).notEstimated).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Framework } from '@dti/core';
import { effortRowsOf, findWeightProblems, weightsToSave } from './effort-weights-model';

const sub = (code: string) => ({
  code,
  name: `Chỉ số ${code}`,
  maxPoints: 1,
  inputs: [],
  method: { type: 'manual' as const },
});
const framework = {
  id: 'F',
  sets: [
    { id: 'XA', indices: [{ code: '1', subIndices: [sub('1.1'), sub('1.2')] }] },
    { id: 'HUYEN', indices: [{ code: '1', subIndices: [sub('1.1'), sub('1.3')] }] },
  ],
} as unknown as Framework;

describe('effort weights model', () => {
  it('lists each sub-index code once with the sets it appears in', () => {
    expect(effortRowsOf(framework).map((r) => [r.code, r.sets])).toEqual([
      ['1.1', ['XA', 'HUYEN']],
      ['1.2', ['XA']],
      ['1.3', ['HUYEN']],
    ]);
  });

  it('finds every weight that is empty, not positive or too large', () => {
    expect(findWeightProblems({ '1.1': 1, '1.2': '', '1.3': 0, '1.4': -2, '1.5': 1001, '1.6': 0.5 })).toEqual(
      ['1.2', '1.3', '1.4', '1.5'],
    );
  });

  it('saves only the weights that differ from 1', () => {
    expect(weightsToSave({ '1.1': 1, '1.2': 2.5, '1.3': '' })).toEqual({ '1.2': 2.5 });
  });
});

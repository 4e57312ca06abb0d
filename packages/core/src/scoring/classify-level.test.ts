// Level: the first level whose abovePercent is strictly below the rounded percent, otherwise the last.
import { describe, expect, it } from 'vitest';
import { LAO_CAI_LEVELS } from '../testing/framework-builders.fixture';
import { classifyLevel } from './classify-level';

describe('classifyLevel', () => {
  it.each([
    [100, 'DAN_DAT'],
    [75.01, 'DAN_DAT'],
    [75, 'NANG_CAO'],
    [50.01, 'NANG_CAO'],
    [50, 'HINH_THANH'],
    [25.01, 'HINH_THANH'],
    [25, 'KHOI_DONG'],
    [0.01, 'KHOI_DONG'],
    [0, 'KHOI_DONG'],
  ])('%s percent is %s', (percent, code) => {
    expect(classifyLevel(LAO_CAI_LEVELS, percent).code).toBe(code);
  });

  it('a single level catches everything', () => {
    expect(classifyLevel([{ code: 'K', name: 'Khởi động', abovePercent: null }], 99).code).toBe('K');
  });
});

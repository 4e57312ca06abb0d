import { describe, expect, it } from 'vitest';
import type { SubIndex } from '@dti/core';
import { checkItemValues, compactValues, describeValue, inputsOf, isItemFilled } from './item-values';

const ratio: SubIndex = {
  code: '1.3',
  name: 'Văn bản chỉ đạo',
  maxPoints: 20,
  inputs: [
    { key: 'a', label: 'Số văn bản do người đứng đầu ký', type: 'integer', min: 0 },
    { key: 'b', label: 'Tổng số văn bản', type: 'integer', min: 0 },
  ],
  method: { type: 'ratio', numerator: 'a', denominator: 'b' },
};

const manual: SubIndex = {
  code: '6.15',
  name: 'Sáng kiến',
  maxPoints: 30,
  inputs: [{ key: 'summary', label: 'Tóm tắt', type: 'text' }],
  method: { type: 'manual' },
};

describe('checkItemValues', () => {
  it('says in Vietnamese what is out of bounds instead of clamping', () => {
    expect(checkItemValues(ratio, { a: -1, b: 4 })).toEqual({ a: 'Không được nhỏ hơn 0.' });
    expect(checkItemValues(ratio, { a: 1.5, b: 4 })).toEqual({ a: 'Nhập số nguyên.' });
    expect(checkItemValues(ratio, { a: 5, b: 4 }).a).toMatch(/Không được lớn hơn "Tổng số văn bản" \(4\)/);
    expect(checkItemValues(ratio, { a: 3, b: 4 })).toEqual({});
  });

  it('caps the proposed points of a manual item at its maximum', () => {
    expect(inputsOf(manual).map((i) => i.key)).toEqual(['summary', 'points']);
    expect(checkItemValues(manual, { points: 31 }).points).toMatch(/30/);
    expect(checkItemValues(manual, { points: 12.5 })).toEqual({});
  });
});

describe('helpers', () => {
  it('knows when an item is filled and drops blank values', () => {
    expect(isItemFilled(ratio, { a: 1 })).toBe(false);
    expect(isItemFilled(ratio, { a: 1, b: 2 })).toBe(true);
    expect(compactValues({ a: 1, b: '' })).toEqual({ a: 1 });
    expect(describeValue(ratio, ratio.inputs[0]!, 1000.5)).toBe('1.000,5');
    expect(describeValue(ratio, ratio.inputs[0]!, true)).toBe('Có');
  });
});

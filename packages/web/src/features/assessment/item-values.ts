// Checks one item's values the way the server will (scoring-io.md), in Vietnamese, before saving:
// no silent clamping, every problem shown beside its input.
import type { ItemValues } from '@dti/contract';

type InputValue = ItemValues[string];
import type { InputDef, SubIndex } from '@dti/core';
import { formatNumber } from '../../i18n/format';

/** The key a `manual` sub-index takes its proposed points under. */
export const manualPointsKey = 'points';

/** The inputs shown for a sub-index: its own, plus the proposed points of a `manual` one. */
export function inputsOf(sub: SubIndex): InputDef[] {
  if (sub.method.type !== 'manual' || sub.inputs.some((i) => i.key === manualPointsKey)) return sub.inputs;
  return [
    ...sub.inputs,
    { key: manualPointsKey, label: 'Điểm đơn vị đề xuất', type: 'number', min: 0, max: sub.maxPoints },
  ];
}

function isBlank(value: InputValue | undefined): boolean {
  return value === undefined || value === '';
}

/** Problems of the values, input key → Vietnamese message (empty when all is well). */
export function checkItemValues(sub: SubIndex, values: ItemValues): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const input of inputsOf(sub)) {
    const value = values[input.key];
    if (isBlank(value)) continue;
    if (input.type === 'integer' || input.type === 'number' || input.type === 'percent') {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        problems[input.key] = 'Nhập một số.';
        continue;
      }
      if (input.type === 'integer' && !Number.isInteger(value)) problems[input.key] = 'Nhập số nguyên.';
      else if (input.min !== undefined && value < input.min)
        problems[input.key] = `Không được nhỏ hơn ${formatNumber(input.min)}.`;
      else if (input.max !== undefined && value > input.max)
        problems[input.key] = `Không được lớn hơn ${formatNumber(input.max)}.`;
      else if (input.type === 'percent' && (value < 0 || value > 100))
        problems[input.key] = 'Tỷ lệ phải từ 0 đến 100.';
    }
  }
  const method = sub.method;
  if (method.type === 'ratio' && !method.allowAboveOne) {
    const a = values[method.numerator];
    const b = values[method.denominator];
    if (typeof a === 'number' && typeof b === 'number' && a > b && !problems[method.numerator]) {
      const label = sub.inputs.find((i) => i.key === method.denominator)?.label ?? method.denominator;
      problems[method.numerator] = `Không được lớn hơn "${label}" (${formatNumber(b)}).`;
    }
  }
  if (method.type === 'choice') {
    const v = values[method.input];
    if (!isBlank(v) && !method.options.some((o) => o.value === v))
      problems[method.input] = 'Lựa chọn không có trong danh sách.';
  }
  if (method.type === 'manual') {
    const p = values[manualPointsKey];
    if (typeof p === 'number' && p > sub.maxPoints && !problems[manualPointsKey])
      problems[manualPointsKey] = `Không được lớn hơn điểm tối đa ${formatNumber(sub.maxPoints)}.`;
  }
  return problems;
}

/** True when every scored input of the item has a value. */
export function isItemFilled(sub: SubIndex, values: ItemValues | undefined): boolean {
  if (!values) return false;
  const keys = inputsOf(sub)
    .filter((i) => i.type !== 'text')
    .map((i) => i.key);
  return keys.length > 0 ? keys.every((k) => !isBlank(values[k])) : Object.keys(values).length > 0;
}

/** Values without blank entries (what is sent to the server). */
export function compactValues(values: ItemValues): ItemValues {
  const out: ItemValues = {};
  for (const [key, value] of Object.entries(values)) if (!isBlank(value)) out[key] = value;
  return out;
}

/** A value as text for reading (Có / Không, the option label, 1.000,5). */
export function describeValue(sub: SubIndex, input: InputDef, value: InputValue | undefined): string {
  if (isBlank(value)) return '—';
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (sub.method.type === 'choice' && sub.method.input === input.key)
    return sub.method.options.find((o) => o.value === value)?.label ?? String(value);
  if (typeof value === 'number') return formatNumber(value, 4);
  return String(value);
}

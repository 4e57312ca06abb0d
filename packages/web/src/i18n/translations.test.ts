import { describe, expect, it } from 'vitest';
import en from './en.json';
import vi from './vi.json';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

describe('translations', () => {
  it('English has exactly the Vietnamese keys', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(vi).sort());
  });
});

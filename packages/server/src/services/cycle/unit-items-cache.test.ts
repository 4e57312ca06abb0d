// The copy of a unit's items is used only while its count and version sum equal the database's.
import { describe, expect, it } from 'vitest';
import { createUnitItemsCache } from './unit-items-cache';

const item = (subCode: string, version: number, n = version) => ({ subCode, version, values: { n } });

describe('unit items cache', () => {
  it('answers nothing before the unit is loaded', () => {
    const cache = createUnitItemsCache();
    expect(cache.apply(1, 1, item('1.1', 1), 1, 1)).toBeUndefined();
  });

  it('applies this process’s saves while the database agrees', () => {
    const cache = createUnitItemsCache();
    cache.load(1, 7, [item('1.1', 2), item('1.2', 1)]);
    const afterUpdate = cache.apply(1, 7, item('1.1', 3, 30), 2, 4);
    expect(afterUpdate).toEqual({ values: { '1.1': { n: 30 }, '1.2': { n: 1 } }, count: 2 });
    const afterInsert = cache.apply(1, 7, item('2.1', 1), 3, 5);
    expect(Object.keys(afterInsert?.values ?? {})).toEqual(['1.1', '1.2', '2.1']);
    expect(afterInsert?.count).toBe(3);
  });

  it('drops the copy when another writer changed the unit meanwhile', () => {
    const cache = createUnitItemsCache();
    cache.load(1, 7, [item('1.1', 1)]);
    // Someone else saved 1.2 (count 2) before this save of 1.1 (version 2): sum 2 + 1 = 3.
    expect(cache.apply(1, 7, item('1.1', 2), 2, 3)).toBeUndefined();
    expect(cache.apply(1, 7, item('1.1', 3), 2, 4)).toBeUndefined(); // gone until reloaded
  });

  it('keeps the newer version when saves of one item come back out of order', () => {
    const cache = createUnitItemsCache();
    cache.load(1, 7, [item('1.1', 1)]);
    // Version 2 (another save of this process) is answered after version 3: the copy stays at 3.
    expect(cache.apply(1, 7, item('1.1', 3), 1, 3)).toEqual({ values: { '1.1': { n: 3 } }, count: 1 });
    expect(cache.apply(1, 7, item('1.1', 2), 1, 3)).toEqual({ values: { '1.1': { n: 3 } }, count: 1 });
  });

  it('forgets the least recently used unit beyond its size', () => {
    const cache = createUnitItemsCache(2);
    cache.load(1, 1, [item('1.1', 1)]);
    cache.load(1, 2, [item('1.1', 1)]);
    cache.apply(1, 1, item('1.1', 2), 1, 2); // unit 1 used again
    cache.load(1, 3, [item('1.1', 1)]);
    expect(cache.size).toBe(2);
    expect(cache.apply(1, 2, item('1.1', 2), 1, 2)).toBeUndefined();
    expect(cache.apply(1, 1, item('1.1', 3), 1, 3)?.count).toBe(1);
  });
});

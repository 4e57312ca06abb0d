// Competition ranking on rounded totals; tied units in Vietnamese alphabetical order.
import { describe, expect, it } from 'vitest';
import { rankUnits } from './rank-units';

const u = (code: string, name: string, total: number) => ({ code, name, total });

describe('rankUnits', () => {
  it('competition ranking: 1, 2, 2, 4', () => {
    const ranked = rankUnits([
      u('d', 'Xã D', 70),
      u('b', 'Xã B', 80),
      u('a', 'Xã A', 90),
      u('c', 'Xã C', 80),
    ]);
    expect(ranked.map((r) => [r.unit.code, r.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
    ]);
  });

  it('ties at the top share rank 1 and the next rank skips', () => {
    const ranked = rankUnits([
      u('1', 'Xã Một', 50),
      u('2', 'Xã Hai', 50),
      u('3', 'Xã Ba', 50),
      u('4', 'Xã Bốn', 10),
    ]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1, 1, 4]);
  });

  it('lists tied units in Vietnamese alphabetical order (a < ă < â, d < đ)', () => {
    const ranked = rankUnits([
      u('1', 'Bắc Hà', 60),
      u('2', 'Bát Xát', 60),
      u('3', 'Bảo Nhai', 60),
      u('4', 'Bản Vược', 60),
    ]);
    // b-a-n < b-a-o < b-a-t < b-ă-c: ă is a letter of its own, after a; tones only break ties.
    expect(ranked.map((r) => r.unit.name)).toEqual(['Bản Vược', 'Bảo Nhai', 'Bát Xát', 'Bắc Hà']);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1, 1, 1]);

    const d = rankUnits([
      u('1', 'Đông Tuông', 5),
      u('2', 'Dương Quỳ', 5),
      u('3', 'Âu Lâu', 5),
      u('4', 'Ăn Lạc', 5),
    ]);
    expect(d.map((r) => r.unit.name)).toEqual(['Ăn Lạc', 'Âu Lâu', 'Dương Quỳ', 'Đông Tuông']);
  });

  it('alphabetical order only breaks ties: a higher total comes first whatever its name', () => {
    const ranked = rankUnits([u('1', 'Xã A', 10), u('2', 'Xã Y', 10.01)]);
    expect(ranked.map((r) => [r.unit.name, r.rank])).toEqual([
      ['Xã Y', 1],
      ['Xã A', 2],
    ]);
  });

  it('an empty list ranks to nothing', () => {
    expect(rankUnits([])).toEqual([]);
  });
});

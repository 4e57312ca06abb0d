import { readFileSync } from 'node:fs';
import { validateFramework, type Framework, type IndexSet, type SubIndex } from '@dti/core';
import { describe, expect, it } from 'vitest';
import { renderFrameworks } from '../scripts/render-frameworks';
import { builtinFrameworkIds, builtinFrameworkPath, readBuiltinFramework } from './index';

const OLD = 'LC-2644-2022';
const NEW = 'LC-3019-2023';

function load(id: string): Framework {
  return readBuiltinFramework(id) as Framework;
}

function subsOf(set: IndexSet): SubIndex[] {
  return set.indices.flatMap((index) => index.subIndices);
}

function setOf(framework: Framework, id: string): IndexSet {
  const set = framework.sets.find((s) => s.id === id);
  if (!set) throw new Error(`no set ${id}`);
  return set;
}

const tagged = (subs: SubIndex[], tag: string): number => subs.filter((s) => s.tags?.includes(tag)).length;

/** Decision 3019 and DOMAIN.md §2: counts, scales, additions. */
const EXPECTED = [
  {
    id: 'TINH_CO_TTHC',
    unitKind: 'province_agency_tthc',
    indices: 6,
    old: 35,
    subs: 55,
    oldMax: 1000,
    max: 1000,
    added: 20,
    attt: 7,
    hts: 0,
    dvctt: 12,
  },
  {
    id: 'TINH_KHONG_TTHC',
    unitKind: 'province_agency',
    indices: 6,
    old: 28,
    subs: 43,
    oldMax: 750,
    max: 800,
    added: 15,
    attt: 7,
    hts: 0,
    dvctt: 0,
  },
  {
    id: 'HUYEN',
    unitKind: 'district',
    indices: 8,
    old: 65,
    subs: 109,
    oldMax: 1000,
    max: 1000,
    added: 44,
    attt: 7,
    hts: 10,
    dvctt: 12,
  },
  {
    id: 'CQ_HUYEN',
    unitKind: 'district_agency',
    indices: 6,
    old: 30,
    subs: 47,
    oldMax: 1000,
    max: 1000,
    added: 17,
    attt: 6,
    hts: 0,
    dvctt: 0,
  },
  {
    id: 'XA',
    unitKind: 'commune',
    indices: 8,
    old: 62,
    subs: 85,
    oldMax: 1000,
    max: 1000,
    added: 23,
    attt: 5,
    hts: 5,
    dvctt: 12,
  },
];

describe('built-in frameworks', () => {
  it('lists and reads both files, and nothing else', () => {
    expect(builtinFrameworkIds()).toEqual([OLD, NEW]);
    expect(builtinFrameworkPath(NEW)).toMatch(/data[/\\]LC-3019-2023\.json$/);
    expect(load(NEW).id).toBe(NEW);
    expect(readBuiltinFramework('LC-9999-2030')).toBeUndefined();
    expect(readBuiltinFramework('../package')).toBeUndefined();
    expect(builtinFrameworkPath('nope')).toBeUndefined();
  });

  it('are exactly what the catalogue generates (run scripts/build-frameworks.ts after editing it)', () => {
    for (const [id, text] of Object.entries(renderFrameworks())) {
      expect(readFileSync(builtinFrameworkPath(id) ?? '', 'utf8')).toBe(text);
    }
  });

  it.each([OLD, NEW])('%s validates with no problems', (id) => {
    const result = validateFramework(readBuiltinFramework(id));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('carry their decision, levels and provenance', () => {
    const older = load(OLD);
    const newer = load(NEW);
    expect(newer.decision).toEqual({
      number: '3019/QĐ-UBND',
      date: '2023-11-28',
      issuer: 'UBND tỉnh Lào Cai',
    });
    expect(older.decision).toEqual({
      number: '2644/QĐ-UBND',
      date: '2022-11-07',
      issuer: 'UBND tỉnh Lào Cai',
    });
    expect(newer.replaces).toBe(OLD);
    for (const f of [older, newer]) {
      expect(f.provenance).toBe('reconstructed');
      expect(f.rankPrecision).toBe(2);
      expect(f.levels.map((l) => [l.code, l.name, l.abovePercent])).toEqual([
        ['DAN_DAT', 'Dẫn dắt', 75],
        ['NANG_CAO', 'Nâng cao', 50],
        ['HINH_THANH', 'Hình thành', 25],
        ['KHOI_DONG', 'Khởi động', null],
      ]);
      expect(f.sets.map((s) => s.id)).toEqual(EXPECTED.map((e) => e.id));
    }
  });
});

describe.each(EXPECTED)('set $id', (e) => {
  const older = setOf(load(OLD), e.id);
  const newer = setOf(load(NEW), e.id);
  const subs = subsOf(newer);
  const added = subs.filter((s) => s.introducedIn === NEW);

  it('has the published counts and scales', () => {
    expect(newer.unitKind).toBe(e.unitKind);
    expect(older.unitKind).toBe(e.unitKind);
    expect(newer.indices).toHaveLength(e.indices);
    expect(older.indices).toHaveLength(e.indices);
    expect(subs).toHaveLength(e.subs);
    expect(subsOf(older)).toHaveLength(e.old);
    expect(newer.maxPoints).toBe(e.max);
    expect(older.maxPoints).toBe(e.oldMax);
  });

  it('sums sub-indices to their index and indices to the set', () => {
    for (const set of [older, newer]) {
      expect(set.indices.reduce((a, i) => a + i.maxPoints, 0)).toBe(set.maxPoints);
      for (const index of set.indices) {
        expect(index.subIndices.reduce((a, s) => a + s.maxPoints, 0)).toBe(index.maxPoints);
      }
    }
  });

  it('uses the main indices of its kind', () => {
    const names = newer.indices.map((i) => [i.name, i.maxPoints]);
    const common = ['Nhận thức số', 'Thể chế số', 'Hạ tầng số', 'Nhân lực số', 'An toàn thông tin mạng'];
    expect(names.slice(0, 5).map(([n]) => n)).toEqual(common);
    if (e.indices === 8) {
      expect(names).toEqual([
        ...common.map((n) => [n, 100]),
        ['Hoạt động chính quyền số', 200],
        ['Hoạt động kinh tế số', 150],
        ['Hoạt động xã hội số', 150],
      ]);
      expect(newer.pillars?.map((p) => p.code)).toEqual(['CQS', 'KTS', 'XHS']);
      expect(newer.indices.map((i) => i.pillars)).toEqual([
        ...common.map(() => ['CQS', 'KTS', 'XHS']),
        ['CQS'],
        ['KTS'],
        ['XHS'],
      ]);
    } else {
      expect(names[5]?.[0]).toBe('Hoạt động chuyển đổi số');
      expect(names.slice(0, 5).map(([, p]) => p)).toEqual([100, 100, 100, 100, 150]);
    }
  });

  it('marks what 3019 added, with the announced themes', () => {
    expect(added).toHaveLength(e.added);
    expect(subs.filter((s) => s.introducedIn === OLD)).toHaveLength(e.old);
    expect(tagged(added, 'ATTT')).toBe(e.attt);
    expect(tagged(subs, 'ATTT')).toBe(e.attt);
    expect(tagged(added, 'HA_TANG_SO')).toBe(e.hts);
    expect(tagged(subs, 'HA_TANG_SO')).toBe(e.hts);
    expect(tagged(subs, 'DVCTT')).toBe(e.dvctt);
  });

  it('keeps every 2644 sub-index in 3019 (same code or replacesCodes)', () => {
    const newCodes = new Set(subs.flatMap((s) => [...(s.replacesCodes ?? []), s.code]));
    const oldCodes = subsOf(older).map((s) => s.code);
    expect(oldCodes.filter((c) => !newCodes.has(c))).toEqual([]);
    expect(subs.filter((s) => !oldCodes.includes(s.code)).map((s) => s.introducedIn)).toEqual(
      added.map(() => NEW),
    );
  });

  it('has real, distinct wording and the columns of an official table', () => {
    for (const set of [older, newer]) {
      const all = subsOf(set);
      expect(new Set(all.map((s) => s.name)).size).toBe(all.length);
      for (const s of all) {
        expect(s.name).not.toMatch(/^Chỉ số( thành phần)? \d/);
        for (const field of [s.description, s.evidence, s.source, s.verifier]) {
          expect(field?.trim()).toBeTruthy();
        }
        for (const input of s.inputs) expect(input.label.trim()).toBeTruthy();
      }
      expect(all.filter((s) => s.method.type === 'relative').length).toBeLessThanOrEqual(2);
    }
  });
});

/**
 * Generated national-scale data for the scoring benchmark: five sets shaped like the Lào Cai ones
 * (55, 43, 109, 47 and 85 sub-indices; 6 or 8 main indices) and 12,000 units with every sub-index
 * valued. Deterministic: a seeded generator, no clock.
 */
import type { Framework, IndexSet, Method, SubIndex, UnitInput } from '@dti/core';

/** A small seeded generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SHAPES = [
  { id: 'TINH_CO_TTHC', subs: 55, indices: 6, max: 1000, units: 1200 },
  { id: 'TINH_KHONG_TTHC', subs: 43, indices: 6, max: 800, units: 800 },
  { id: 'HUYEN', subs: 109, indices: 8, max: 1000, units: 700 },
  { id: 'CQ_HUYEN', subs: 47, indices: 6, max: 1000, units: 2300 },
  { id: 'XA', subs: 85, indices: 8, max: 1000, units: 7000 },
] as const;

const METHODS = [
  'boolean',
  'ratio',
  'percent',
  'steps',
  'choice',
  'parts',
  'count',
  'relative',
  'manual',
] as const;

function buildSub(code: string, max: number, kind: (typeof METHODS)[number]): SubIndex {
  const numeric = (key: string) => ({ key, label: key, type: 'integer' as const, min: 0 });
  const make = (inputs: SubIndex['inputs'], method: Method): SubIndex => ({
    code,
    name: `Chỉ số ${code}`,
    maxPoints: max,
    inputs,
    method,
  });
  switch (kind) {
    case 'boolean':
      return make([{ key: 'x', label: 'x', type: 'boolean' }], { type: 'boolean', input: 'x' });
    case 'ratio':
      return make([numeric('a'), numeric('b')], { type: 'ratio', numerator: 'a', denominator: 'b' });
    case 'percent':
      return make([{ key: 'p', label: 'p', type: 'percent' }], { type: 'percent', input: 'p', target: 80 });
    case 'steps':
      return make([numeric('n')], {
        type: 'steps',
        input: 'n',
        steps: [4, 3, 2, 1].map((atLeast) => ({ atLeast, points: (max * atLeast) / 4 })),
      });
    case 'choice':
      return make([{ key: 'c', label: 'c', type: 'choice' }], {
        type: 'choice',
        input: 'c',
        options: [
          { value: 'A', label: 'A', fraction: 1 },
          { value: 'B', label: 'B', fraction: 0.5 },
          { value: 'C', label: 'C', fraction: 0 },
        ],
      });
    case 'parts':
      return make(
        ['p1', 'p2', 'p3'].map((key) => ({ key, label: key, type: 'boolean' as const })),
        {
          type: 'parts',
          parts: [
            { input: 'p1', fraction: 0.5 },
            { input: 'p2', fraction: 0.25 },
            { input: 'p3', fraction: 0.25 },
          ],
        },
      );
    case 'count':
      return make([numeric('n')], { type: 'count', input: 'n', pointsEach: max / 5 });
    case 'relative':
      return make([numeric('v')], { type: 'relative', input: 'v' });
    case 'manual':
      return make([], { type: 'manual' });
  }
}

function buildSet(shape: (typeof SHAPES)[number]): IndexSet {
  const perIndex = shape.max / shape.indices;
  const indices = Array.from({ length: shape.indices }, (_, i) => {
    const count = Math.floor(shape.subs / shape.indices) + (i < shape.subs % shape.indices ? 1 : 0);
    const subMax = perIndex / count;
    return {
      code: String(i + 1),
      name: `Chỉ số chính ${i + 1}`,
      maxPoints: perIndex,
      subIndices: Array.from({ length: count }, (_, j) =>
        buildSub(`${i + 1}.${j + 1}`, subMax, METHODS[(i * 7 + j) % METHODS.length]!),
      ),
    };
  });
  return { id: shape.id, name: shape.id, unitKind: shape.id.toLowerCase(), maxPoints: shape.max, indices };
}

/** The benchmark framework: five sets shaped like Lào Cai's. */
export function buildNationalFramework(): Framework {
  return {
    formatVersion: 1,
    id: 'BENCH-NATIONAL',
    title: 'Dữ liệu sinh cho đo hiệu năng',
    provenance: 'reconstructed',
    rankPrecision: 2,
    levels: [
      { code: 'DAN_DAT', name: 'Dẫn dắt', abovePercent: 75 },
      { code: 'NANG_CAO', name: 'Nâng cao', abovePercent: 50 },
      { code: 'HINH_THANH', name: 'Hình thành', abovePercent: 25 },
      { code: 'KHOI_DONG', name: 'Khởi động', abovePercent: null },
    ],
    sets: SHAPES.map(buildSet),
  };
}

/** Generates every unit of every set with every sub-index valued. */
export function buildNationalUnits(framework: Framework, seed = 2023): Map<string, UnitInput[]> {
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const out = new Map<string, UnitInput[]>();
  for (const shape of SHAPES) {
    const set = framework.sets.find((s) => s.id === shape.id)!;
    const subs = set.indices.flatMap((index) => index.subIndices);
    const units: UnitInput[] = [];
    for (let u = 0; u < shape.units; u++) {
      const values: UnitInput['values'] = {};
      for (const sub of subs) {
        const m = sub.method;
        switch (m.type) {
          case 'boolean':
            values[sub.code] = { x: random() < 0.7 };
            break;
          case 'ratio': {
            const b = int(200);
            values[sub.code] = { a: b === 0 ? 0 : int(b + 1), b };
            break;
          }
          case 'percent':
            values[sub.code] = { p: int(101) };
            break;
          case 'steps':
          case 'count':
            values[sub.code] = { n: int(7) };
            break;
          case 'choice':
            values[sub.code] = { c: ['A', 'B', 'C'][int(3)]! };
            break;
          case 'parts':
            values[sub.code] = { p1: random() < 0.5, p2: random() < 0.5, p3: random() < 0.5 };
            break;
          case 'relative':
            values[sub.code] = { v: int(10_000) };
            break;
          case 'manual':
            values[sub.code] = { points: Math.floor(random() * sub.maxPoints * 100) / 100 };
            break;
          case 'none':
            break;
        }
      }
      units.push({
        code: `${shape.id}-${String(u).padStart(5, '0')}`,
        name: `Đơn vị ${u}`,
        group: `G${u % 60}`,
        values,
      });
    }
    out.set(shape.id, units);
  }
  return out;
}

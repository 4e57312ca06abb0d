/**
 * Small builders for the tests of core: frameworks assembled from a few sub-indices, so that an
 * aggregation rule can be checked with figures computed by hand.
 */
import type { Framework, Index, Level, Method, SubIndex } from '../framework/framework-types';
import type { InputValue, UnitInput } from '../scoring/values-types';

/** The four levels of the Lào Cai frameworks (75 / 50 / 25 / null). */
export const LAO_CAI_LEVELS: Level[] = [
  { code: 'DAN_DAT', name: 'Dẫn dắt', abovePercent: 75 },
  { code: 'NANG_CAO', name: 'Nâng cao', abovePercent: 50 },
  { code: 'HINH_THANH', name: 'Hình thành', abovePercent: 25 },
  { code: 'KHOI_DONG', name: 'Khởi động', abovePercent: null },
];

/** A `manual` sub-index (points entered directly). */
export function manualSub(code: string, maxPoints: number): SubIndex {
  return { code, name: `Chỉ số ${code}`, maxPoints, inputs: [], method: { type: 'manual' } };
}

/** A `ratio` sub-index on inputs `a` / `b`. */
export function ratioSub(
  code: string,
  maxPoints: number,
  options: Omit<Extract<Method, { type: 'ratio' }>, 'type' | 'numerator' | 'denominator'> = {},
): SubIndex {
  return {
    code,
    name: `Chỉ số ${code}`,
    maxPoints,
    inputs: [
      { key: 'a', label: 'Tử số', type: 'integer', min: 0 },
      { key: 'b', label: 'Mẫu số', type: 'integer', min: 0 },
    ],
    method: { type: 'ratio', numerator: 'a', denominator: 'b', ...options },
  };
}

/** A sub-index with one numeric input `v` scored by `method` (whose input must be `v`). */
export function singleInputSub(
  code: string,
  maxPoints: number,
  method: Method,
  type: 'integer' | 'number' | 'percent' = 'number',
): SubIndex {
  return {
    code,
    name: `Chỉ số ${code}`,
    maxPoints,
    inputs: [{ key: 'v', label: 'Giá trị', type, min: 0 }],
    method,
  };
}

/** One main index: its maximum is the sum of its sub-indices unless given. */
export function index(code: string, subIndices: SubIndex[], pillars?: string[], maxPoints?: number): Index {
  return {
    code,
    name: `Chỉ số chính ${code}`,
    maxPoints: maxPoints ?? subIndices.reduce((sum, sub) => sum + sub.maxPoints, 0),
    ...(pillars === undefined ? {} : { pillars }),
    subIndices,
  };
}

/** A framework of one set `S` made of the given indices; the set maximum is their sum unless given. */
export function frameworkOf(
  indices: Index[],
  options: { setMax?: number; rankPrecision?: number; pillars?: string[] } = {},
): Framework {
  return {
    formatVersion: 1,
    id: 'TEST-B',
    title: 'Bộ chỉ số dựng cho kiểm thử',
    provenance: 'official',
    rankPrecision: options.rankPrecision ?? 2,
    levels: LAO_CAI_LEVELS.map((level) => ({ ...level })),
    sets: [
      {
        id: 'S',
        name: 'Bộ thử',
        unitKind: 'commune',
        maxPoints: options.setMax ?? indices.reduce((sum, i) => sum + i.maxPoints, 0),
        ...(options.pillars === undefined
          ? {}
          : { pillars: options.pillars.map((code) => ({ code, name: `Trụ cột ${code}` })) }),
        indices,
      },
    ],
  };
}

/** A framework with a single manual sub-index `1.1` worth the whole set (`max` points). */
export function singleManualFramework(max: number, rankPrecision = 2): Framework {
  return frameworkOf([index('1', [manualSub('1.1', max)])], { rankPrecision });
}

/** A unit to score. */
export function unit(
  code: string,
  name: string,
  values: Record<string, Record<string, InputValue>>,
  group?: string,
): UnitInput {
  return { code, name, values, ...(group === undefined ? {} : { group }) };
}

/** A unit of `singleManualFramework` with `points` entered for `1.1`. */
export function manualUnit(code: string, name: string, points: number, group?: string): UnitInput {
  return unit(code, name, { '1.1': { points } }, group);
}

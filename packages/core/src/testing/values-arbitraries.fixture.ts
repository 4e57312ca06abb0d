/**
 * fast-check generators for the property tests of core: valid values for any sub-index, units for a
 * set, and small random frameworks that satisfy every rule of framework-format.md.
 */
import fc from 'fast-check';
import type { Framework, Index, SubIndex } from '../framework/framework-types';
import type { InputValue, UnitInput, UnitValues } from '../scoring/values-types';
import { LAO_CAI_LEVELS } from './framework-builders.fixture';

type Values = Record<string, InputValue>;

/** A non-negative double without -0. */
const nonNegative = (max: number): fc.Arbitrary<number> =>
  fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true }).map((x) => x + 0);

/** Valid values for one sub-index (as validation accepts them). */
export function arbValuesFor(
  sub: SubIndex,
  options: { noZeroDenominator?: boolean } = {},
): fc.Arbitrary<Values> {
  const method = sub.method;
  const one = (key: string, arb: fc.Arbitrary<InputValue>): fc.Arbitrary<Values> =>
    arb.map((v) => ({ [key]: v }));
  switch (method.type) {
    case 'boolean':
      return one(method.input, fc.boolean());
    case 'ratio':
      return fc
        .integer({ min: options.noZeroDenominator ? 1 : 0, max: 200 })
        .chain((b) =>
          fc
            .integer({ min: 0, max: method.allowAboveOne ? 300 : b })
            .map((a) => ({ [method.numerator]: a, [method.denominator]: b })),
        );
    case 'percent':
      return one(method.input, nonNegative(100));
    case 'steps':
      return one(method.input, fc.integer({ min: 0, max: 12 }));
    case 'choice':
      return one(method.input, fc.constantFrom(...method.options.map((o) => o.value)));
    case 'parts':
      return fc.tuple(...method.parts.map(() => fc.option(fc.boolean(), { nil: undefined }))).map((flags) => {
        const values: Values = {};
        method.parts.forEach((part, i) => {
          const flag = flags[i];
          if (flag !== undefined) values[part.input] = flag;
        });
        return values;
      });
    case 'count':
      return one(method.input, fc.integer({ min: 0, max: 30 }));
    case 'relative':
      return one(method.input, nonNegative(1000));
    case 'manual':
      return one('points', nonNegative(sub.maxPoints));
    case 'none':
      return fc.tuple(...sub.inputs.map(() => fc.integer({ min: 0, max: 100 }))).map((list) => {
        const values: Values = {};
        sub.inputs.forEach((input, i) => {
          const v = list[i];
          if (v !== undefined && input.type !== 'boolean' && input.type !== 'text') values[input.key] = v;
        });
        return values;
      });
  }
}

/** Unit names with Vietnamese letters, some sharing a first letter, so that ties sort by name. */
export const UNIT_NAMES = [
  'Bản Vược',
  'Bảo Nhai',
  'Bát Xát',
  'Bắc Hà',
  'Dương Quỳ',
  'Đông Tuông',
  'Âu Lâu',
  'Ăn Lạc',
  'Si Ma Cai',
  'Sàng Ma Sáo',
];

/** The sub-indices of a framework's first set, in order. */
export function subsOf(framework: Framework): SubIndex[] {
  return framework.sets[0]!.indices.flatMap((index) => index.subIndices);
}

/** Values for every sub-index of the first set, each present or not. */
export function arbUnitValues(
  framework: Framework,
  options: { noZeroDenominator?: boolean } = {},
): fc.Arbitrary<UnitValues> {
  const subs = subsOf(framework);
  return fc
    .tuple(...subs.map((sub) => fc.option(arbValuesFor(sub, options), { nil: undefined })))
    .map((list) => {
      const values: UnitValues = {};
      subs.forEach((sub, i) => {
        const v = list[i];
        if (v !== undefined) values[sub.code] = v;
      });
      return values;
    });
}

/** 1 to `maxUnits` units with unique codes, optional groups and valid values. */
export function arbUnits(
  framework: Framework,
  options: { noZeroDenominator?: boolean; maxUnits?: number } = {},
): fc.Arbitrary<UnitInput[]> {
  return fc
    .array(
      fc.record({
        name: fc.constantFrom(...UNIT_NAMES),
        group: fc.option(fc.constantFrom('G1', 'G2'), { nil: undefined }),
        values: arbUnitValues(framework, options),
      }),
      { minLength: 1, maxLength: options.maxUnits ?? 6 },
    )
    .map((list) =>
      list.map(({ name, group, values }, i): UnitInput => ({
        code: `U${String(i).padStart(3, '0')}`,
        name,
        values,
        ...(group === undefined ? {} : { group }),
      })),
    );
}

type SubBody = Omit<SubIndex, 'code' | 'name'>;

const maxPoints = fc.integer({ min: 1, max: 40 }).map((n) => n / 2);

const arbSubBody: fc.Arbitrary<SubBody> = fc.oneof(
  maxPoints.map((max): SubBody => ({
    maxPoints: max,
    inputs: [{ key: 'ok', label: 'Đạt', type: 'boolean' }],
    method: { type: 'boolean', input: 'ok' },
  })),
  fc
    .record({
      max: maxPoints,
      target: fc.constantFrom(undefined, 0.5, 0.8, 1),
      rule: fc.constantFrom(undefined, 'full' as const, 'zero' as const, 'exclude' as const),
      allowAboveOne: fc.boolean(),
    })
    .map(({ max, target, rule, allowAboveOne }): SubBody => ({
      maxPoints: max,
      inputs: [
        { key: 'a', label: 'Tử số', type: 'integer', min: 0 },
        { key: 'b', label: 'Mẫu số', type: 'integer', min: 0 },
      ],
      method: {
        type: 'ratio',
        numerator: 'a',
        denominator: 'b',
        ...(target === undefined ? {} : { target }),
        ...(rule === undefined ? {} : { whenZeroDenominator: rule }),
        ...(allowAboveOne ? { allowAboveOne } : {}),
      },
    })),
  fc
    .record({ max: maxPoints, target: fc.constantFrom(undefined, 50, 80, 100) })
    .map(({ max, target }): SubBody => ({
      maxPoints: max,
      inputs: [{ key: 'p', label: 'Tỉ lệ', type: 'percent' }],
      method: { type: 'percent', input: 'p', ...(target === undefined ? {} : { target }) },
    })),
  fc
    .record({
      max: maxPoints,
      atLeast: fc.uniqueArray(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 4 }),
      shares: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 4, maxLength: 4 }),
    })
    .map(({ max, atLeast, shares }): SubBody => {
      const thresholds = [...atLeast].sort((x, y) => y - x);
      const points = shares
        .slice(0, thresholds.length)
        .map((s) => (max * s) / 4)
        .sort((x, y) => y - x);
      return {
        maxPoints: max,
        inputs: [{ key: 'v', label: 'Số lượng', type: 'integer', min: 0 }],
        method: {
          type: 'steps',
          input: 'v',
          steps: thresholds.map((t, i) => ({ atLeast: t, points: points[i]! })),
        },
      };
    }),
  fc
    .record({
      max: maxPoints,
      fractions: fc.array(fc.constantFrom(0, 0.25, 0.5, 1), { minLength: 1, maxLength: 3 }),
    })
    .map(({ max, fractions }): SubBody => ({
      maxPoints: max,
      inputs: [{ key: 'c', label: 'Lựa chọn', type: 'choice' }],
      method: {
        type: 'choice',
        input: 'c',
        options: fractions.map((fraction, i) => ({ value: `O${i}`, label: `Lựa chọn ${i}`, fraction })),
      },
    })),
  fc.record({ max: maxPoints, n: fc.integer({ min: 1, max: 4 }) }).map(({ max, n }): SubBody => ({
    maxPoints: max,
    inputs: Array.from({ length: n }, (_, i) => ({
      key: `k${i}`,
      label: `Kênh ${i}`,
      type: 'boolean' as const,
    })),
    method: {
      type: 'parts',
      parts: Array.from({ length: n }, (_, i) => ({ input: `k${i}`, fraction: 1 / n })),
    },
  })),
  fc.record({ max: maxPoints, each: fc.constantFrom(0.5, 1, 2.5) }).map(({ max, each }): SubBody => ({
    maxPoints: max,
    inputs: [{ key: 'v', label: 'Số lượng', type: 'integer', min: 0 }],
    method: { type: 'count', input: 'v', pointsEach: each },
  })),
  maxPoints.map((max): SubBody => ({
    maxPoints: max,
    inputs: [{ key: 'v', label: 'Giá trị', type: 'number', min: 0 }],
    method: { type: 'relative', input: 'v' },
  })),
  maxPoints.map((max): SubBody => ({ maxPoints: max, inputs: [], method: { type: 'manual' } })),
  fc.constant<SubBody>({
    maxPoints: 0,
    inputs: [{ key: 'info', label: 'Thông tin', type: 'integer', min: 0 }],
    method: { type: 'none' },
  }),
);

/** A small random framework (one set, 1–3 indices of 1–4 sub-indices) that satisfies every rule. */
export const arbFramework: fc.Arbitrary<Framework> = fc
  .array(
    fc.record({
      subs: fc.array(arbSubBody, { minLength: 1, maxLength: 4 }),
      pillars: fc.subarray(['P', 'Q']),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((specs): Framework => {
    const indices: Index[] = specs.map((spec, i) => {
      const subIndices = spec.subs.map((body, j) => ({
        ...body,
        code: `${i + 1}.${j + 1}`,
        name: `Chỉ số ${i + 1}.${j + 1}`,
      }));
      return {
        code: String(i + 1),
        name: `Chỉ số chính ${i + 1}`,
        maxPoints: subIndices.reduce((sum, s) => sum + s.maxPoints, 0),
        pillars: spec.pillars,
        subIndices,
      };
    });
    return {
      formatVersion: 1,
      id: 'RANDOM',
      title: 'Bộ chỉ số ngẫu nhiên',
      provenance: 'reconstructed',
      rankPrecision: 2,
      levels: LAO_CAI_LEVELS.map((level) => ({ ...level })),
      sets: [
        {
          id: 'S',
          name: 'Bộ ngẫu nhiên',
          unitKind: 'commune',
          maxPoints: indices.reduce((sum, index) => sum + index.maxPoints, 0),
          pillars: [
            { code: 'P', name: 'Trụ cột P' },
            { code: 'Q', name: 'Trụ cột Q' },
          ],
          indices,
        },
      ],
    };
  })
  .filter((fw) => fw.sets[0]!.maxPoints > 0);

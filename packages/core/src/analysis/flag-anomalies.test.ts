import { describe, expect, it } from 'vitest';
import type { SubIndex } from '../framework/framework-types';
import { scoreSet } from '../scoring/score-set';
import { frameworkOf, index, manualSub, ratioSub, unit } from '../testing/framework-builders.fixture';
import type { AnomalyFlag } from './anomaly-flag';
import { flagAnomalies } from './flag-anomalies';

const hardPercent: SubIndex = {
  code: '1.3',
  name: 'Tỉ lệ hồ sơ trực tuyến toàn trình',
  maxPoints: 10,
  tags: ['KHO'],
  inputs: [{ key: 'p', label: 'Tỉ lệ', type: 'percent' }],
  method: { type: 'percent', input: 'p' },
};
const yesNo: SubIndex = {
  code: '2.1',
  name: 'Có kế hoạch',
  maxPoints: 10,
  inputs: [{ key: 'ok', label: 'Có', type: 'boolean' }],
  method: { type: 'boolean', input: 'ok' },
};
const fw = frameworkOf([
  index('1', [ratioSub('1.1', 10), manualSub('1.2', 50), hardPercent]),
  index('2', [yesNo]),
]);

// 10 units. 1.1: U0 40/40, U1–U4 (20+i)/40, U5–U9 30/40 (identical); 1.2: U9 at 40 among 4–8;
// 1.3: U5 reports 100 % on a hard item.
const a = [40, 21, 22, 23, 24, 30, 30, 30, 30, 30];
const manual = [4, 5, 6, 7, 8, 5, 6, 7, 6, 40];
const p = [50, 55, 60, 65, 70, 100, 60, 60, 62, 58];
const units = a.map((ai, i) =>
  unit(`U${i}`, `Xã ${i}`, {
    '1.1': { a: ai, b: 40 },
    '1.2': { points: manual[i]! },
    '1.3': { p: p[i]! },
    '2.1': { ok: i % 2 === 0 },
  }),
);
const only = (flags: AnomalyFlag[], kind: AnomalyFlag['kind']) => flags.filter((f) => f.kind === kind);

describe('flagAnomalies', () => {
  const flags = flagAnomalies({ framework: fw, setId: 'S', units });

  it('flags values far from their peers by robust z-score (median 6, MAD 1, z = 0,6745·34)', () => {
    expect(only(flags, 'outlier_input')).toEqual([
      {
        unit: 'U5',
        subIndex: '1.3',
        input: 'p',
        kind: 'outlier_input',
        severity: 'medium',
        message:
          "Giá trị 'Tỉ lệ' (p) của chỉ số 1.3 là 100, khác xa các đơn vị khác (trung vị 60, MAD 3,5; z = 7,7).",
      },
      {
        unit: 'U9',
        subIndex: '1.2',
        input: 'points',
        kind: 'outlier_input',
        severity: 'high',
        message:
          "Giá trị 'Điểm' (points) của chỉ số 1.2 là 40, khác xa các đơn vị khác (trung vị 6, MAD 1; z = 22,9).",
      },
    ]);
    expect(only(flags, 'outlier_sub_index').map((f) => [f.unit, f.subIndex, f.message])).toEqual([
      [
        'U5',
        '1.3',
        'Chỉ số 1.3 đạt 100% điểm tối đa, khác xa các đơn vị khác (trung vị 60%, MAD 3,5; z = 7,7).',
      ],
      [
        'U9',
        '1.2',
        'Chỉ số 1.2 đạt 80% điểm tối đa, khác xa các đơn vị khác (trung vị 12%, MAD 2; z = 22,9).',
      ],
    ]);
  });

  it('flags a full rate that few units reach, and 100 % on an item tagged hard', () => {
    expect(only(flags, 'implausible_full_rate').map((f) => [f.unit, f.subIndex, f.message])).toEqual([
      ['U0', '1.1', 'Tỉ lệ của chỉ số 1.1 đạt 100% (40/40) trong khi chỉ 1/10 đơn vị đạt mức này.'],
      ['U5', '1.3', "Chỉ số 1.3 báo cáo 'Tỉ lệ' = 100%, chỉ số được đánh dấu khó đạt (KHO)."],
    ]);
  });

  it('flags the same non-trivial values on five units', () => {
    const same = only(flags, 'identical_values');
    expect(same.map((f) => f.unit)).toEqual(['U5', 'U6', 'U7', 'U8', 'U9']);
    expect(same[0]!.message).toBe(
      'Bộ giá trị của chỉ số 1.1 (a = 30; b = 40) trùng nhau ở 5 đơn vị: U5, U6, U7, U8, U9.',
    );
  });

  it('never flags yes/no items as outliers and orders flags by unit then severity', () => {
    expect(flags.some((f) => f.subIndex === '2.1')).toBe(false);
    const u9 = flags.filter((f) => f.unit === 'U9').map((f) => f.severity);
    expect(u9).toEqual(
      [...u9].sort((x, y) => ['high', 'medium', 'low'].indexOf(x) - ['high', 'medium', 'low'].indexOf(y)),
    );
  });

  it('flags whole value sets copied across units', () => {
    const copies = ['A', 'B', 'C', 'D', 'E'].map((c) =>
      unit(c, c, { '1.1': { a: 17, b: 40 }, '1.2': { points: 3 } }),
    );
    const out = flagAnomalies({ framework: fw, setId: 'S', units: copies, options: { minPeers: 50 } });
    expect(out.filter((f) => f.subIndex === undefined).map((f) => [f.unit, f.severity, f.message])).toEqual(
      ['A', 'B', 'C', 'D', 'E'].map((c) => [
        c,
        'high',
        'Toàn bộ số liệu tự đánh giá trùng khớp hoàn toàn ở 5 đơn vị: A, B, C, D, E.',
      ]),
    );
  });

  it('flags large jumps from last year in inputs, sub-index percents and the total', () => {
    const before = [
      unit('X', 'X', {
        '1.1': { a: 4, b: 40 },
        '1.2': { points: 10 },
        '1.3': { p: 50 },
        '2.1': { ok: true },
      }),
    ];
    const after = [
      unit('X', 'X', {
        '1.1': { a: 36, b: 40 },
        '1.2': { points: 40 },
        '1.3': { p: 50 },
        '2.1': { ok: true },
      }),
    ];
    const out = flagAnomalies({
      framework: fw,
      setId: 'S',
      units: after,
      previousUnits: before,
      previousResults: scoreSet(fw, 'S', before),
    });
    // Total: (1 + 10 + 5 + 10) / 80 = 32,5 % → (9 + 40 + 5 + 10) / 80 = 80 %.
    expect(only(out, 'large_jump').map((f) => [f.subIndex, f.input, f.message])).toEqual([
      [
        undefined,
        undefined,
        'Tổng điểm tăng từ 32,5% lên 80% điểm tối đa so với năm trước (+47,5 điểm phần trăm).',
      ],
      ['1.1', undefined, 'Chỉ số 1.1 tăng từ 10% lên 90% điểm tối đa so với năm trước (+80 điểm phần trăm).'],
      ['1.1', 'a', "Giá trị 'Tử số' (a) của chỉ số 1.1 tăng từ 4 lên 36 so với năm trước (gấp 9 lần)."],
      ['1.2', undefined, 'Chỉ số 1.2 tăng từ 20% lên 80% điểm tối đa so với năm trước (+60 điểm phần trăm).'],
      [
        '1.2',
        'points',
        "Giá trị 'Điểm' (points) của chỉ số 1.2 tăng từ 10 lên 40 so với năm trước (gấp 4 lần).",
      ],
    ]);
  });

  it('flags evidence shared between units and evidence dated outside the data window', () => {
    const out = flagAnomalies({
      framework: fw,
      setId: 'S',
      units: [],
      evidence: [
        { unit: 'A', subIndex: '1.1', file: 'qd-12.pdf', hash: 'abcdef0123456789', date: '2023-05-02' },
        { unit: 'B', subIndex: '1.1', file: 'qd-12-copy.pdf', hash: 'abcdef0123456789', date: '2022-12-31' },
        { unit: 'B', subIndex: '1.2', hash: 'ffff', date: '2023-13-45T00:00:00Z' },
        { unit: 'C', subIndex: '1.2', hash: 'eeee', date: '2024-01-01T08:00:00+07:00' },
      ],
      window: { from: '2023-01-01', to: '2023-12-31' },
    });
    expect(out.map((f) => [f.unit, f.kind, f.severity, f.message])).toEqual([
      [
        'A',
        'shared_evidence',
        'high',
        'Tệp minh chứng "qd-12.pdf" (mã băm abcdef012345) cũng được 1 đơn vị khác dùng: B.',
      ],
      [
        'B',
        'shared_evidence',
        'high',
        'Tệp minh chứng "qd-12-copy.pdf" (mã băm abcdef012345) cũng được 1 đơn vị khác dùng: A.',
      ],
      [
        'B',
        'evidence_out_of_window',
        'medium',
        'Minh chứng "qd-12-copy.pdf" của chỉ số 1.1 đề ngày 31/12/2022, ngoài kỳ số liệu 01/01/2023–31/12/2023.',
      ],
      [
        'B',
        'evidence_date_invalid',
        'low',
        'Minh chứng của chỉ số 1.2 có ngày không hợp lệ: "2023-13-45T00:00:00Z".',
      ],
      [
        'C',
        'evidence_out_of_window',
        'medium',
        'Minh chứng của chỉ số 1.2 đề ngày 01/01/2024, ngoài kỳ số liệu 01/01/2023–31/12/2023.',
      ],
    ]);
  });
});

// A small framework with Vietnamese names and scored results, for the tests of the documents.
import { scoreSet, type Framework, type Index, type UnitInput } from '@dti/core';
import {
  buildReportFramework,
  buildReportLevels,
  buildReportSet,
  type ResultsReportModel,
  type ScorecardModel,
} from './report-models';

function indices(): Index[] {
  return [
    {
      code: '1',
      name: 'Nhận thức số',
      maxPoints: 30,
      pillars: ['CQS'],
      subIndices: [
        {
          code: '1.1',
          name: 'Ban hành kế hoạch chuyển đổi số năm',
          maxPoints: 10,
          inputs: [{ key: 'hasPlan', label: 'Đã ban hành kế hoạch', type: 'boolean' }],
          method: { type: 'boolean', input: 'hasPlan' },
        },
        {
          code: '1.2',
          name: 'Số cuộc họp của Ban chỉ đạo chuyển đổi số',
          maxPoints: 10,
          inputs: [{ key: 'meetings', label: 'Số cuộc họp', type: 'integer', min: 0 }],
          method: {
            type: 'steps',
            input: 'meetings',
            steps: [
              { atLeast: 4, points: 10 },
              { atLeast: 2, points: 5 },
            ],
          },
        },
        {
          code: '1.3',
          name: 'Người đứng đầu trực tiếp chỉ đạo',
          maxPoints: 10,
          inputs: [{ key: 'chair', label: 'Người chủ trì', type: 'choice' }],
          method: {
            type: 'choice',
            input: 'chair',
            options: [
              { value: 'CHU_TICH', label: 'Chủ tịch', fraction: 1 },
              { value: 'PHO_CHU_TICH', label: 'Phó Chủ tịch', fraction: 0.5 },
              { value: 'KHAC', label: 'Khác', fraction: 0 },
            ],
          },
        },
      ],
    },
    {
      code: '2',
      name: 'Hạ tầng số',
      maxPoints: 30,
      pillars: ['CQS'],
      subIndices: [
        {
          code: '2.1',
          name: 'Tỉ lệ cán bộ, công chức được cấp chữ ký số',
          maxPoints: 15,
          inputs: [
            { key: 'a', label: 'Số người có chữ ký số', type: 'integer', min: 0 },
            { key: 'b', label: 'Tổng số cán bộ, công chức', type: 'integer', min: 0 },
          ],
          method: { type: 'ratio', numerator: 'a', denominator: 'b', whenZeroDenominator: 'exclude' },
        },
        {
          code: '2.2',
          name: 'Tỉ lệ máy tính kết nối mạng truyền số liệu chuyên dùng',
          maxPoints: 15,
          inputs: [{ key: 'p', label: 'Tỉ lệ (%)', type: 'percent' }],
          method: { type: 'percent', input: 'p' },
        },
      ],
    },
    {
      code: '3',
      name: 'Hoạt động chính quyền số',
      maxPoints: 40,
      pillars: ['CQS'],
      subIndices: [
        {
          code: '3.1',
          name: 'Số dịch vụ công trực tuyến toàn trình phát sinh hồ sơ',
          maxPoints: 20,
          inputs: [{ key: 'n', label: 'Số dịch vụ', type: 'integer', min: 0 }],
          method: { type: 'count', input: 'n', pointsEach: 2 },
        },
        {
          code: '3.2',
          name: 'Điểm đánh giá của Hội đồng thẩm định',
          maxPoints: 20,
          inputs: [],
          method: { type: 'manual' },
        },
      ],
    },
  ];
}

/** A two-set framework (communes and agencies with administrative procedures), 100 points each. */
export function buildReportFrameworkFixture(): Framework {
  return {
    formatVersion: 1,
    id: 'LC-TEST-2023',
    title: 'Bộ chỉ số đánh giá chuyển đổi số tỉnh Lào Cai (thử nghiệm)',
    decision: { number: '3019/QĐ-UBND', date: '2023-11-28', issuer: 'UBND tỉnh Lào Cai' },
    provenance: 'reconstructed',
    rankPrecision: 2,
    levels: [
      { code: 'DAN_DAT', name: 'Dẫn dắt', abovePercent: 75 },
      { code: 'NANG_CAO', name: 'Nâng cao', abovePercent: 50 },
      { code: 'HINH_THANH', name: 'Hình thành', abovePercent: 25 },
      { code: 'KHOI_DONG', name: 'Khởi động', abovePercent: null },
    ],
    sets: [
      {
        id: 'TINH_CO_TTHC',
        name: 'Bộ chỉ số DTI sở, ban, ngành có TTHC',
        unitKind: 'agency',
        maxPoints: 100,
        pillars: [{ code: 'CQS', name: 'Chính quyền số' }],
        indices: indices(),
      },
      {
        id: 'XA',
        name: 'Bộ chỉ số DTI cấp xã',
        unitKind: 'commune',
        maxPoints: 100,
        pillars: [{ code: 'CQS', name: 'Chính quyền số' }],
        indices: indices(),
      },
    ],
  };
}

const full = (meetings: number, chair: string, a: number, b: number, p: number, n: number, pts: number) => ({
  '1.1': { hasPlan: meetings > 0 },
  '1.2': { meetings },
  '1.3': { chair },
  '2.1': { a, b },
  '2.2': { p },
  '3.1': { n },
  '3.2': { points: pts },
});

/** Agencies with administrative procedures. */
export const AGENCIES: UnitInput[] = [
  {
    code: 'S01',
    name: 'Sở Lao động - Thương binh và Xã hội',
    values: full(4, 'CHU_TICH', 45, 50, 90, 8, 17.5),
  },
  { code: 'S02', name: 'Sở Thông tin và Truyền thông', values: full(3, 'PHO_CHU_TICH', 30, 40, 80, 6, 15) },
  { code: 'S03', name: 'Sở Tư pháp', values: full(1, 'KHAC', 10, 40, 35, 2, 8) },
];

/** Communes, in two districts (groups). */
export const COMMUNES: UnitInput[] = [
  { code: '02713', name: 'Xã Sàng Ma Sáo', group: '082', values: full(4, 'CHU_TICH', 18, 20, 85, 7, 16) },
  { code: '02716', name: 'Xã Bản Xèo', group: '082', values: full(2, 'PHO_CHU_TICH', 9, 15, 60, 3, 10) },
  { code: '02680', name: 'Phường Cốc Lếu', group: '080', values: full(4, 'CHU_TICH', 25, 25, 100, 10, 19) },
  {
    code: '02722',
    name: 'Xã Mường Hum',
    group: '082',
    values: { '1.1': { hasPlan: true }, '2.1': { a: 0, b: 0 }, '3.1': { n: 1 } },
  },
];

/** Last year's communes (no Phường Cốc Lếu). */
const PREVIOUS_COMMUNES: UnitInput[] = [
  { code: '02713', name: 'Xã Sàng Ma Sáo', group: '082', values: full(2, 'PHO_CHU_TICH', 10, 20, 50, 4, 10) },
  { code: '02716', name: 'Xã Bản Xèo', group: '082', values: full(2, 'CHU_TICH', 12, 15, 70, 5, 12) },
  { code: '02722', name: 'Xã Mường Hum', group: '082', values: full(0, 'KHAC', 2, 20, 10, 0, 2) },
];

/** The results of the fixture framework for 2023, with 2022 for the communes. */
export function buildResultsModel(): ResultsReportModel {
  const framework = buildReportFrameworkFixture();
  const groupNames = { '080': 'Thành phố Lào Cai', '082': 'Huyện Bát Xát' };
  return {
    framework: buildReportFramework(framework),
    year: 2023,
    levels: buildReportLevels(framework),
    approval: { number: '684/QĐ-UBND', date: '2024-04-03' },
    sets: [
      buildReportSet(framework, scoreSet(framework, 'TINH_CO_TTHC', AGENCIES), {
        groupName: 'Sở ban ngành có TTHC',
      }),
      buildReportSet(framework, scoreSet(framework, 'XA', COMMUNES), {
        groupName: 'Cấp xã',
        previous: scoreSet(framework, 'XA', PREVIOUS_COMMUNES),
        groupNames,
      }),
    ],
  };
}

/** The scorecard of one unit of the fixture (default Xã Sàng Ma Sáo). */
export function buildScorecardModel(unitCode = '02713'): ScorecardModel {
  const results = buildResultsModel();
  const set = results.sets.find((s) => s.results.units.some((u) => u.code === unitCode));
  if (!set) throw new Error(`No unit ${unitCode} in the fixture.`);
  const { sets: _sets, approval: _approval, ...context } = results;
  return { ...context, set, unitCode };
}

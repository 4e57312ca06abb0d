/**
 * A small framework used by the tests of core: every scoring method, pillars, an index that can be
 * wholly excluded. Max 100 points: index 1 (40), index 2 (30), index 3 (30).
 */
import type { Framework } from '../framework/framework-types';

/** Builds a fresh copy of the mini framework (tests may mutate it). */
export function buildMiniFramework(): Framework {
  return {
    formatVersion: 1,
    id: 'TEST-1',
    title: 'Bộ chỉ số thử nghiệm',
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
        id: 'XA',
        name: 'Cấp xã (thử)',
        unitKind: 'commune',
        maxPoints: 100,
        pillars: [
          { code: 'CQS', name: 'Chính quyền số' },
          { code: 'KTS', name: 'Kinh tế số' },
        ],
        indices: [
          {
            code: '1',
            name: 'Nhận thức số',
            maxPoints: 40,
            pillars: ['CQS', 'KTS'],
            subIndices: [
              {
                code: '1.1',
                name: 'Có kế hoạch chuyển đổi số',
                maxPoints: 10,
                inputs: [{ key: 'hasPlan', label: 'Có kế hoạch', type: 'boolean' }],
                method: { type: 'boolean', input: 'hasPlan' },
              },
              {
                code: '1.2',
                name: 'Số cuộc họp Ban chỉ đạo',
                maxPoints: 10,
                inputs: [{ key: 'meetings', label: 'Số cuộc họp', type: 'integer', min: 0 }],
                method: {
                  type: 'steps',
                  input: 'meetings',
                  steps: [
                    { atLeast: 4, points: 10 },
                    { atLeast: 3, points: 7.5 },
                    { atLeast: 2, points: 5 },
                    { atLeast: 1, points: 2.5 },
                  ],
                },
              },
              {
                code: '1.3',
                name: 'Người chủ trì Ban chỉ đạo',
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
              {
                code: '1.4',
                name: 'Tuyên truyền trên các kênh',
                maxPoints: 10,
                inputs: [
                  { key: 'web', label: 'Cổng thông tin', type: 'boolean' },
                  { key: 'radio', label: 'Đài truyền thanh', type: 'boolean' },
                  { key: 'social', label: 'Mạng xã hội', type: 'boolean' },
                ],
                method: {
                  type: 'parts',
                  parts: [
                    { input: 'web', fraction: 0.5 },
                    { input: 'radio', fraction: 0.25 },
                    { input: 'social', fraction: 0.25 },
                  ],
                },
              },
            ],
          },
          {
            code: '2',
            name: 'Hoạt động chính quyền số',
            maxPoints: 30,
            pillars: ['CQS'],
            subIndices: [
              {
                code: '2.1',
                name: 'Tỉ lệ hồ sơ xử lý trực tuyến',
                maxPoints: 10,
                inputs: [
                  { key: 'a', label: 'Số hồ sơ trực tuyến', type: 'integer', min: 0 },
                  { key: 'b', label: 'Tổng số hồ sơ', type: 'integer', min: 0 },
                ],
                method: { type: 'ratio', numerator: 'a', denominator: 'b', target: 0.8 },
              },
              {
                code: '2.2',
                name: 'Tỉ lệ cán bộ có chữ ký số',
                maxPoints: 10,
                inputs: [{ key: 'p', label: 'Tỉ lệ (%)', type: 'percent' }],
                method: { type: 'percent', input: 'p' },
              },
              {
                code: '2.3',
                name: 'Điểm hội đồng chấm',
                maxPoints: 5,
                inputs: [],
                method: { type: 'manual' },
              },
              {
                code: '2.4',
                name: 'Số dịch vụ công trực tuyến toàn trình',
                maxPoints: 5,
                inputs: [{ key: 'n', label: 'Số dịch vụ', type: 'integer', min: 0 }],
                method: { type: 'count', input: 'n', pointsEach: 0.5 },
              },
              {
                code: '2.5',
                name: 'Số máy tính (thu thập, không chấm)',
                maxPoints: 0,
                inputs: [{ key: 'pcs', label: 'Số máy tính', type: 'integer', min: 0 }],
                method: { type: 'none' },
              },
            ],
          },
          {
            code: '3',
            name: 'Hoạt động kinh tế số',
            maxPoints: 30,
            pillars: ['KTS'],
            subIndices: [
              {
                code: '3.1',
                name: 'Tỉ lệ hộ sản xuất bán hàng trên sàn TMĐT',
                maxPoints: 20,
                inputs: [
                  { key: 'a', label: 'Số hộ bán trên sàn', type: 'integer', min: 0 },
                  { key: 'b', label: 'Tổng số hộ sản xuất', type: 'integer', min: 0 },
                ],
                method: { type: 'ratio', numerator: 'a', denominator: 'b', whenZeroDenominator: 'exclude' },
              },
              {
                code: '3.2',
                name: 'Số giao dịch thanh toán không dùng tiền mặt',
                maxPoints: 10,
                inputs: [{ key: 'tx', label: 'Số giao dịch', type: 'number', min: 0 }],
                method: { type: 'relative', input: 'tx' },
              },
            ],
          },
        ],
      },
    ],
  };
}

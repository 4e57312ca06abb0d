// @vitest-environment jsdom
import '../../test/setup-dom';
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { OfficerHome } from '@dti/contract';
import { renderWithProviders } from '../../test/render';
import { OfficerHomeView } from './officer-home-section';

const unit = { code: '02713', name: 'Xã Thử Nghiệm', setId: 'XA', setName: 'Bộ chỉ số cấp xã' };

const running: NonNullable<OfficerHome['period']> = {
  year: 2026,
  state: 'open',
  frameworkId: 'LC-3019-2023',
  deadline: '2099-12-14T17:00:00.000Z',
  deadlineText: '15/12/2099 00:00',
  extended: false,
  canWrite: true,
  submittedAt: null,
  submittedLate: null,
  progress: {
    itemsTotal: 120,
    itemsEntered: 30,
    evidenceRequired: 30,
    evidenceAttached: 12,
    reviewRequested: 0,
    reviewAnswered: 0,
  },
  estimate: { total: 311.7, percent: 31.17, level: 'KHOI_DONG', maxPoints: 1000 },
  next: [
    {
      kind: 'missing',
      subCode: '2.3',
      name: 'Tỷ lệ hồ sơ trực tuyến',
      indexCode: '2',
      indexName: 'Chính quyền số',
      points: 20,
      answerUntil: null,
    },
    {
      kind: 'evidence',
      subCode: '1.1',
      name: 'Kế hoạch chuyển đổi số',
      indexCode: '1',
      indexName: 'Nhận thức số',
      points: 7.5,
      answerUntil: null,
    },
  ],
  nextMore: 88,
};

const last: NonNullable<OfficerHome['lastResult']> = {
  year: 2025,
  framework: 'LC-3019-2023',
  setId: 'XA',
  setName: 'Bộ chỉ số cấp xã',
  maxPoints: 1000,
  total: 611.7,
  percent: 61.17,
  level: 'HINH_THANH',
  rank: 12,
  rankOf: 152,
  group: '082',
  groupRank: 3,
  groupSize: 20,
  interval: { lowRank: 9, highRank: 16, medianRank: 12 },
  strengths: [
    { kind: 'index', code: '1', name: 'Nhận thức số', gap: 18.5, explanation: 'Cao hơn trung bình.' },
  ],
  weaknesses: [],
  plan: {
    targetLevel: 'NANG_CAO',
    targetLevelName: 'Nâng cao',
    alreadyReached: false,
    reachable: true,
    message: '',
    actions: [
      {
        subIndex: '2.3',
        name: 'Tỷ lệ',
        indexCode: '2',
        points: 5.5,
        partial: true,
        message: 'Nâng chỉ số 2.3 lên 10 điểm.',
      },
    ],
    projected: { total: 655, percent: 65.5, level: 'NANG_CAO', rank: 6 },
  },
};

describe('OfficerHomeView', () => {
  it('shows the deadline with a countdown, progress, the next things as links into the form, and last year', () => {
    renderWithProviders(
      <OfficerHomeView home={{ unit, period: running, lastResult: last, publishedYears: [2025, 2024] }} />,
    );
    expect(screen.getByTestId('officer-deadline').textContent).toContain('15/12/2099 00:00');
    expect(screen.getByTestId('officer-countdown').textContent).toMatch(/Còn \d+ ngày/);
    expect(screen.getByTestId('officer-progress-entered').textContent).toContain('30/120');
    expect(screen.getByTestId('officer-progress-evidence').textContent).toContain('12/30');
    expect(screen.getByTestId('officer-estimate').textContent).toContain('311,70');
    const next = within(screen.getByTestId('officer-next')).getAllByRole('link');
    expect(next.map((a) => a.getAttribute('href'))).toEqual([
      '/app/assessment?year=2026&item=2.3',
      '/app/assessment?year=2026&item=1.1',
    ]);
    expect(screen.getByTestId('officer-next').textContent).toContain('7,50 điểm');
    expect(screen.getByTestId('officer-next-more').textContent).toContain('88');
    expect(screen.getByTestId('officer-result-total').textContent).toBe('611,70');
    expect(screen.getByTestId('officer-result-rank').textContent).toBe('12/152');
    expect(screen.getByTestId('officer-result-interval').textContent).toBe('9–16');
    expect(screen.getByTestId('officer-strengths').textContent).toContain('Nhận thức số');
    expect(screen.getByTestId('officer-plan').textContent).toContain('Nâng chỉ số 2.3');
    expect(screen.getByTestId('officer-my-results-link').getAttribute('href')).toBe('/app/my-results');
  });

  it('says what to do when no period runs and nothing is published', () => {
    renderWithProviders(
      <OfficerHomeView home={{ unit, period: null, lastResult: null, publishedYears: [] }} />,
    );
    expect(screen.getByTestId('officer-no-period').textContent).toContain(
      'Khi Sở Thông tin và Truyền thông mở kỳ',
    );
    expect(screen.getByTestId('officer-no-result').textContent).toContain('phiếu tự đánh giá');
    expect(screen.queryByTestId('officer-my-results-link')).toBeNull();
  });

  it('shows the submission instead of the countdown, and no work left', () => {
    renderWithProviders(
      <OfficerHomeView
        home={{
          unit,
          period: {
            ...running,
            canWrite: false,
            submittedAt: '2026-12-01T03:00:00Z',
            submittedLate: false,
            next: [],
            nextMore: 0,
          },
          lastResult: null,
          publishedYears: [],
        }}
      />,
    );
    expect(screen.getByTestId('officer-submitted').textContent).toContain('01/12/2026 10:00');
    expect(screen.queryByTestId('officer-countdown')).toBeNull();
    expect(screen.getByTestId('officer-next-empty').textContent).toContain('đã gửi');
  });
});

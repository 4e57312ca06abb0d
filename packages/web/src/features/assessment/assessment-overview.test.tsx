// @vitest-environment jsdom
import '../../test/setup-dom';
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import type { Assessment } from '@dti/contract';
import { renderWithProviders } from '../../test/render';
import { AssessmentOverview } from './assessment-overview';

const estimate = {
  total: 100,
  percent: 50,
  level: 'HINH_THANH',
  maxPoints: 200,
  itemsFilled: 3,
  itemsTotal: 10,
  notEstimated: [] as { code: string; name: string; maxPoints: number }[],
};

function assessmentIn(periodState: string, extendedUntil: string | null = null): Assessment {
  return {
    year: 2024,
    frameworkId: 'LC-3019-2023',
    setId: 'XA',
    unit: { code: '02713', name: 'Xã A', kind: 'commune' },
    periodState,
    deadline: '2024-12-15T00:00:00+07:00',
    deadlineVietnam: '15/12/2024 00:00',
    extendedUntil,
    canWrite: periodState === 'open',
    submission: null,
    items: [],
    estimate,
  };
}

function show(assessment: Assessment, now: string, shown = estimate) {
  renderWithProviders(
    <AssessmentOverview
      assessment={assessment}
      estimate={shown}
      saves={{ status: 'idle', savedAt: null }}
      now={Date.parse(now)}
      canSubmit={false}
      onSubmit={() => Promise.resolve()}
      onRetry={() => undefined}
    />,
  );
}

describe('AssessmentOverview deadline', () => {
  it('counts down while the period is open, to the extension when the unit has one', () => {
    show(assessmentIn('open', '2024-12-20T00:00:00+07:00'), '2024-12-16T00:00:00+07:00');
    expect(screen.getByTestId('countdown').textContent).toBe('Còn 4 ngày 0 giờ 0 phút');
    expect(screen.getByTestId('extension').textContent).toBe(
      'Đơn vị được gia hạn đến 20/12/2024 00:00 (giờ Việt Nam).',
    );
  });

  it('shows the state instead of a countdown once the period has left open, before the deadline too', () => {
    show(assessmentIn('under_review', '2024-12-20T00:00:00+07:00'), '2024-12-10T00:00:00+07:00');
    expect(screen.queryByTestId('countdown')).toBeNull();
    expect(screen.getByTestId('period-state').textContent).toBe('Kỳ đánh giá đã đóng — đang thẩm định.');
    expect(screen.getByTestId('extension')).toBeTruthy();
  });
});

describe('AssessmentOverview estimate', () => {
  it('says which relative items the estimate leaves out, with their points', () => {
    show(assessmentIn('open'), '2024-12-10T00:00:00+07:00', {
      ...estimate,
      notEstimated: [{ code: '7.4', name: 'Sản phẩm OCOP', maxPoints: 12 }],
    });
    expect(screen.getByTestId('not-estimated').textContent).toContain('7.4 (12)');
  });

  it('shows the estimated points with two decimals, the maximum as it is', () => {
    show(assessmentIn('open'), '2024-12-10T00:00:00+07:00', { ...estimate, total: 611.7, maxPoints: 1000 });
    expect(screen.getByText('611,70 / 1.000')).toBeTruthy();
  });

  it('adds nothing when every item is estimated', () => {
    show(assessmentIn('open'), '2024-12-10T00:00:00+07:00');
    expect(screen.queryByTestId('not-estimated')).toBeNull();
  });
});

// @vitest-environment jsdom
import '../../test/setup-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import type { CouncilHome, CouncilQueueRow } from '@dti/contract';
import { renderWithProviders } from '../../test/render';
import { CouncilHomeView } from './council-home-section';
import { QUEUE_SHOWN } from './council-queue';

function row(code: string, extra: Partial<CouncilQueueRow> = {}): CouncilQueueRow {
  return {
    unitCode: code,
    unitName: `Xã ${code}`,
    setId: 'XA',
    setName: 'Bộ chỉ số cấp xã',
    indexCodes: ['1'],
    submitted: true,
    toReview: 6,
    reviewed: 0,
    asked: 0,
    state: 'not_started',
    anomalies: 0,
    highAnomalies: 0,
    ...extra,
  };
}

const home: CouncilHome = {
  period: { year: 2026, state: 'under_review', frameworkId: 'LC-3019-2023' },
  reviewDeadline: '2027-01-31T16:59:00.000Z',
  reviewDeadlineVietnam: '31/01/2027 23:59',
  queue: [
    row('A', { state: 'in_progress', reviewed: 2, anomalies: 3, highAnomalies: 1 }),
    row('B'),
    row('H', {
      unitName: 'Huyện Bát Xát',
      setName: 'Bộ chỉ số cấp huyện',
      indexCodes: null,
      submitted: false,
    }),
    row('C', { state: 'asked', asked: 1, reviewed: 1 }),
    row('D', { state: 'done', reviewed: 6 }),
  ],
  anomaliesError: null,
  progress: {
    members: [{ memberId: 7, memberName: 'Nguyễn Hội Đồng', assigned: 40, done: 9, left: 31 }],
    assigned: 40,
    done: 9,
  },
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2027-01-20T05:00:00.000Z'));
});
afterEach(() => vi.useRealTimers());

describe('CouncilHomeView', () => {
  it('shows the deadline in Vietnam time with the time left, and the queue with states, counts and anomalies', () => {
    renderWithProviders(<CouncilHomeView home={home} />);
    const deadline = screen.getByTestId('council-deadline').textContent ?? '';
    expect(deadline).toContain('31/01/2027 23:59');
    expect(deadline).toContain('Còn 11 ngày 11 giờ 59 phút');

    const rows = within(screen.getByTestId('council-queue')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-code'))).toEqual(['A', 'B', 'H', 'C', 'D']);
    const cells = within(rows[0]!)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells[1]).toBe('Đang thẩm định');
    expect(cells[2]).toBe('2/6');
    expect(cells[3]).toBe('3 (1 mức cao)');
    expect(within(rows[0]!).getByTestId('queue-compact').textContent).toBe(
      'Đang thẩm địnhĐã thẩm định 2/6 · 3 cảnh báo',
    );
    expect(within(rows[0]!).getByRole('link', { name: 'Xã A' }).getAttribute('href')).toBe(
      '/app/appraisal/2026/A',
    );
    expect(rows[2]!.textContent).toContain('Bộ chỉ số cấp huyện — toàn bộ chỉ số · chưa nộp');
    expect(within(rows[3]!).getAllByRole('cell')[1]?.textContent).toBe('Chờ đơn vị bổ sung');

    const counts = screen.getByTestId('council-queue-counts');
    expect(counts.querySelector('[data-state="not_started"]')?.textContent).toBe('Chưa bắt đầu: 2');
    expect(counts.querySelector('[data-state="done"]')?.textContent).toBe('Đã xong: 1');

    expect(screen.getByTestId('council-progress-total').textContent).toBe(
      'Đã thẩm định 9/40 chỉ số được phân công (22%)',
    );
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('22');
  });

  it('says when the deadline has passed', () => {
    vi.setSystemTime(new Date('2027-02-01T00:00:00.000Z'));
    renderWithProviders(<CouncilHomeView home={home} />);
    expect(screen.getByTestId('council-deadline').textContent).toContain('Đã quá hạn thẩm định.');
  });

  it('shows the first rows of a long queue, all on request', () => {
    const queue = Array.from({ length: QUEUE_SHOWN + 5 }, (_, i) => row(`U${i}`));
    renderWithProviders(<CouncilHomeView home={{ ...home, queue }} />);
    const count = () => within(screen.getByTestId('council-queue')).getAllByRole('row').length - 1;
    expect(count()).toBe(QUEUE_SHOWN);
    fireEvent.click(screen.getByRole('button', { name: `Xem tất cả ${QUEUE_SHOWN + 5} đơn vị` }));
    expect(count()).toBe(QUEUE_SHOWN + 5);
  });

  it('empty states say what to do', () => {
    const { unmount } = renderWithProviders(
      <CouncilHomeView home={{ ...home, queue: [], progress: { members: [], assigned: 0, done: 0 } }} />,
    );
    expect(screen.getByText(/Hãy liên hệ quản trị viên để được phân công/)).toBeTruthy();
    expect(screen.getByText('Chưa có phân công nào trong Hội đồng năm nay.')).toBeTruthy();
    unmount();
    renderWithProviders(
      <CouncilHomeView
        home={{ ...home, period: null, reviewDeadline: null, reviewDeadlineVietnam: null, queue: [] }}
      />,
    );
    expect(screen.getByText(/Chưa có kỳ đánh giá nào đang mở hoặc đang thẩm định/)).toBeTruthy();
  });
});

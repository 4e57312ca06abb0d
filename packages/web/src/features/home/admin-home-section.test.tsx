// @vitest-environment jsdom
import '../../test/setup-dom';
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { AdminHome, AdminStep } from '@dti/contract';
import { renderWithProviders } from '../../test/render';
import { AdminHomeView } from './admin-home-section';

const step = (
  key: AdminStep['key'],
  state: AdminStep['state'],
  extra: Partial<AdminStep> = {},
): AdminStep => ({
  key,
  state,
  blockedBy: null,
  done: null,
  total: null,
  detail: null,
  link: `/admin/periods?year=2026`,
  ...extra,
});

const home: AdminHome = {
  year: 2026,
  state: 'open',
  frameworkId: 'LC-3019-2023',
  steps: [
    step('framework', 'done', { detail: 'LC-3019-2023', link: '/frameworks/LC-3019-2023' }),
    step('open', 'done', { detail: '25/12/2026 00:00' }),
    step('reminders', 'not_yet', { done: 0 }),
    step('submitted', 'blocked', {
      done: 3,
      total: 12,
      blockedBy: 'deadline_passed_units_missing',
      link: '/admin/periods?year=2026&tab=completeness',
    }),
    step('council', 'in_progress', { done: 5, total: 12, link: '/admin/periods?year=2026&tab=council' }),
    step('review', 'not_yet', { done: 0, total: 0, link: '/app/appraisal?year=2026' }),
    step('snapshot', 'not_yet'),
    step('approval', 'not_yet'),
    step('published', 'not_yet'),
  ],
  submittedBySet: [
    { setId: 'XA', setName: 'Bộ chỉ số cấp xã', submitted: 3, units: 10 },
    { setId: 'HUYEN', setName: 'Bộ chỉ số cấp huyện', submitted: 0, units: 2 },
  ],
  next: 'reminders',
};

describe('AdminHomeView', () => {
  it('lists the steps in order with their state, figures, why blocked, and links', () => {
    renderWithProviders(<AdminHomeView home={home} />);
    const list = screen.getByTestId('admin-checklist');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((i) => [i.getAttribute('data-step'), i.getAttribute('data-state')])).toEqual(
      home.steps.map((s) => [s.key, s.state]),
    );
    expect(screen.getByTestId('figure-submitted').textContent).toBe('3/12 đơn vị đã nộp');
    expect(screen.getByTestId('submitted-by-set').textContent).toBe(
      'Bộ chỉ số cấp xã: 3/10 · Bộ chỉ số cấp huyện: 0/2',
    );
    expect(screen.getByTestId('blocked-submitted').textContent).toContain('Đã quá hạn nộp');
    expect(screen.getByTestId('figure-council').textContent).toBe('5/12 đơn vị đã có người thẩm định');
    expect(screen.getByTestId('figure-framework').textContent).toBe('Bộ chỉ số LC-3019-2023');
    expect(within(items[4]!).getByRole('link').getAttribute('href')).toBe(
      '/admin/periods?year=2026&tab=council',
    );
    expect(within(items[4]!).getByRole('link').textContent).toBe('Thực hiện — Phân công Hội đồng');
    expect(within(items[0]!).getByRole('link').textContent).toBe('Xem — Chọn bộ chỉ số');
    expect(screen.getByTestId('admin-next').textContent).toBe('Bước tiếp theo: Nhắc hạn các đơn vị');
  });

  it('without a period, tells the administrator to create one', () => {
    renderWithProviders(
      <AdminHomeView
        home={{ year: null, state: null, frameworkId: null, steps: [], submittedBySet: [], next: null }}
      />,
    );
    expect(screen.getByText(/Hãy tạo kỳ đánh giá của năm nay/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Tạo kỳ đánh giá' }).getAttribute('href')).toBe('/admin/periods');
  });

  it('all done: says so', () => {
    renderWithProviders(
      <AdminHomeView
        home={{
          ...home,
          state: 'published',
          steps: home.steps.map((s) => ({ ...s, state: 'done' })),
          next: null,
        }}
      />,
    );
    expect(screen.getByTestId('admin-next').textContent).toBe(
      'Kỳ đánh giá năm 2026 đã hoàn thành và công bố.',
    );
  });
});

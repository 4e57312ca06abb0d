// @vitest-environment jsdom
import '../../test/setup-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../../test/render';
import { appPathOf, NotificationBell } from './notification-bell';

const notifications = [
  {
    id: 3,
    kind: 'council_request',
    title: 'Hội đồng đề nghị bổ sung minh chứng chỉ số 1.2',
    body: 'Bổ sung thông báo kết luận các cuộc họp.',
    link: '/app/assessment',
    read: false,
    createdAt: '2024-12-10T03:00:00Z',
  },
  {
    id: 2,
    kind: 'deadline_reminder',
    title: 'Còn 3 ngày đến hạn nộp',
    body: '',
    link: null,
    read: false,
    createdAt: '2024-12-09T03:00:00Z',
  },
  {
    id: 1,
    kind: 'council_answer',
    title: 'Đơn vị đã trả lời',
    body: 'Đã bổ sung.',
    link: '/app/appraisal/2024/02713',
    read: true,
    createdAt: '2024-12-08T03:00:00Z',
  },
];

function serve() {
  const calls: string[] = [];
  const fetchMock = vi.fn((url: string, init: RequestInit = {}) => {
    calls.push(`${init.method ?? 'GET'} ${url}`);
    if (init.method === 'POST') return Promise.resolve(new Response(null, { status: 204 }));
    return Promise.resolve(
      new Response(JSON.stringify(notifications), { headers: { 'content-type': 'application/json' } }),
    );
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
}

// jsdom has no layout, so Mantine's focus trap finds nothing "visible" to focus and says so.
const warn = console.warn;
beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).includes('use-focus-trap')) warn(...args);
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('NotificationBell', () => {
  it('shows the unread count, lists recent notifications with links, and marks the shown unread read on open', async () => {
    const calls = serve();
    renderWithProviders(<NotificationBell />);
    const bell = await screen.findByRole('button', { name: 'Thông báo: 2 chưa đọc' });
    expect(screen.getByTestId('notification-count').textContent).toContain('2');
    fireEvent.click(bell);
    const link = await screen.findByRole('link', { name: /Hội đồng đề nghị bổ sung minh chứng chỉ số 1\.2/ });
    expect(link.getAttribute('href')).toBe('/app/assessment');
    expect(screen.getByText('Còn 3 ngày đến hạn nộp')).toBeTruthy();
    expect(screen.getAllByText('Mới')).toHaveLength(2);
    await waitFor(() =>
      expect(calls.filter((c) => c.startsWith('POST')).sort()).toEqual([
        'POST /api/notifications/2/read',
        'POST /api/notifications/3/read',
      ]),
    );
    await waitFor(() => expect(screen.getByRole('button', { name: 'Thông báo' })).toBeTruthy());
  });

  it('polls again after the interval', async () => {
    const calls = serve();
    renderWithProviders(<NotificationBell pollMs={60} />);
    await waitFor(() =>
      expect(calls.filter((c) => c === 'GET /api/notifications').length).toBeGreaterThan(1),
    );
  });

  it('keeps only same-site paths as links', () => {
    expect(appPathOf('/app/assessment')).toBe('/app/assessment');
    expect(appPathOf('//evil.example/x')).toBeNull();
    expect(appPathOf('https://evil.example')).toBeNull();
    expect(appPathOf(null)).toBeNull();
  });
});

// @vitest-environment jsdom
import '../../test/setup-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../../test/render';
import { SignInForm } from './sign-in-form';

function respond(status: number, body: unknown, headers: Record<string, string> = {}) {
  vi.stubGlobal(
    'fetch',
    vi.fn(() =>
      Promise.resolve(
        new Response(JSON.stringify(body), {
          status,
          headers: { 'content-type': 'application/json', ...headers },
        }),
      ),
    ),
  );
}

function fillAndSubmit(username: string, password: string) {
  fireEvent.change(screen.getByLabelText(/Tên đăng nhập/), { target: { value: username } });
  fireEvent.change(screen.getByLabelText(/Mật khẩu/), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
}

afterEach(() => vi.unstubAllGlobals());

describe('SignInForm', () => {
  it('shows the Vietnamese error and its code for a wrong password', async () => {
    respond(401, { code: 'LOGIN_FAILED', message: 'Tên đăng nhập hoặc mật khẩu không đúng.', details: [] });
    renderWithProviders(<SignInForm onSignedIn={() => undefined} />);
    fillAndSubmit('admin', 'sai-mat-khau');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Sai tên đăng nhập hoặc mật khẩu');
    expect(alert.textContent).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(alert.textContent).toContain('Mã lỗi: LOGIN_FAILED');
  });

  it('says the account is locked, for how long and until when', async () => {
    respond(
      429,
      {
        code: 'LOGIN_LOCKED',
        message: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.',
        details: [],
      },
      { 'retry-after': '900' },
    );
    renderWithProviders(
      <SignInForm onSignedIn={() => undefined} now={() => new Date('2024-12-14T03:00:00Z')} />,
    );
    fillAndSubmit('admin', 'x');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Tạm khóa đăng nhập');
    expect(alert.textContent).toContain('thử lại sau 15 phút');
    expect(screen.getByTestId('retry-in').textContent).toBe('Vui lòng thử lại sau 15 phút (lúc 10:15).');
    expect(alert.textContent).toContain('Mã lỗi: LOGIN_LOCKED');
  });

  it('counts the minutes left from Retry-After, rounding up', async () => {
    respond(
      429,
      {
        code: 'LOGIN_LOCKED',
        message: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 10 phút.',
        details: [],
      },
      { 'retry-after': '570' },
    );
    renderWithProviders(
      <SignInForm onSignedIn={() => undefined} now={() => new Date('2024-12-14T03:00:00Z')} />,
    );
    fillAndSubmit('admin', 'x');
    expect((await screen.findByTestId('retry-in')).textContent).toBe(
      'Vui lòng thử lại sau 10 phút (lúc 10:09).',
    );
  });

  it('asks for missing fields without calling the server', () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(<SignInForm onSignedIn={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(screen.getByText('Vui lòng nhập tên đăng nhập.')).toBeTruthy();
    expect(screen.getByText('Vui lòng nhập mật khẩu.')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('signs in and reports the account', async () => {
    respond(200, {
      user: { id: 1, username: 'admin', fullName: 'Quản trị', role: 'admin', unitId: null },
      csrfToken: 'c',
      expiresAt: '2030-01-01T00:00:00Z',
    });
    const onSignedIn = vi.fn();
    renderWithProviders(<SignInForm onSignedIn={onSignedIn} />);
    fillAndSubmit('admin', 'secret123');
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(expect.objectContaining({ role: 'admin' })));
  });
});

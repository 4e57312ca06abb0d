// @vitest-environment jsdom
import '../../test/setup-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { User } from '@dti/contract';
import { renderWithProviders } from '../../test/render';
import { parseEmail, UserEmailForm } from './user-form';

const user: User = {
  id: 7,
  username: 'can-bo',
  fullName: 'Cán bộ',
  role: 'unit_officer',
  unitId: 3,
  email: null,
  active: true,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

afterEach(() => vi.unstubAllGlobals());

describe('parseEmail', () => {
  it('gives null for nothing, the trimmed address, or undefined when malformed', () => {
    expect(parseEmail('  ')).toBeNull();
    expect(parseEmail(' can.bo@laocai.gov.vn ')).toBe('can.bo@laocai.gov.vn');
    expect(parseEmail('can bo@laocai')).toBeUndefined();
  });
});

describe('UserEmailForm', () => {
  it('refuses a malformed address in Vietnamese without calling the server', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    renderWithProviders(<UserEmailForm user={user} onSaved={() => undefined} />);
    fireEvent.change(screen.getByLabelText(/Thư điện tử/), { target: { value: 'không-hợp-lệ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Địa chỉ thư điện tử không hợp lệ.')).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('sends the address with PATCH and hands back the saved account', async () => {
    const saved = { ...user, email: 'can.bo@laocai.gov.vn' };
    const fetch = vi.fn(() =>
      Promise.resolve(
        new Response(JSON.stringify(saved), { status: 200, headers: { 'content-type': 'application/json' } }),
      ),
    );
    vi.stubGlobal('fetch', fetch);
    const onSaved = vi.fn();
    renderWithProviders(<UserEmailForm user={user} onSaved={onSaved} />);
    fireEvent.change(screen.getByLabelText(/Thư điện tử/), { target: { value: ' can.bo@laocai.gov.vn' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved));
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/users/7');
    expect(init.method).toBe('PATCH');
    expect(JSON.parse(init.body as string)).toEqual({ email: 'can.bo@laocai.gov.vn' });
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiRequestError, requestApi, setCsrfToken } from './client';

function answer(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(undefined);
});

describe('requestApi', () => {
  it('sends the CSRF token on unsafe methods only, with the cookie', async () => {
    const fetchMock = vi.fn<typeof fetch>(() => Promise.resolve(answer(200, { ok: true })));
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('tok-123');
    await requestApi('/api/units', { method: 'POST', body: { json: { a: 1 } } });
    await requestApi('/api/units', { query: { q: 'bắc hà', kind: undefined } });
    const [postUrl, post] = fetchMock.mock.calls[0] ?? [];
    const [getUrl, get] = fetchMock.mock.calls[1] ?? [];
    expect(postUrl).toBe('/api/units');
    expect((post?.headers as Record<string, string>)['x-csrf-token']).toBe('tok-123');
    expect((post?.headers as Record<string, string>)['content-type']).toBe('application/json');
    expect(post?.credentials).toBe('same-origin');
    expect(post?.body).toBe('{"a":1}');
    expect(getUrl).toBe('/api/units?q=b%E1%BA%AFc+h%C3%A0');
    expect((get?.headers as Record<string, string>)['x-csrf-token']).toBeUndefined();
  });

  it('maps an error body to ApiRequestError with code, Vietnamese message and details', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(
          answer(
            422,
            {
              code: 'IMPORT_REJECTED',
              message: 'Tệp có 2 lỗi.',
              details: [{ row: 3, column: 'ma', message: 'Thiếu mã.' }],
            },
            { 'retry-after': '60' },
          ),
        ),
      ),
    );
    const error = await requestApi('/api/units/import', { method: 'POST' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    const e = error as ApiRequestError;
    expect([e.status, e.code, e.message, e.retryAfterSeconds]).toEqual([
      422,
      'IMPORT_REJECTED',
      'Tệp có 2 lỗi.',
      60,
    ]);
    expect(e.details).toEqual([{ row: 3, column: 'ma', message: 'Thiếu mã.' }]);
  });

  it('turns a non-JSON failure and a network failure into coded errors', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('Bad gateway', { status: 502 }))),
    );
    await expect(requestApi('/api/x')).rejects.toMatchObject({ code: 'HTTP_502', status: 502 });
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(requestApi('/api/x')).rejects.toMatchObject({ code: 'NETWORK_ERROR', status: 0 });
  });

  it('returns undefined for 204', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(null, { status: 204 }))),
    );
    await expect(requestApi('/api/session', { method: 'DELETE' })).resolves.toBeUndefined();
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { provideApi, requestApi } from './client';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('provideApi', () => {
  it('gives its answer to the first GET of the same address, once; a later read asks the server again', async () => {
    let served = 0;
    const fetchMock = vi.fn<typeof fetch>(() => Promise.resolve(json({ n: ++served })));
    vi.stubGlobal('fetch', fetchMock);
    provideApi('/api/periods', Promise.resolve({ n: 0 }), { set: 'XA' });
    // the page's read: no request, the answer given
    await expect(requestApi('/api/periods', { query: { set: 'XA' } })).resolves.toEqual({ n: 0 });
    expect(fetchMock).not.toHaveBeenCalled();
    // a reload: a fresh answer from the server
    await expect(requestApi('/api/periods', { query: { set: 'XA' } })).resolves.toEqual({ n: 1 });
    // another address, another query or another method never takes it
    provideApi('/api/units/1', Promise.resolve({ n: 0 }));
    provideApi('/api/periods', Promise.resolve({ n: 0 }), { set: 'SO' });
    await requestApi('/api/units/2');
    await requestApi('/api/periods', { query: { set: 'XA' } });
    await expect(requestApi('/api/units/1', { method: 'PUT', body: { json: {} } })).resolves.toEqual({
      n: 4,
    });
    expect(fetchMock.mock.calls.map(([url]) => url as string)).toEqual([
      '/api/periods?set=XA',
      '/api/units/2',
      '/api/periods?set=XA',
      '/api/units/1',
    ]);
  });

  it('lets the page ask the address itself when the given answer fails, and shows that answer', async () => {
    const fetchMock = vi.fn<typeof fetch>(() =>
      Promise.resolve(json({ code: 'NOT_FOUND', message: 'Không có', details: [] }, 404)),
    );
    vi.stubGlobal('fetch', fetchMock);
    provideApi('/api/periods/2030/units/X/assessment', Promise.reject(new Error('combined read failed')));
    await expect(requestApi('/api/periods/2030/units/X/assessment')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      status: 404,
    });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});

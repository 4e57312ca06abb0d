import { afterEach, describe, expect, it, vi } from 'vitest';
import { prefetchApi, requestApi } from './client';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('prefetchApi', () => {
  it('gives its answer to the first GET of the same address, once; a later read asks the server again', async () => {
    let served = 0;
    const fetchMock = vi.fn<typeof fetch>(() => Promise.resolve(json({ n: ++served })));
    vi.stubGlobal('fetch', fetchMock);
    const early = prefetchApi<{ n: number }>('/api/periods', { set: 'XA' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await expect(early).resolves.toEqual({ n: 1 });
    // the page's read: no second request, the same answer
    await expect(requestApi('/api/periods', { query: { set: 'XA' } })).resolves.toEqual({ n: 1 });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    // a reload: a fresh answer from the server
    await expect(requestApi('/api/periods', { query: { set: 'XA' } })).resolves.toEqual({ n: 2 });
    expect(fetchMock).toHaveBeenCalledTimes(2);
    // another address, or another method, never takes it
    void prefetchApi('/api/units/1');
    await requestApi('/api/units/2');
    await requestApi('/api/units/1', { method: 'PUT', body: { json: {} } });
    expect(fetchMock.mock.calls.map(([url]) => url as string)).toEqual([
      '/api/periods?set=XA',
      '/api/periods?set=XA',
      '/api/units/1',
      '/api/units/2',
      '/api/units/1',
    ]);
  });

  it('passes a failure on to the page that takes it, with its code', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>(() =>
        Promise.resolve(json({ code: 'NOT_FOUND', message: 'Không có', details: [] }, 404)),
      ),
    );
    void prefetchApi('/api/periods/2030/units/X/assessment');
    await expect(requestApi('/api/periods/2030/units/X/assessment')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      status: 404,
    });
  });
});

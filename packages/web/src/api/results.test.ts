import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchPublishedResults } from './results';

afterEach(() => vi.unstubAllGlobals());

describe('fetchPublishedResults', () => {
  it('gives the empty list while GET /api/public/results does not exist (404)', async () => {
    const body = JSON.stringify({ code: 'ROUTE_NOT_FOUND', message: 'Không có đường dẫn.', details: [] });
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(body, { status: 404 }))),
    );
    await expect(fetchPublishedResults()).resolves.toEqual({ year: null, decision: null, rows: [] });
  });

  it('passes other failures on', async () => {
    const body = JSON.stringify({ code: 'INTERNAL', message: 'Lỗi máy chủ.', details: [] });
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(body, { status: 500 }))),
    );
    await expect(fetchPublishedResults()).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { listPublishedYears } from './results';

afterEach(() => vi.unstubAllGlobals());

function respond(status: number, body: unknown) {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status }))),
  );
}

describe('listPublishedYears', () => {
  it('gives the empty list while GET /api/public/results does not exist (404)', async () => {
    respond(404, { code: 'ROUTE_NOT_FOUND', message: 'Không có đường dẫn.', details: [] });
    await expect(listPublishedYears()).resolves.toEqual([]);
  });

  it('passes other failures on', async () => {
    respond(500, { code: 'INTERNAL', message: 'Lỗi máy chủ.', details: [] });
    await expect(listPublishedYears()).rejects.toMatchObject({ code: 'INTERNAL' });
  });

  it('gives the published years', async () => {
    const year = {
      year: 2023,
      frameworkId: 'LC-3019-2023',
      decisionNumber: null,
      decisionDate: null,
      publishedAt: '2024-04-05T00:00:00Z',
      sets: ['XA'],
      demo: true,
    };
    respond(200, [year]);
    await expect(listPublishedYears()).resolves.toEqual([year]);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetOwnUnit, readOwnUnit } from './own-unit';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

afterEach(() => {
  forgetOwnUnit();
  vi.unstubAllGlobals();
});

describe('readOwnUnit', () => {
  it('reads the unit once for every reader until sign-out, and again after', async () => {
    const fetchMock = vi.fn<typeof fetch>(() => Promise.resolve(json({ id: 7, name: 'Xã Thử' })));
    vi.stubGlobal('fetch', fetchMock);
    const [header, page] = await Promise.all([readOwnUnit(7), readOwnUnit(7)]);
    await readOwnUnit(7);
    expect(header).toEqual({ id: 7, name: 'Xã Thử' });
    expect(page).toBe(header);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await readOwnUnit(8);
    expect(fetchMock.mock.calls.map(([url]) => url as string)).toEqual(['/api/units/7', '/api/units/8']);
    forgetOwnUnit();
    await readOwnUnit(7);
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('keeps no failed read: the next reader asks again', async () => {
    const answers = [
      json({ code: 'NETWORK', message: 'x', details: [] }, 503),
      json({ id: 7, name: 'Xã Thử' }),
    ];
    const fetchMock = vi.fn<typeof fetch>(() => Promise.resolve(answers.shift()!));
    vi.stubGlobal('fetch', fetchMock);
    await expect(readOwnUnit(7)).rejects.toMatchObject({ status: 503 });
    await expect(readOwnUnit(7)).resolves.toEqual({ id: 7, name: 'Xã Thử' });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});

// @vitest-environment jsdom
// The form's early read: one combined request, started before the session answers; its parts are
// given to the page's own reads, which then send nothing. Anything else leaves the page to read.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OfficerFormStart, SessionInfo } from '@dti/contract';
import { getAssessment } from '../../api/assessments';
import { getFrameworkSet } from '../../api/frameworks';
import { listPeriods } from '../../api/periods';
import { getUnit } from '../../api/units';
import { prefetchAssessmentForm } from './form-prefetch';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const start = {
  unit: { id: 7, code: '02713', name: 'Xã Thử' },
  periods: [{ year: 2026, state: 'open' }],
  year: 2026,
  assessment: { year: 2026, frameworkId: 'LC-3019-2023', setId: 'XA', items: [] },
  framework: { id: 'LC-3019-2023', content: { sets: [{ id: 'XA' }] } },
} as unknown as OfficerFormStart;

const session = (role: string, unitId: number | null) =>
  Promise.resolve({ user: { id: 1, role, unitId } } as unknown as SessionInfo);

let fetchMock: ReturnType<typeof vi.fn<typeof fetch>>;
const urls = () => fetchMock.mock.calls.map(([url]) => url as string);

beforeEach(() => {
  document.cookie = 'dti_csrf=token; path=/';
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.cookie = 'dti_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

function serve(answer: (url: string) => Response): void {
  fetchMock = vi.fn<typeof fetch>((input) => Promise.resolve(answer(input as string)));
  vi.stubGlobal('fetch', fetchMock);
}

describe('prefetchAssessmentForm', () => {
  it("asks once, before the session answers, and answers the page's four reads from it", async () => {
    serve((url) => (url.startsWith('/api/home/officer/form') ? json(start) : json({ fresh: url })));
    let answerSession: (s: SessionInfo) => void = () => undefined;
    const pending = new Promise<SessionInfo>((resolve) => (answerSession = resolve));
    const done = prefetchAssessmentForm(pending, '?year=2026&item=1.2');
    expect(urls()).toEqual(['/api/home/officer/form?year=2026']);
    answerSession(await session('unit_officer', 7));
    await done;
    await expect(getUnit(7)).resolves.toEqual(start.unit);
    await expect(listPeriods()).resolves.toEqual(start.periods);
    await expect(getAssessment(2026, '02713')).resolves.toEqual(start.assessment);
    await expect(getFrameworkSet('LC-3019-2023', 'XA')).resolves.toEqual(start.framework);
    expect(urls()).toEqual(['/api/home/officer/form?year=2026']);
    // once each: the next read is the server's
    await expect(listPeriods()).resolves.toEqual({ fresh: '/api/periods' });
  });

  it('sends nothing without a session cookie', async () => {
    serve(() => json(start));
    document.cookie = 'dti_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    await prefetchAssessmentForm(Promise.resolve(null), '');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('leaves the reads to the page for another role, or when the combined read fails', async () => {
    serve((url) =>
      url.startsWith('/api/home/officer/form')
        ? json({ code: 'FORBIDDEN', message: 'Không có quyền', details: [] }, 403)
        : json({ fresh: url }),
    );
    await prefetchAssessmentForm(session('admin', null), '');
    await expect(listPeriods()).resolves.toEqual({ fresh: '/api/periods' });

    await prefetchAssessmentForm(session('unit_head', 7), '');
    await expect(getUnit(7)).resolves.toEqual({ fresh: '/api/units/7' });
    await expect(listPeriods()).resolves.toEqual({ fresh: '/api/periods' });
  });

  it('leaves the assessment to the page when the combined read could not read it', async () => {
    serve((url) =>
      url.startsWith('/api/home/officer/form')
        ? json({ ...start, assessment: null, framework: null })
        : json({ code: 'NOT_FOUND', message: 'Không có đơn vị này trong kỳ', details: [] }, 404),
    );
    await prefetchAssessmentForm(session('unit_officer', 7), '');
    await expect(getUnit(7)).resolves.toEqual(start.unit);
    await expect(getAssessment(2026, '02713')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(urls()).toEqual(['/api/home/officer/form', '/api/periods/2026/units/02713/assessment']);
  });
});

// The council member's and the administrator's first screens (issue 14 §3, §4) in a real browser on
// the demo data: the council member's queue, review deadline and the council's progress, and the
// administrator's checklist, each checked against GET /api/home/council and /api/home/admin (years
// and figures found through the API: earlier flows on this server may have moved periods forward).
// Screenshots at 1280 px and 360 px, axe-core and sideways overflow on each.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { AdminHome, CompletenessSet, CouncilHome } from '@dti/contract';
import { apiSignIn, type ApiSession } from './api-fixture';
import { adminPassword } from './global-setup';
import { checkScreen, launchBrowser, openPage, signIn } from './browser';

const baseUrl = inject('baseUrl');
const QUEUE_SHOWN = 15;
const councilState = {
  not_started: 'Chưa bắt đầu',
  in_progress: 'Đang thẩm định',
  asked: 'Chờ đơn vị bổ sung',
  done: 'Đã xong',
} as const;
const stepState = {
  done: 'Đã xong',
  in_progress: 'Đang thực hiện',
  not_yet: 'Chưa thực hiện',
  blocked: 'Đang bị chặn',
} as const;

let browser: Browser;
let admin: ApiSession;
let council: ApiSession;

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await apiSignIn(baseUrl, 'admin', adminPassword);
  council = await apiSignIn(baseUrl, 'demo.hoidong', 'demo-hoidong-2024');
  // The demo assigns its council member in the open year; a period opened by an earlier flow has no
  // assignment: give the member one unit there, as an administrator would before the review.
  const home = (await council.call<CouncilHome>('GET', '/api/home/council')).body;
  if (home.period && home.queue.length === 0) {
    const users = await admin.call<{ id: number; username: string }[]>('GET', '/api/users');
    const member = users.body.find((u) => u.username === 'demo.hoidong');
    const sets = await admin.call<CompletenessSet[]>('GET', `/api/periods/${home.period.year}/completeness`);
    const unit = sets.body.flatMap((s) => s.units)[0];
    expect(member && unit).toBeTruthy();
    const assigned = await admin.call('POST', `/api/periods/${home.period.year}/review/assignments`, {
      memberId: member!.id,
      unitCode: unit!.code,
    });
    expect(assigned.status).toBe(201);
  }
});

afterAll(async () => {
  await browser?.close();
});

const cellTexts = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((cells) => cells.map((c) => (c.textContent ?? '').trim()));

describe("the council member's home", () => {
  for (const width of [1280, 360]) {
    it(`shows the API's queue, deadline and progress on the first screen at ${width} px`, async () => {
      const answer = await council.call<CouncilHome>('GET', '/api/home/council');
      expect(answer.status).toBe(200);
      const home = answer.body;
      expect(home.period).not.toBeNull();
      expect(home.queue.length).toBeGreaterThan(0);
      // the API's own arithmetic
      for (const r of home.queue) expect(r.reviewed).toBeLessThanOrEqual(r.toReview);
      expect(home.progress.done).toBe(home.progress.members.reduce((n, m) => n + m.done, 0));

      const page = await openPage(browser, baseUrl, width);
      await signIn(page, 'demo.hoidong', 'demo-hoidong-2024');
      expect(new URL(page.url()).pathname).toBe('/app');
      await page.getByRole('heading', { name: `Việc thẩm định năm ${home.period!.year}` }).waitFor();

      const deadline = await page.getByTestId('council-deadline').textContent();
      expect(deadline).toContain(`Hạn thẩm định của Hội đồng: ${home.reviewDeadlineVietnam}`);
      expect(deadline).toMatch(/Còn \d+ ngày \d+ giờ \d+ phút|Đã quá hạn thẩm định/);

      const codes = await page
        .locator('[data-testid="council-queue"] tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));
      const shown = home.queue.slice(0, QUEUE_SHOWN);
      expect(codes).toEqual(shown.map((r) => r.unitCode));
      for (const r of shown.slice(0, 5)) {
        const cells = await cellTexts(page, `[data-testid="council-queue"] tr[data-code="${r.unitCode}"] td`);
        expect(cells[0]).toContain(r.unitName);
        expect(cells.slice(1)).toEqual([
          councilState[r.state],
          `${r.reviewed}/${r.toReview}`,
          r.highAnomalies > 0 ? `${r.anomalies} (${r.highAnomalies} mức cao)` : String(r.anomalies),
        ]);
        if (width < 768) {
          // narrow screens: the state and figures under the unit's name
          const compact = page.locator(
            `[data-testid="council-queue"] tr[data-code="${r.unitCode}"] [data-testid="queue-compact"]`,
          );
          expect(await compact.isVisible()).toBe(true);
          await expect(compact.textContent()).resolves.toBe(
            `${councilState[r.state]}Đã thẩm định ${r.reviewed}/${r.toReview} · ${r.anomalies} cảnh báo`,
          );
        }
        await expect(
          page.locator(`[data-testid="council-queue"] tr[data-code="${r.unitCode}"] a`).getAttribute('href'),
        ).resolves.toBe(`/app/appraisal/${home.period!.year}/${encodeURIComponent(r.unitCode)}`);
      }
      for (const state of Object.keys(councilState) as (keyof typeof councilState)[]) {
        const n = home.queue.filter((r) => r.state === state).length;
        await expect(
          page.locator(`[data-testid="council-queue-counts"] [data-state="${state}"]`).textContent(),
        ).resolves.toBe(`${councilState[state]}: ${n}`);
      }

      const { done, assigned } = home.progress;
      const percent = assigned === 0 ? 0 : Math.floor((done / assigned) * 100);
      await expect(page.getByTestId('council-progress-total').textContent()).resolves.toBe(
        `Đã thẩm định ${done}/${assigned} chỉ số được phân công (${percent}%)`,
      );
      for (const m of home.progress.members) {
        const row = await cellTexts(
          page,
          `[data-testid="council-progress"] tr[data-member="${m.memberId}"] td`,
        );
        expect(row).toEqual([m.memberName, String(m.assigned), String(m.done), String(m.left)]);
      }
      await checkScreen(page, `home-council-${width}`);
      await page.close();
    });
  }

  it('a unit of the queue opens its review page', async () => {
    const home = (await council.call<CouncilHome>('GET', '/api/home/council')).body;
    const first = home.queue[0]!;
    const page = await openPage(browser, baseUrl, 1280);
    await signIn(page, 'demo.hoidong', 'demo-hoidong-2024');
    await page.locator(`[data-testid="council-queue"] tr[data-code="${first.unitCode}"] a`).click();
    await page.waitForURL((url) => url.pathname === `/app/appraisal/${home.period!.year}/${first.unitCode}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(first.unitName);
    await page.close();
  });
});

describe("the administrator's home", () => {
  for (const width of [1280, 360]) {
    it(`shows the current year's checklist as the API gives it at ${width} px`, async () => {
      const answer = await admin.call<AdminHome>('GET', '/api/home/admin');
      expect(answer.status).toBe(200);
      const home = answer.body;
      expect(home.year).not.toBeNull();
      expect(home.steps.map((s) => s.key)).toEqual([
        'framework',
        'open',
        'reminders',
        'submitted',
        'council',
        'review',
        'snapshot',
        'approval',
        'published',
      ]);
      const submitted = home.steps.find((s) => s.key === 'submitted')!;
      expect(submitted.total).toBe(home.submittedBySet.reduce((n, s) => n + s.units, 0));
      expect(submitted.done).toBe(home.submittedBySet.reduce((n, s) => n + s.submitted, 0));

      const page = await openPage(browser, baseUrl, width);
      await signIn(page, 'admin', adminPassword);
      expect(new URL(page.url()).pathname).toBe('/app');
      await page.getByRole('heading', { name: `Kỳ đánh giá năm ${home.year}: các bước` }).waitFor();
      const items = await page
        .locator('[data-testid="admin-checklist"] li')
        .evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-step'), li.getAttribute('data-state')]));
      expect(items).toEqual(home.steps.map((s) => [s.key, s.state]));
      for (const s of home.steps) {
        const li = page.locator(`[data-testid="admin-checklist"] li[data-step="${s.key}"]`);
        expect(await li.textContent()).toContain(stepState[s.state]);
        await expect(li.getByRole('link').getAttribute('href')).resolves.toBe(s.link);
      }
      await expect(page.getByTestId('figure-submitted').textContent()).resolves.toBe(
        `${submitted.done}/${submitted.total} đơn vị đã nộp`,
      );
      const councilStep = home.steps.find((s) => s.key === 'council')!;
      await expect(page.getByTestId('figure-council').textContent()).resolves.toBe(
        `${councilStep.done}/${councilStep.total} đơn vị đã có người thẩm định`,
      );
      const review = home.steps.find((s) => s.key === 'review')!;
      await expect(page.getByTestId('figure-review').textContent()).resolves.toBe(
        `${review.done}/${review.total} chỉ số đã thẩm định`,
      );
      await expect(page.getByTestId('submitted-by-set').textContent()).resolves.toBe(
        home.submittedBySet.map((s) => `${s.setName}: ${s.submitted}/${s.units}`).join(' · '),
      );
      for (const s of home.steps.filter((x) => x.blockedBy !== null)) {
        await page.getByTestId(`blocked-${s.key}`).waitFor();
      }
      await checkScreen(page, `home-admin-${width}`);
      await page.close();
    });
  }

  it("the council step opens the periods page on that year's council tab", async () => {
    const home = (await admin.call<AdminHome>('GET', '/api/home/admin')).body;
    const page = await openPage(browser, baseUrl, 1280);
    await signIn(page, 'admin', adminPassword);
    await page.locator('[data-testid="admin-checklist"] li[data-step="council"] a').click();
    await page.waitForURL((url) => url.pathname === '/admin/periods');
    expect(new URL(page.url()).search).toBe(`?year=${home.year}&tab=council`);
    await expect(
      page.getByRole('tab', { name: 'Hội đồng thẩm định' }).getAttribute('aria-selected'),
    ).resolves.toBe('true');
    // the period select shows the year asked for (its value reads "2026 — Đang mở") once periods load
    await expect
      .poll(() =>
        page.locator('input').evaluateAll((inputs) => inputs.map((x) => (x as HTMLInputElement).value)),
      )
      .toContainEqual(expect.stringMatching(new RegExp(`^${home.year} — `)));
    await page.close();
  });
});

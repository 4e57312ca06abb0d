// The leader's first screen (issue 14 §1) in a real browser on the demo data: the overview of the
// latest published year and the running period, with its figures checked against GET /api/home/leader
// (years found through the API, never hard-coded). Screenshots at 1280 px and 360 px, axe-core and
// sideways overflow on each.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { LeaderHome } from '@dti/contract';
import { apiSignIn, ensureRunningPeriod } from './api-fixture';
import { checkScreen, launchBrowser, openPage, signIn } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let home: LeaderHome;

beforeAll(async () => {
  browser = await launchBrowser();
  await ensureRunningPeriod(baseUrl);
  const api = await apiSignIn(baseUrl, 'demo.lanhdao', 'demo-lanhdao-2024');
  const answer = await api.call<LeaderHome>('GET', '/api/home/leader');
  expect(answer.status).toBe(200);
  home = answer.body;
});

afterAll(async () => {
  await browser?.close();
});

const cellTexts = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((cells) => cells.map((c) => (c.textContent ?? '').trim()));

describe("leader's overview", () => {
  it('the demo has a published year compared with the one before, and a running period', () => {
    expect(home.year).not.toBeNull();
    expect(home.previousYear).not.toBeNull();
    expect(home.sets.length).toBeGreaterThan(0);
    expect(home.open).not.toBeNull();
    // the API's own arithmetic: levels add up to the units of each set
    for (const set of home.sets) {
      expect(set.levels.reduce((n, l) => n + l.count, 0)).toBe(set.units);
      expect(set.up.length).toBeLessThanOrEqual(10);
      expect(set.derivedUnits).toBeLessThanOrEqual(set.comparableUnits);
      expect(set.comparableUnits).toBeLessThanOrEqual(set.units);
    }
  });

  for (const width of [1280, 360]) {
    it(`shows the API's figures on the first screen at ${width} px`, async () => {
      const page = await openPage(browser, baseUrl, width);
      await signIn(page, 'demo.lanhdao', 'demo-lanhdao-2024');
      expect(new URL(page.url()).pathname).toBe('/app');
      await page.getByRole('heading', { name: `Kết quả năm ${home.year}: số đơn vị ở mỗi mức độ` }).waitFor();

      for (const set of home.sets) {
        const card = page.getByTestId(`levels-${set.setId}`);
        await expect(card.getByRole('link', { name: set.setName }).getAttribute('href')).resolves.toBe(
          `/app/results?year=${home.year}&set=${encodeURIComponent(set.setId)}`,
        );
        expect(await card.textContent()).toContain(`${set.units} đơn vị được xếp hạng`);
        if (set.derivedUnits > 0 && set.levels.some((l) => l.previousCount !== null)) {
          // units formed by a reorganisation, compared through their predecessors
          expect(await page.getByTestId(`derived-${set.setId}`).textContent()).toContain(
            `${set.derivedUnits} đơn vị hình thành sau sắp xếp`,
          );
        }
        for (const level of set.levels) {
          if (level.previousCount === null) continue;
          const row = await cellTexts(
            page,
            `[data-testid="levels-${set.setId}"] tr[data-level="${level.code}"] td`,
          );
          const change = (level.comparableCount ?? 0) - (level.previousCount ?? 0);
          expect(row).toEqual([
            level.name,
            String(level.previousCount),
            String(level.comparableCount),
            change > 0 ? `+${change}` : change < 0 ? `−${-change}` : '0',
          ]);
        }
      }

      // the first set's movers and boundary ties, as the API lists them
      const first = home.sets[0]!;
      const up = await page
        .locator('[data-testid="movers-up"] tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));
      expect(up).toEqual(first.up.map((m) => m.code));
      const down = await page
        .locator('[data-testid="movers-down"] tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));
      expect(down).toEqual(first.down.map((m) => m.code));
      if (first.boundaryTies.length > 0) {
        const ties = await page
          .locator('[data-testid="boundary-ties"] tbody tr')
          .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));
        expect(ties).toEqual(first.boundaryTies.map((t) => t.code));
      }

      // the running period per set: units, started, submitted, late
      await page.getByRole('heading', { name: `Kỳ đánh giá năm ${home.open!.year}` }).waitFor();
      for (const s of home.open!.sets) {
        const row = await cellTexts(page, `[data-testid="open-period"] tr[data-set="${s.setId}"] td`);
        expect(row[0]).toBe(s.setName);
        expect(row.slice(2)).toEqual([
          String(s.units),
          String(s.started),
          String(s.submitted),
          String(s.submittedLate + s.overdue),
        ]);
      }

      // the district map of the set that has one
      const mapSet = home.sets.find((s) => s.map.length > 0);
      if (mapSet) {
        await page
          .getByRole('heading', { name: `Bản đồ mức độ — ${mapSet.setName}, năm ${home.year}` })
          .waitFor();
      }
      await checkScreen(page, `home-leader-${width}`);
      await page.close();
    });
  }

  it('a figure opens the table behind it: the ranking of that year and set', async () => {
    const page = await openPage(browser, baseUrl, 1280);
    await signIn(page, 'demo.lanhdao', 'demo-lanhdao-2024');
    const set = home.sets[home.sets.length - 1]!;
    await page.getByTestId(`levels-${set.setId}`).getByRole('link', { name: set.setName }).click();
    await page.waitForURL((url) => url.pathname === '/app/results');
    await page.getByRole('heading', { name: 'Kết quả và xếp hạng', level: 1 }).waitFor();
    await expect(page.getByRole('combobox', { name: 'Bộ chỉ số' }).inputValue()).resolves.toBe(set.setId);
    await page.close();
  });
});

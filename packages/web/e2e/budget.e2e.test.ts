// The transfer budget a commune on weak 3G can afford, kept by CI: bytes on the wire (compressed,
// cold cache: a new browser context each time), summed from the DevTools protocol's
// Network.loadingFinished encodedDataLength in Chromium. The public portal's first view stays at or
// under 300 KB, the officer's form of one set at or under 400 KB; the portal logs no console error;
// the form's first reads are each asked once (preloaded by the page's HTML, then taken by the page).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, revealPublishedResults } from './browser';
import { prepareEditing, type EditingFixture } from './editing-fixture';

const baseUrl = inject('baseUrl');
const KB = 1024;
let browser: Browser;
let fx: EditingFixture;

beforeAll(async () => {
  fx = await prepareEditing(baseUrl);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * A fresh context (empty cache) without the service worker: its own fetches would run in another
 * target and hide bytes from the page's count; blocked, every byte goes through the page.
 */
async function coldPage(width: number): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width, height: 740 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** What went over the wire: bytes in all, bytes by URL, and how many requests each URL took. */
interface Transfers {
  total: number;
  byUrl: Map<string, number>;
  requests: Map<string, number>;
}

/** Counts the bytes each finished request moved, and the requests sent, from now on, by URL. */
async function countTransfers(page: Page): Promise<() => Transfers> {
  const cdp = await page.context().newCDPSession(page);
  const urls = new Map<string, string>();
  const byUrl = new Map<string, number>();
  const requests = new Map<string, number>();
  let total = 0;
  cdp.on('Network.requestWillBeSent', (e) => {
    urls.set(e.requestId, e.request.url);
    requests.set(e.request.url, (requests.get(e.request.url) ?? 0) + 1);
  });
  cdp.on('Network.loadingFinished', (e) => {
    total += e.encodedDataLength;
    const url = urls.get(e.requestId) ?? e.requestId;
    byUrl.set(url, (byUrl.get(url) ?? 0) + e.encodedDataLength);
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return () => ({ total, byUrl, requests });
}

function describeTransfers(result: Transfers): string {
  const lines = [...result.byUrl.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([url, bytes]) => `${(bytes / KB).toFixed(1)} KB ${url.replace(baseUrl, '')}`);
  return `${(result.total / KB).toFixed(1)} KB in ${result.byUrl.size} requests:\n${lines.join('\n')}`;
}

describe('transfer budget (compressed, cold cache)', () => {
  it('moves at most 300 KB for the public portal’s first view, with no console error', async () => {
    const page = await coldPage(360);
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const measured = await countTransfers(page);
    await page.goto('/');
    await page.getByRole('heading', { name: 'Kết quả đã công bố' }).waitFor();
    await page.waitForLoadState('networkidle');
    // on a phone the results sit below the first screen: nothing of them is asked for before the
    // visitor scrolls there
    expect([...measured().byUrl.keys()].filter((u) => u.includes('/api/public/'))).toEqual([]);
    // the first view: the ranking table of the latest published year's first set, with intervals
    await revealPublishedResults(page);
    await page.locator('tr[data-unit]').first().waitFor();
    await page.waitForLoadState('networkidle');
    const result = measured();
    console.log(`portal first view: ${describeTransfers(result)}`);
    expect(result.total, describeTransfers(result)).toBeLessThanOrEqual(300 * KB);
    // only what the first view shows: no whole results, no framework file, no chart renderer
    const urls = [...result.byUrl.keys()];
    expect(urls.filter((u) => /\/api\/public\/results\/\d{4}(\?|$)/.test(u))).toEqual([]);
    expect(urls.filter((u) => /\/api\/frameworks\//.test(u))).toEqual([]);
    expect(urls.filter((u) => /echart-chart/.test(u))).toEqual([]);
    expect(result.byUrl.get(`${baseUrl}/api/public/results`) ?? 0).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('moves at most 400 KB for the officer’s form of one set', async () => {
    const page = await coldPage(360);
    // sign in through the API (same cookies as the page), so nothing is cached before the form
    const signed = await page.request.post('/api/session', {
      data: { username: fx.editors[0].username, password: fx.editors[0].password },
    });
    expect(signed.status()).toBe(200);
    const measured = await countTransfers(page);
    await page.goto('/app/assessment');
    await page.getByText('Nội dung tự đánh giá').waitFor();
    await page.locator('[data-item]').first().waitFor();
    await page.waitForLoadState('networkidle');
    const result = measured();
    console.log(`officer form: ${describeTransfers(result)}`);
    expect(result.total, describeTransfers(result)).toBeLessThanOrEqual(400 * KB);
    // The form's data in one read, named in the page's HTML so it starts with the main script, and
    // taken by the page from that early start (asked once, like the session), the framework as
    // the unit's set only; no separate reads of the periods, the assessment or the framework file.
    const urls = [...result.requests.keys()].map((u) => u.replace(baseUrl, ''));
    expect(result.requests.get(`${baseUrl}/api/home/officer/form`), describeTransfers(result)).toBe(1);
    expect(result.requests.get(`${baseUrl}/api/session/me`), describeTransfers(result)).toBe(1);
    // …nor of the unit, which the header and the form share (readOwnUnit) from that same read
    expect(urls.filter((u) => /^\/api\/(?:frameworks|periods|units)\b/.test(u))).toEqual([]);
    const start = await page.evaluate(() =>
      fetch('/api/home/officer/form').then(
        (r) => r.json() as Promise<{ framework: { content: { sets: unknown[] } } }>,
      ),
    );
    expect(start.framework.content.sets).toHaveLength(1);
    await page.context().close();
  });
});

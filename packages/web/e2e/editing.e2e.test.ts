// Editing the self-assessment in a real browser: two officers of one commune save the same item
// (the second save opens the conflict dialog with the colleague's value; keeping mine and taking
// theirs both work), evidence with its citation is uploaded and listed, and a value edited while
// offline shows "kept on this device, will be sent" and is saved once the network is back. Screenshots at
// 1280 px and 360 px; axe-core and sideways overflow checked on each state.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, overflowsSideways, screenshot, seriousViolations, signIn } from './browser';
import { prepareEditing, type EditingFixture } from './editing-fixture';

const baseUrl = inject('baseUrl');
let browser: Browser;
let fx: EditingFixture;

beforeAll(async () => {
  fx = await prepareEditing(baseUrl);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function checkPage(page: Page, name: string): Promise<void> {
  // from the top, so the fixed header sits where it belongs in the full-page shot
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
  expect(await seriousViolations(page), `axe on ${name}`).toEqual([]);
  expect(await overflowsSideways(page), `sideways overflow on ${name}`).toBe(false);
}

async function openForm(who: 0 | 1, width = 1280): Promise<Page> {
  const page = await openPage(browser, baseUrl, width);
  const account = fx.editors[who];
  await signIn(page, account.username, account.password);
  await page.goto('/app/assessment');
  await page.getByText('Nội dung tự đánh giá').waitFor();
  return page;
}

/** The values of an item as the server has them. */
async function storedValues(subCode: string): Promise<Record<string, unknown>> {
  const answer = await fx.admin.call<{ items: { subCode: string; values: Record<string, unknown> }[] }>(
    'GET',
    `/api/periods/${fx.year}/units/${fx.commune.code}/assessment`,
  );
  return answer.body.items.find((i) => i.subCode === subCode)?.values ?? {};
}

/** A minimal one-page PDF (the server checks the type from the content). */
function minimalPdf(text: string): Buffer {
  const stream = `BT /F1 14 Tf 50 780 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const meetingsOf = (page: Page) => page.locator('[data-item="1.2"]').getByLabel(/Số cuộc họp/);

describe('editing the self-assessment', () => {
  it('shows the conflict dialog with the colleague’s value; keeping mine and taking theirs both work', async () => {
    const a = await openForm(0);
    const b = await openForm(1, 360);
    // B saves first
    await meetingsOf(b).fill('5');
    await b
      .locator('[data-item="1.2"]')
      .getByText(/Đã lưu lúc/)
      .waitFor();
    expect(await storedValues('1.2')).toMatchObject({ meetings: 5 });

    // A, still on the version it read, saves on top: conflict, with B's 5 beside A's 7
    await meetingsOf(a).fill('7');
    const dialog = a.getByRole('dialog', { name: /Chỉ số 1\.2 vừa được người khác sửa/ });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(fx.editors[1].username);
    const row = dialog.getByRole('row', { name: /Số cuộc họp/ });
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      expect.stringMatching(/Số cuộc họp/),
      '5',
      '7',
    ]);
    await expect
      .poll(() => a.getByTestId('save-status').textContent())
      .toContain('Có chỉ số vừa được người khác sửa');
    await checkPage(a, 'conflict-dialog-1280');
    await dialog.getByRole('button', { name: 'Ghi đè bằng giá trị của tôi' }).click();
    await a
      .locator('[data-item="1.2"]')
      .getByText(/Đã lưu lúc/)
      .waitFor();
    expect(await storedValues('1.2')).toMatchObject({ meetings: 7 });

    // B is now behind: its next save conflicts; it takes A's value
    await meetingsOf(b).fill('9');
    const phoneDialog = b.getByRole('dialog', { name: /Chỉ số 1\.2 vừa được người khác sửa/ });
    await phoneDialog.waitFor();
    const phoneRow = phoneDialog.getByRole('row', { name: /Số cuộc họp/ });
    expect((await phoneRow.getByRole('cell').allTextContents()).slice(1)).toEqual(['7', '9']);
    await checkPage(b, 'conflict-dialog-360');
    await phoneDialog.getByRole('button', { name: 'Giữ giá trị của đồng nghiệp' }).click();
    await phoneDialog.waitFor({ state: 'detached' });
    await expect.poll(() => meetingsOf(b).inputValue()).toBe('7');
    expect(await storedValues('1.2')).toMatchObject({ meetings: 7 });
    await a.context().close();
    await b.context().close();
  });

  it('uploads evidence with its citation and lists it on the item', async () => {
    const page = await openForm(0);
    const item = page.locator('[data-item="1.1"]');
    await item.getByRole('button', { name: /^Minh chứng \(\d+\)$/ }).click();
    await item.getByText('Thêm minh chứng').waitFor();
    await item.locator('input[type="file"]').setInputFiles({
      name: 'quyet-dinh-kien-toan-ban-chi-dao.pdf',
      mimeType: 'application/pdf',
      buffer: minimalPdf('Quyet dinh kien toan Ban chi dao chuyen doi so'),
    });
    const [y, m, d] = fx.dataFrom.split('-');
    await item.getByLabel('Số hiệu văn bản').fill('25/QĐ-UBND');
    await item.getByLabel('Ngày ban hành').fill(`${d}/${m}/${y}`);
    await item.getByLabel('Cơ quan ban hành').fill(`UBND ${fx.commune.name}`);
    await item.getByLabel('Trích yếu').fill('Kiện toàn Ban chỉ đạo chuyển đổi số cấp xã');
    await item.getByRole('button', { name: 'Tải lên', exact: true }).click();
    const link = item.getByRole('link', { name: 'quyet-dinh-kien-toan-ban-chi-dao.pdf' });
    await link.waitFor();
    await item.getByText('25/QĐ-UBND').waitFor();
    await item
      .getByText(/Kiện toàn Ban chỉ đạo chuyển đổi số cấp xã/)
      .first()
      .waitFor();
    await item.getByRole('button', { name: /^Minh chứng \(1\)$/ }).waitFor();
    expect(await item.getByLabel('Số hiệu văn bản').inputValue(), 'the form is emptied').toBe('');
    const download = await page.request.get(String(await link.getAttribute('href')));
    expect(download.status()).toBe(200);
    expect((await download.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await checkPage(page, 'evidence-uploaded-1280');
    await page.context().close();
  });

  it('says a value edited offline waits on this device, and saves it once back online', async () => {
    const page = await openForm(0, 360);
    await page.context().setOffline(true);
    await meetingsOf(page).fill('3');
    await expect
      .poll(() => page.getByTestId('save-status').textContent(), { timeout: 15_000 })
      .toBe('Chưa gửi được: thay đổi được giữ trên thiết bị này và sẽ tự gửi khi có mạng.');
    const item = page.locator('[data-item="1.2"]');
    await item.getByText('Đang giữ trên thiết bị này, sẽ tự gửi khi có mạng.').waitFor();
    await checkPage(page, 'offline-not-saved-360');
    expect(await storedValues('1.2')).toMatchObject({ meetings: 7 });
    await page.context().setOffline(false);
    await expect
      .poll(() => page.getByTestId('save-status').textContent(), { timeout: 30_000 })
      .toMatch(/^Đã lưu lúc \d\d:\d\d$/);
    expect(await storedValues('1.2')).toMatchObject({ meetings: 3 });
    await checkPage(page, 'offline-saved-after-retry-360');
    await page.context().close();
  });
});

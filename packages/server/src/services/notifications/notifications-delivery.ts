// The delivery step of the notification outbox: e-mails the notifications not yet e-mailed, outside
// any transaction. Each is claimed first (emailedAt set only if still empty), so two processes never
// send the same one; a failed send gives the claim back and the next run tries again. A process that
// dies between claim and send loses that one e-mail (at most once, never twice).
import type { PendingEmail } from '../../db/notifications.repository';
import type { Store } from '../../db/store';
import { MailError, type MailMessage, type Mailer } from './mailer';

/** Notifications older than this are not e-mailed any more (e.g. after e-mail was switched on). */
export const DELIVERY_MAX_AGE_DAYS = 7;
/** At most this many e-mails per run; the rest wait for the next one. */
export const DELIVERY_BATCH = 200;

/** What a delivery run did. */
export interface DeliveryReport {
  /** False when no SMTP server is configured: nothing was sent. */
  enabled: boolean;
  sent: number;
  failed: number;
  /** One Vietnamese line per failure (at most 10). */
  errors: string[];
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The e-mail of a notification: Vietnamese, plain text with a simple HTML alternative. */
export function composeNotificationEmail(pending: PendingEmail, publicUrl: string): MailMessage {
  const url = pending.link === null ? null : `${publicUrl}${pending.link}`;
  const footer =
    'Thư gửi tự động từ hệ thống đánh giá chỉ số chuyển đổi số (DTI) tỉnh Lào Cai; vui lòng không trả lời thư này.';
  const text = [
    `Kính gửi ${pending.fullName},`,
    '',
    pending.title,
    '',
    pending.body,
    ...(url === null ? [] : ['', `Xem chi tiết: ${url}`]),
    '',
    '--',
    footer,
  ].join('\n');
  const html = [
    `<p>Kính gửi ${escapeHtml(pending.fullName)},</p>`,
    `<p><strong>${escapeHtml(pending.title)}</strong></p>`,
    `<p>${escapeHtml(pending.body).replace(/\n/g, '<br>')}</p>`,
    ...(url === null ? [] : [`<p><a href="${escapeHtml(url)}">Xem chi tiết trên hệ thống DTI</a></p>`]),
    `<hr><p style="color:#666;font-size:12px">${escapeHtml(footer)}</p>`,
  ].join('\n');
  return { to: pending.email, subject: `[DTI Lào Cai] ${pending.title}`, text, html };
}

/**
 * Sends the pending e-mails (oldest first). A temporary failure (server unreachable, 4xx) stops the
 * run: the rest wait for the next one. A permanent refusal (5xx) of one address skips it.
 */
export async function deliverPending(
  store: Store,
  mailer: Mailer,
  now: Date,
  publicUrl: string,
): Promise<DeliveryReport> {
  const report: DeliveryReport = { enabled: mailer.enabled, sent: 0, failed: 0, errors: [] };
  if (!mailer.enabled) return report;
  const since = new Date(now.getTime() - DELIVERY_MAX_AGE_DAYS * 86_400_000);
  const pending = await store.repos.notifications.listPendingEmails(since, DELIVERY_BATCH);
  for (const item of pending) {
    if (!(await store.repos.notifications.claimEmail(item.id, now))) continue;
    try {
      await mailer.send(composeNotificationEmail(item, publicUrl));
      report.sent += 1;
    } catch (error) {
      await store.repos.notifications.releaseEmailClaim(item.id, now);
      report.failed += 1;
      if (report.errors.length < 10)
        report.errors.push(error instanceof Error ? error.message : String(error));
      if (!(error instanceof MailError) || error.temporary) break;
    }
  }
  return report;
}

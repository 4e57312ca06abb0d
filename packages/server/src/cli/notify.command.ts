// `dti notify run [--now <ISO>] [--json]`: creates the reminders, escalations and publication
// notices due, e-mails the pending notifications, and prints what it did.
import type { NotifyReport } from '../services/notifications/notifications-job';
import { formatVietnam } from '../services/cycle/vietnam-time';
import type { CliCommand } from './command';
import { parseCommandArgs } from './cli-output';
import { withRuntime } from './cli-runtime';

const USAGE = 'Cách dùng: dti notify run [--now <thời điểm ISO, ví dụ 2025-12-08T00:00:00+07:00>] [--json]';
const LISTED = 20;

function listUnits(title: string, units: readonly { year: number; code: string; name: string }[]): string[] {
  if (units.length === 0) return [];
  const shown = units.slice(0, LISTED).map((u) => `  - ${u.name} (${u.code}), năm ${u.year}`);
  const more = units.length > LISTED ? [`  … và ${units.length - LISTED} đơn vị khác`] : [];
  return [`${title} (${units.length}):`, ...shown, ...more];
}

/** The Vietnamese summary of a run. */
export function describeNotifyReport(report: NotifyReport): string {
  const r = report.reminders;
  const lines = [`Thông báo lúc ${formatVietnam(new Date(report.at))} (giờ Việt Nam).`];
  lines.push(
    r.years.length === 0
      ? 'Không có kỳ đánh giá nào đang mở: không có nhắc hạn.'
      : `Kỳ đang mở: ${r.years.join(', ')}. Đã tạo ${r.reminders} nhắc hạn và ${r.escalations} báo cáo thủ trưởng (${r.units.length} đơn vị).`,
  );
  for (const u of r.units) {
    lines.push(
      `  - ${u.name} (${u.code}): mốc ${u.stage} ngày, hạn ${formatVietnam(new Date(u.deadline))}, ` +
        `đã nhập ${u.itemsFilled}/${u.itemsTotal}; ${u.reminders} nhắc hạn, ${u.escalations} báo cáo thủ trưởng`,
    );
  }
  lines.push(...listUnits('Đơn vị đến hạn nhắc nhưng chưa có tài khoản cán bộ', r.unitsWithoutAccounts));
  lines.push(
    ...listUnits('Đơn vị cần báo cáo thủ trưởng nhưng chưa có tài khoản thủ trưởng', r.unitsWithoutHead),
  );
  for (const p of report.publications.filter((x) => x.notices > 0))
    lines.push(`Thông báo công bố kết quả năm ${p.year}: ${p.notices} người nhận mới.`);
  const d = report.delivery;
  if (!d.enabled) lines.push('Chưa cấu hình DTI_SMTP_URL: chỉ có thông báo trong ứng dụng, không gửi thư.');
  else {
    lines.push(
      `Thư điện tử: đã gửi ${d.sent}, lỗi ${d.failed}${d.failed > 0 ? ' (sẽ gửi lại ở lần chạy sau)' : ''}.`,
    );
    for (const e of d.errors) lines.push(`  - ${e}`);
  }
  return lines.join('\n');
}

/** The `notify` command. */
export const notifyCommand: CliCommand = {
  name: 'notify',
  summary: 'nhắc hạn nộp, báo cáo thủ trưởng, gửi thư thông báo (notify run)',
  async run(args, io) {
    const parsed = parseCommandArgs(args, { now: { type: 'string' }, json: { type: 'boolean' } });
    if (!parsed.ok || parsed.positional.length !== 1 || parsed.positional[0] !== 'run') {
      io.err(parsed.ok ? USAGE : `${parsed.error}\n${USAGE}`);
      return 2;
    }
    const nowText = parsed.values.now;
    const now = nowText === undefined ? undefined : new Date(nowText);
    if (now !== undefined && (Number.isNaN(now.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(nowText ?? ''))) {
      io.err(`Lỗi [CLI_ARGS]: --now phải là thời điểm ISO 8601, ví dụ 2025-12-08T00:00:00+07:00.\n${USAGE}`);
      return 2;
    }
    return withRuntime(io, async ({ services }) => {
      const report = await services.notifyJob.run(now === undefined ? {} : { now });
      io.out(parsed.values.json ? JSON.stringify(report, null, 2) : describeNotifyReport(report));
      return report.delivery.failed > 0 ? 1 : 0;
    });
  },
};

// `dti notify run`: reminders at a given instant, e-mail through a real SMTP server, the Vietnamese
// summary and the JSON report; bad arguments.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { openRuntime, prepareRuntime } from '../main';
import { startTestSmtpServer, type TestSmtpServer } from '../services/notifications/mailer.fixture';
import type { NotifyReport } from '../services/notifications/notifications-job';
import type { CliIo } from './command';
import { notifyCommand } from './notify.command';

let dir: string;
let env: NodeJS.ProcessEnv;
let smtp: TestSmtpServer;

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), env, cwd: dir };
  const code = await notifyCommand.run(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dti-notify-'));
  smtp = await startTestSmtpServer();
  env = {
    DTI_DATA_DIR: join(dir, 'data'),
    DTI_LOG: 'false',
    DTI_DEMO: 'false',
    DTI_SMTP_URL: smtp.url,
    DTI_SMTP_FROM: 'DTI Lào Cai <dti@example.vn>',
    DTI_REMINDER_DAYS: '5',
    DTI_PUBLIC_URL: 'https://dti.example.vn',
  };
  const loaded = loadConfig(env, dir);
  if (!loaded.ok) throw new Error(loaded.message);
  const runtime = await openRuntime(loaded.config);
  try {
    await prepareRuntime(runtime);
    const system = { kind: 'system', name: 'thử' } as const;
    await runtime.services.periods.createPeriod(system, { year: 2024, frameworkId: 'LC-3019-2023' });
    await runtime.services.periods.transition(system, 2024, 'open');
    const [unit] = await runtime.store.repos.units.findUnitsByCodes(['02710']);
    await runtime.store.repos.users.insertUser({
      username: 'can-bo',
      fullName: 'Nguyễn Văn A',
      role: 'unit_officer',
      unitId: unit?.id ?? null,
      email: 'can-bo@example.vn',
      passwordHash: 'x',
    });
  } finally {
    await runtime.close();
  }
}, 180_000);
afterAll(async () => {
  await smtp?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('dti notify run', () => {
  it('creates the reminders due at --now, e-mails them, and prints a Vietnamese summary', async () => {
    const result = await run(['run', '--now', '2024-12-10T00:00:00+07:00']);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain('Thông báo lúc 10/12/2024 00:00 (giờ Việt Nam).');
    expect(result.out).toContain('Đã tạo 1 nhắc hạn và 0 báo cáo thủ trưởng (1 đơn vị).');
    expect(result.out).toContain('Xã Bản Vược (02710): mốc 5 ngày, hạn 15/12/2024 00:00');
    expect(result.out).toContain('Đơn vị cần báo cáo thủ trưởng nhưng chưa có tài khoản thủ trưởng (1)');
    expect(result.out).toMatch(/Đơn vị đến hạn nhắc nhưng chưa có tài khoản cán bộ \(\d+\):/);
    expect(result.out).toContain('… và');
    expect(result.out).toContain('Thư điện tử: đã gửi 1, lỗi 0.');
    expect(smtp.received.map((m) => [m.to, m.subject])).toEqual([
      [['can-bo@example.vn'], '[DTI Lào Cai] Nhắc hạn: còn 5 ngày để nộp bản tự đánh giá DTI năm 2024'],
    ]);
  }, 60_000);

  it('answers in JSON, and the second run creates and sends nothing', async () => {
    const result = await run(['run', '--now', '2024-12-10T01:00:00+07:00', '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as NotifyReport;
    expect(report.at).toBe('2024-12-09T18:00:00.000Z');
    expect(report.reminders).toMatchObject({ years: [2024], reminders: 0, escalations: 0 });
    expect(report.delivery).toEqual({ enabled: true, sent: 0, failed: 0, errors: [] });
    expect(smtp.received).toHaveLength(1);
  }, 60_000);

  it('refuses bad arguments with the usage and exit code 2', async () => {
    for (const args of [[], ['send'], ['run', '--now', 'hôm qua'], ['run', '--later']]) {
      const result = await run(args);
      expect(result.code).toBe(2);
      expect(result.err).toContain('Cách dùng: dti notify run');
    }
  });
});

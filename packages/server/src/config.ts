// Settings, read once from the environment and checked; bad settings stop the program with a
// Vietnamese message naming each one.
import { resolve } from 'node:path';
import { z } from 'zod';

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);
const count = (fallback: number, max: number) => z.coerce.number().int().min(1).max(max).default(fallback);
const dayList = z
  .string()
  .regex(/^\s*\d{1,3}(\s*,\s*\d{1,3})*\s*$/, 'phải là các số ngày cách nhau bởi dấu phẩy, ví dụ 7,3,1')
  .transform((v) => [...new Set(v.split(',').map(Number))].sort((a, b) => b - a))
  .refine((days) => days.every((d) => d >= 1 && d <= 365), 'mỗi số ngày phải từ 1 đến 365');

const EnvSchema = z.object({
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'phải có dạng postgres://người-dùng@máy:cổng/tên-csdl')
      .optional(),
  ),
  DTI_DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default('./data')),
  DTI_DB_POOL_SIZE: z.preprocess(emptyAsUndefined, count(10, 200)),
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65_535).default(3000)),
  HOST: z.preprocess(emptyAsUndefined, z.string().default('127.0.0.1')),
  DTI_ADMIN_PASSWORD: z.preprocess(emptyAsUndefined, z.string().min(8, 'cần ít nhất 8 ký tự').optional()),
  DTI_SESSION_TTL_MINUTES: z.preprocess(emptyAsUndefined, count(720, 60 * 24 * 30)),
  DTI_COOKIE_SECURE: z.preprocess(emptyAsUndefined, flag.default(false)),
  DTI_TRUST_PROXY: z.preprocess(emptyAsUndefined, flag.default(false)),
  DTI_LOG: z.preprocess(emptyAsUndefined, flag.default(true)),
  DTI_LOGIN_MAX_FAILURES: z.preprocess(emptyAsUndefined, count(5, 100)),
  DTI_LOGIN_MAX_FAILURES_PER_IP: z.preprocess(emptyAsUndefined, count(50, 10_000)),
  DTI_LOGIN_WINDOW_MINUTES: z.preprocess(emptyAsUndefined, count(15, 24 * 60)),
  DTI_LOGIN_LOCK_MINUTES: z.preprocess(emptyAsUndefined, count(15, 24 * 60)),
  DTI_EVIDENCE_MAX_MB: z.preprocess(emptyAsUndefined, count(20, 1024)),
  DTI_DEMO: z.preprocess(emptyAsUndefined, flag.optional()),
  DTI_SEED_REORGANISATIONS: z.preprocess(emptyAsUndefined, flag.default(true)),
  DTI_SMTP_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^smtps?:\/\/[^/\s]+/, 'phải có dạng smtp://máy:cổng hoặc smtps://người-dùng:mật-khẩu@máy:cổng')
      .optional(),
  ),
  DTI_SMTP_FROM: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(
        /^[^@\s<>]+@[^@\s<>]+$|^[^<>]*<[^@\s<>]+@[^@\s<>]+>$/,
        'phải là địa chỉ thư, ví dụ DTI <dti@example.vn>',
      )
      .optional(),
  ),
  DTI_REMINDER_DAYS: z.preprocess(emptyAsUndefined, dayList.default([7, 3, 1])),
  DTI_NOTIFY_INTERVAL_MINUTES: z.preprocess(emptyAsUndefined, count(60, 24 * 60)),
  DTI_PUBLIC_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^https?:\/\/[^/\s]+/, 'phải có dạng https://máy[:cổng], ví dụ https://dti.laocai.gov.vn')
      .optional(),
  ),
});

/** Checks between settings: an SMTP server needs a sender address. */
function crossCheck(env: NodeJS.ProcessEnv): string[] {
  const set = (name: string) => (env[name] ?? '') !== '';
  return set('DTI_SMTP_URL') && !set('DTI_SMTP_FROM')
    ? ['  - DTI_SMTP_FROM: cần địa chỉ người gửi khi đã đặt DTI_SMTP_URL']
    : [];
}

/** The server's settings. */
export interface Config {
  /** PostgreSQL (DATABASE_URL, a pool of DTI_DB_POOL_SIZE connections) or the embedded PGlite. */
  database: { kind: 'postgres'; url: string; poolSize: number } | { kind: 'pglite'; dataDir: string };
  port: number;
  host: string;
  adminPassword: string | undefined;
  cookieSecure: boolean;
  trustProxy: boolean;
  log: boolean;
  /** Size limit of one evidence file, in bytes (DTI_EVIDENCE_MAX_MB, default 20). */
  evidenceMaxBytes: number;
  /**
   * Demonstration data (DỮ LIỆU MINH HỌA) on a new database: DTI_DEMO, by default on for the
   * embedded PGlite database and off for PostgreSQL.
   */
  demo: boolean;
  /**
   * DTI_SEED_REORGANISATIONS (default on): a new database gets the shipped reorganisation files after
   * the 2023 registry (the province as it is today); off keeps the 2023 registry (tests, replays).
   */
  seedReorganisations: boolean;
  sessions: {
    ttlMinutes: number;
    maxFailuresPerUser: number;
    maxFailuresPerIp: number;
    windowMinutes: number;
    lockMinutes: number;
  };
  /** Notifications: e-mail over SMTP when configured, deadline reminders, the delivery timer. */
  notify: NotifySettings;
}

/** Settings of notifications and e-mail. */
export interface NotifySettings {
  /** DTI_SMTP_URL and DTI_SMTP_FROM; undefined when e-mail is off (in-app notifications only). */
  smtp: { url: string; from: string } | undefined;
  /** DTI_REMINDER_DAYS: days before a deadline a reminder goes out, largest first (default 7,3,1). */
  reminderDays: number[];
  /** DTI_NOTIFY_INTERVAL_MINUTES: how often `dti serve` runs the notification job (default 60). */
  intervalMinutes: number;
  /** DTI_PUBLIC_URL, else http://HOST:PORT: the address links in e-mails start with. */
  publicUrl: string;
}

/** Reads the settings from `env`; relative paths are resolved against `cwd`. */
export function loadConfig(
  env: NodeJS.ProcessEnv,
  cwd: string,
): { ok: true; config: Config } | { ok: false; message: string } {
  const parsed = EnvSchema.safeParse(env, { error: z.locales.vi().localeError });
  const crossed = crossCheck(env);
  if (!parsed.success || crossed.length > 0) {
    const issues = parsed.success ? [] : parsed.error.issues;
    const lines = [...issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`), ...crossed];
    return { ok: false, message: ['Lỗi [CONFIG_INVALID]: cấu hình không hợp lệ:', ...lines].join('\n') };
  }
  const e = parsed.data;
  return {
    ok: true,
    config: {
      database:
        e.DATABASE_URL === undefined
          ? { kind: 'pglite', dataDir: resolve(cwd, e.DTI_DATA_DIR) }
          : { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.DTI_DB_POOL_SIZE },
      port: e.PORT,
      host: e.HOST,
      adminPassword: e.DTI_ADMIN_PASSWORD,
      cookieSecure: e.DTI_COOKIE_SECURE,
      trustProxy: e.DTI_TRUST_PROXY,
      log: e.DTI_LOG,
      evidenceMaxBytes: e.DTI_EVIDENCE_MAX_MB * 1024 * 1024,
      demo: e.DTI_DEMO ?? e.DATABASE_URL === undefined,
      seedReorganisations: e.DTI_SEED_REORGANISATIONS,
      sessions: {
        ttlMinutes: e.DTI_SESSION_TTL_MINUTES,
        maxFailuresPerUser: e.DTI_LOGIN_MAX_FAILURES,
        maxFailuresPerIp: e.DTI_LOGIN_MAX_FAILURES_PER_IP,
        windowMinutes: e.DTI_LOGIN_WINDOW_MINUTES,
        lockMinutes: e.DTI_LOGIN_LOCK_MINUTES,
      },
      notify: {
        smtp:
          e.DTI_SMTP_URL === undefined || e.DTI_SMTP_FROM === undefined
            ? undefined
            : { url: e.DTI_SMTP_URL, from: e.DTI_SMTP_FROM },
        reminderDays: e.DTI_REMINDER_DAYS,
        intervalMinutes: e.DTI_NOTIFY_INTERVAL_MINUTES,
        publicUrl: (e.DTI_PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/+$/, ''),
      },
    },
  };
}

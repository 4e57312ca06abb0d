// Settings, read once from the environment and checked; bad settings stop the program with a
// Vietnamese message naming each one.
import { resolve } from 'node:path';
import { z } from 'zod';

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);
const count = (fallback: number, max: number) => z.coerce.number().int().min(1).max(max).default(fallback);

const EnvSchema = z.object({
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'phải có dạng postgres://người-dùng@máy:cổng/tên-csdl')
      .optional(),
  ),
  DTI_DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default('./data')),
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
});

/** The server's settings. */
export interface Config {
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };
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
  sessions: {
    ttlMinutes: number;
    maxFailuresPerUser: number;
    maxFailuresPerIp: number;
    windowMinutes: number;
    lockMinutes: number;
  };
}

/** Reads the settings from `env`; relative paths are resolved against `cwd`. */
export function loadConfig(
  env: NodeJS.ProcessEnv,
  cwd: string,
): { ok: true; config: Config } | { ok: false; message: string } {
  const parsed = EnvSchema.safeParse(env, { error: z.locales.vi().localeError });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    return { ok: false, message: ['Lỗi [CONFIG_INVALID]: cấu hình không hợp lệ:', ...lines].join('\n') };
  }
  const e = parsed.data;
  return {
    ok: true,
    config: {
      database:
        e.DATABASE_URL === undefined
          ? { kind: 'pglite', dataDir: resolve(cwd, e.DTI_DATA_DIR) }
          : { kind: 'postgres', url: e.DATABASE_URL },
      port: e.PORT,
      host: e.HOST,
      adminPassword: e.DTI_ADMIN_PASSWORD,
      cookieSecure: e.DTI_COOKIE_SECURE,
      trustProxy: e.DTI_TRUST_PROXY,
      log: e.DTI_LOG,
      evidenceMaxBytes: e.DTI_EVIDENCE_MAX_MB * 1024 * 1024,
      demo: e.DTI_DEMO ?? e.DATABASE_URL === undefined,
      sessions: {
        ttlMinutes: e.DTI_SESSION_TTL_MINUTES,
        maxFailuresPerUser: e.DTI_LOGIN_MAX_FAILURES,
        maxFailuresPerIp: e.DTI_LOGIN_MAX_FAILURES_PER_IP,
        windowMinutes: e.DTI_LOGIN_WINDOW_MINUTES,
        lockMinutes: e.DTI_LOGIN_LOCK_MINUTES,
      },
    },
  };
}

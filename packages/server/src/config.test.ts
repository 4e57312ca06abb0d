import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('config', () => {
  it('defaults to PGlite in ./data, port 3000 on 127.0.0.1', () => {
    const loaded = loadConfig({}, '/srv/dti');
    expect(loaded).toMatchObject({
      ok: true,
      config: {
        database: { kind: 'pglite', dataDir: '/srv/dti/data' },
        port: 3000,
        host: '127.0.0.1',
        cookieSecure: false,
      },
    });
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const loaded = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/dti', PORT: '8080' }, '/');
    expect(loaded).toMatchObject({ ok: true, config: { database: { kind: 'postgres' }, port: 8080 } });
  });

  it('names every bad setting in Vietnamese', () => {
    const loaded = loadConfig(
      { PORT: 'abc', DATABASE_URL: 'mysql://x', DTI_ADMIN_PASSWORD: '123', DTI_COOKIE_SECURE: 'maybe' },
      '/',
    );
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.message).toMatch(/^Lỗi \[CONFIG_INVALID\]: cấu hình không hợp lệ/);
    for (const name of ['PORT', 'DATABASE_URL', 'DTI_ADMIN_PASSWORD', 'DTI_COOKIE_SECURE'])
      expect(loaded.message).toContain(name);
  });
});

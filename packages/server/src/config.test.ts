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

  it('gives PostgreSQL a pool of 10 connections unless DTI_DB_POOL_SIZE says otherwise (1–200)', () => {
    const url = 'postgres://postgres@127.0.0.1:5432/dti';
    expect(loadConfig({ DATABASE_URL: url }, '/')).toMatchObject({ config: { database: { poolSize: 10 } } });
    expect(loadConfig({ DATABASE_URL: url, DTI_DB_POOL_SIZE: '24' }, '/')).toMatchObject({
      config: { database: { poolSize: 24 } },
    });
    for (const bad of ['0', '201', 'nhiều']) {
      const loaded = loadConfig({ DATABASE_URL: url, DTI_DB_POOL_SIZE: bad }, '/');
      expect(loaded.ok).toBe(false);
      if (!loaded.ok) expect(loaded.message).toContain('DTI_DB_POOL_SIZE');
    }
  });

  it('applies the shipped reorganisations to a new database unless DTI_SEED_REORGANISATIONS is off', () => {
    expect(loadConfig({}, '/')).toMatchObject({ config: { seedReorganisations: true } });
    expect(loadConfig({ DTI_SEED_REORGANISATIONS: 'false' }, '/')).toMatchObject({
      config: { seedReorganisations: false },
    });
    expect(loadConfig({ DTI_SEED_REORGANISATIONS: 'maybe' }, '/').ok).toBe(false);
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

  it('reads the notification settings: e-mail off, reminders 7,3,1, hourly, links to HOST:PORT', () => {
    const loaded = loadConfig({ PORT: '8080' }, '/');
    expect(loaded).toMatchObject({
      ok: true,
      config: {
        notify: {
          smtp: undefined,
          reminderDays: [7, 3, 1],
          intervalMinutes: 60,
          publicUrl: 'http://127.0.0.1:8080',
        },
      },
    });
    const custom = loadConfig(
      {
        DTI_SMTP_URL: 'smtps://dti:bí-mật@mail.example.vn:465',
        DTI_SMTP_FROM: 'DTI Lào Cai <dti@example.vn>',
        DTI_REMINDER_DAYS: ' 1, 10 ,3,10',
        DTI_NOTIFY_INTERVAL_MINUTES: '15',
        DTI_PUBLIC_URL: 'https://dti.example.vn/',
      },
      '/',
    );
    expect(custom).toMatchObject({
      ok: true,
      config: {
        notify: {
          smtp: { url: 'smtps://dti:bí-mật@mail.example.vn:465', from: 'DTI Lào Cai <dti@example.vn>' },
          reminderDays: [10, 3, 1],
          intervalMinutes: 15,
          publicUrl: 'https://dti.example.vn',
        },
      },
    });
  });

  it('names bad notification settings in Vietnamese, and a server without a sender', () => {
    const loaded = loadConfig(
      {
        DTI_SMTP_URL: 'http://mail',
        DTI_REMINDER_DAYS: '7;3',
        DTI_NOTIFY_INTERVAL_MINUTES: '0',
        DTI_PUBLIC_URL: 'dti.example.vn',
      },
      '/',
    );
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    for (const name of [
      'DTI_SMTP_URL',
      'DTI_SMTP_FROM',
      'DTI_REMINDER_DAYS',
      'DTI_NOTIFY_INTERVAL_MINUTES',
      'DTI_PUBLIC_URL',
    ])
      expect(loaded.message).toContain(name);
    expect(loaded.message).toContain('7,3,1');
    const zero = loadConfig({ DTI_REMINDER_DAYS: '0,3' }, '/');
    expect(zero.ok ? '' : zero.message).toContain('từ 1 đến 365');
    const noSender = loadConfig({ DTI_SMTP_URL: 'smtp://127.0.0.1:2525' }, '/');
    expect(noSender.ok ? '' : noSender.message).toMatch(/DTI_SMTP_FROM: cần địa chỉ người gửi/);
  });
});

// The web application's page and assets over HTTP, from a small build in a temporary folder: the
// page gets its address's preloads before </head>, an ETag of what was sent (so two addresses never
// share a cached copy), Vary: Cookie, and compression; assets are served as files.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lazyModules } from './web-app-preloads';
import { registerWebApp } from './web-app.routes';

let dist: string;
let app: FastifyInstance;

const page = `<!doctype html><html lang="vi"><head><title>DTI Lào Cai</title>
<script type="module" crossorigin src="/assets/index-A.js"></script></head>
<body><div id="root">${'Đang tải… '.repeat(150)}</div></body></html>`;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'dti-web-'));
  mkdirSync(join(dist, 'assets'));
  mkdirSync(join(dist, '.vite'));
  writeFileSync(join(dist, 'index.html'), page);
  writeFileSync(join(dist, 'assets', 'index-A.js'), 'export {};');
  writeFileSync(
    join(dist, '.vite', 'manifest.json'),
    JSON.stringify({
      'index.html': { file: 'assets/index-A.js', isEntry: true },
      [lazyModules.signedInLayout]: { file: 'assets/app-layout-S.js', imports: ['index.html'] },
      [lazyModules.assessmentPage]: { file: 'assets/assessment.page-F.js', imports: ['index.html'] },
    }),
  );
  app = Fastify();
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
  await app.register(cookie);
  await registerWebApp(app, { distDir: dist });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('the web application page', () => {
  it("puts the form's preloads at the end of <head> for a signed-in browser", async () => {
    const response = await app.inject({
      url: '/app/assessment?year=2025',
      headers: { cookie: 'dti_csrf=abc' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    const head = response.body.slice(0, response.body.indexOf('</head>'));
    expect(head).toContain(
      '<link rel="preload" as="fetch" crossorigin href="/api/home/officer/form?year=2025">',
    );
    expect(head).toContain('href="/api/session/me"');
    expect(head).toContain(
      '<link rel="modulepreload" crossorigin fetchpriority="low" href="/assets/assessment.page-F.js">',
    );
    expect(head).not.toContain('href="/assets/index-A.js">'); // the main script is not preloaded again
    expect(response.headers.vary).toMatch(/cookie/i);
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('sends the page as built to an anonymous visitor of the portal, compressed, revalidated by ETag', async () => {
    const response = await app.inject({ url: '/', headers: { 'accept-encoding': 'br' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    const plain = await app.inject({ url: '/' });
    expect(plain.body).toBe(page);
    const etag = String(plain.headers.etag);
    expect((await app.inject({ url: '/', headers: { 'if-none-match': etag } })).statusCode).toBe(304);
    // the form's page differs, so its ETag does too: a cached portal page is never shown for it
    const form = await app.inject({ url: '/app/assessment', headers: { 'if-none-match': etag } });
    expect(form.statusCode).toBe(200);
    expect(form.headers.etag).not.toBe(etag);
    expect(form.body).toContain('href="/assets/app-layout-S.js"');
    expect(form.body).not.toContain('/api/session/me');
  });

  it('still serves the assets and refuses /api paths it does not know', async () => {
    const asset = await app.inject({ url: '/assets/index-A.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await app.inject({ url: '/api/nothing' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/.vite/manifest.json' })).body).toBe(page); // never the manifest itself
  });

  it('serves a new build at once, without a restart', async () => {
    const rebuilt = page.replace('index-A.js', 'index-B.js');
    writeFileSync(join(dist, 'index.html'), rebuilt);
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(dist, 'index.html'), later, later);
    expect((await app.inject({ url: '/' })).body).toBe(rebuilt);
  });

  it("writes the first paint in the device's language", async () => {
    const english = await app.inject({ url: '/', headers: { cookie: 'dti_lang=en' } });
    expect(english.body).toContain('Loading…');
    expect(english.body).not.toContain('Đang tải…');
    expect((await app.inject({ url: '/', headers: { cookie: 'dti_lang=vi' } })).body).toContain('Đang tải…');
  });
});

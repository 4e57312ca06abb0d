// Compression, ETag/304 and the lean reads, through the real HTTP application (PGlite in memory).
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app';
import { entityTag, matchesIfNoneMatch } from './conditional-get';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await t.services.frameworks.loadBuiltinFrameworks({ kind: 'system', name: 'test' });
}, 120_000);
afterAll(async () => t?.close());

describe('If-None-Match', () => {
  it('matches the tag, its weak form, one of a list and *; nothing else', () => {
    const tag = entityTag('{"a":1}');
    expect(tag).toMatch(/^"[\w-]+"$/);
    expect(matchesIfNoneMatch(tag, tag)).toBe(true);
    expect(matchesIfNoneMatch(`W/${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch(`"x", ${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch('*', tag)).toBe(true);
    expect(matchesIfNoneMatch('"x"', tag)).toBe(false);
    expect(matchesIfNoneMatch(undefined, tag)).toBe(false);
    expect(entityTag('{"a":2}')).not.toBe(tag);
  });
});

describe('framework reads', () => {
  const url = '/api/frameworks/LC-3019-2023';

  it('sends Brotli or gzip as the client accepts, and plain JSON to a client that accepts neither', async () => {
    const br = await t.app.inject({ url, headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.headers['content-encoding']).toBe('br');
    const whole = JSON.parse(brotliDecompressSync(br.rawPayload).toString('utf8')) as {
      content: { sets: unknown[] };
    };
    expect(whole.content.sets).toHaveLength(5);
    const gz = await t.app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString('utf8'))).toEqual(whole);
    const plain = await t.app.inject({ url, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.json()).toEqual(whole);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 5);
  });

  it('gives one set’s slice with ?set=, and 404 for a set the framework lacks', async () => {
    const slice = await t.app.inject({ url: `${url}?set=XA` });
    expect(slice.statusCode).toBe(200);
    const body = slice.json<{ id: string; content: { sets: { id: string }[] }; sets: { id: string }[] }>();
    expect(body.content.sets.map((s) => s.id)).toEqual(['XA']);
    expect(body.sets).toHaveLength(5); // the summary still names every set
    const whole = await t.app.inject({ url });
    expect(slice.rawPayload.length).toBeLessThan(whole.rawPayload.length / 2);
    const missing = await t.app.inject({ url: `${url}?set=NOPE` });
    expect(missing.statusCode).toBe(404);
  });

  it('answers 304 to a client that has the same version, and may be kept but revalidated', async () => {
    const first = await t.app.inject({ url: `${url}?set=XA` });
    const tag = first.headers.etag;
    expect(typeof tag).toBe('string');
    expect(first.headers['cache-control']).toBe('public, no-cache');
    const again = await t.app.inject({ url: `${url}?set=XA`, headers: { 'if-none-match': String(tag) } });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    const other = await t.app.inject({ url: `${url}?set=HUYEN`, headers: { 'if-none-match': String(tag) } });
    expect(other.statusCode).toBe(200);
  });

  it('keeps no-store on private answers', async () => {
    const me = await t.app.inject({ url: '/api/session/me' });
    expect(me.headers['cache-control']).toBe('no-store');
  });
});

describe('public ranking', () => {
  it('is 404 for a year that is not published', async () => {
    const answer = await t.app.inject({ url: '/api/public/results/2023/ranking' });
    expect(answer.statusCode).toBe(404);
  });
});

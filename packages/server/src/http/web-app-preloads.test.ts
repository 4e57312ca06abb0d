// Which preloads each page request gets: the chunks its address loads at once (from the build's
// manifest, never the main script's own), and with a session cookie the session's and the form's
// first reads, spelled as the web app asks for them.
import { describe, expect, it, vi } from 'vitest';
import { officerFormAddress } from '@dti/contract';
import { createPreloads, lazyChunkFiles, lazyModules, type BuildManifest } from './web-app-preloads';

const manifest: BuildManifest = {
  'index.html': { file: 'assets/index-A.js', isEntry: true, imports: ['_runtime-R.js'] },
  '_runtime-R.js': { file: 'assets/runtime-R.js' },
  '_libs-L.js': { file: 'assets/libs-L.js', imports: ['_runtime-R.js'] },
  '_use-async-U.js': { file: 'assets/use-async-U.js', imports: ['index.html'] },
  [lazyModules.signedInLayout]: {
    file: 'assets/app-layout-S.js',
    imports: ['_runtime-R.js', '_libs-L.js', 'index.html'],
  },
  [lazyModules.assessmentPage]: {
    file: 'assets/assessment.page-F.js',
    imports: ['_runtime-R.js', 'index.html', '_use-async-U.js', '_libs-L.js'],
  },
  'src/routes/units.page.tsx': { file: 'assets/units.page-X.js', imports: ['_libs-L.js'] },
};

const hrefs = (links: string, rel: string) =>
  [...links.matchAll(new RegExp(`<link rel="${rel}"[^>]*href="([^"]+)"`, 'g'))].map((m) => m[1]);

describe('lazyChunkFiles', () => {
  it("lists a module's chunk and what it imports, once each, without the main script's own", () => {
    expect(lazyChunkFiles(manifest, [lazyModules.signedInLayout, lazyModules.assessmentPage])).toEqual([
      'assets/app-layout-S.js',
      'assets/libs-L.js',
      'assets/assessment.page-F.js',
      'assets/use-async-U.js',
    ]);
    expect(() => lazyChunkFiles(manifest, ['src/routes/none.tsx'])).toThrow('not in the build manifest');
  });
});

describe('createPreloads', () => {
  const preloads = createPreloads(manifest);

  it('gives the form its chunks at low priority and, signed in, its two first reads', () => {
    const links = preloads({ path: '/app/assessment', search: 'year=2025&item=1.2', hasSessionCookie: true });
    expect(hrefs(links, 'preload')).toEqual(['/api/session/me', '/api/home/officer/form?year=2025']);
    expect(hrefs(links, 'preload')[1]).toBe(officerFormAddress('?year=2025&item=1.2'));
    expect(hrefs(links, 'modulepreload')).toEqual([
      '/assets/app-layout-S.js',
      '/assets/libs-L.js',
      '/assets/assessment.page-F.js',
      '/assets/use-async-U.js',
    ]);
    expect(links.match(/rel="modulepreload" crossorigin fetchpriority="low"/g)).toHaveLength(4);
    expect(links).toContain('<link rel="preload" as="fetch" crossorigin href="/api/session/me">');
  });

  it('asks for no year the API would refuse, and nothing signed-in without a session cookie', () => {
    const odd = preloads({ path: '/app/assessment', search: 'year=20x5', hasSessionCookie: true });
    expect(hrefs(odd, 'preload')).toEqual(['/api/session/me', '/api/home/officer/form']);
    const anonymous = preloads({ path: '/app/assessment', search: '', hasSessionCookie: false });
    expect(hrefs(anonymous, 'preload')).toEqual([]);
    expect(hrefs(anonymous, 'modulepreload')).toHaveLength(4);
  });

  it('gives other signed-in areas the layout only, and the portal at most the session', () => {
    const admin = preloads({ path: '/admin/users', search: '', hasSessionCookie: true });
    expect(hrefs(admin, 'preload')).toEqual(['/api/session/me']);
    expect(hrefs(admin, 'modulepreload')).toEqual(['/assets/app-layout-S.js', '/assets/libs-L.js']);
    expect(preloads({ path: '/', search: '', hasSessionCookie: true })).toBe(
      '<link rel="preload" as="fetch" crossorigin href="/api/session/me">',
    );
    expect(preloads({ path: '/', search: '', hasSessionCookie: false })).toBe('');
    expect(preloads({ path: '/application', search: '', hasSessionCookie: false })).toBe('');
  });

  it('reports a build that lacks a module and preloads no chunks for it', () => {
    const warn = vi.fn();
    const { [lazyModules.assessmentPage]: _page, ...partial } = manifest;
    const partly = createPreloads(partial, warn);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(lazyModules.assessmentPage));
    expect(
      hrefs(partly({ path: '/app/assessment', search: '', hasSessionCookie: false }), 'modulepreload'),
    ).toEqual([]);
    expect(
      hrefs(partly({ path: '/app', search: '', hasSessionCookie: false }), 'modulepreload'),
    ).toHaveLength(2);
    expect(createPreloads(undefined)({ path: '/app', search: '', hasSessionCookie: false })).toBe('');
  });
});

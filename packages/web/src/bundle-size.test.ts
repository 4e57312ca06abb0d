// First-load JavaScript of the sign-in and public pages (index.html's entry script and the chunks it
// preloads; every other page is a lazy chunk) stays at or under 300 KB gzipped. Reads dist/ from
// the last build; builds it with Vite's JS API when it is missing.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const webDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const distDir = join(webDir, 'dist');
const limitBytes = 300 * 1024;

async function ensureBuild(): Promise<void> {
  if (existsSync(join(distDir, 'index.html'))) return;
  try {
    const { build } = await import('vite');
    await build({ root: webDir, configFile: join(webDir, 'vite.config.ts'), logLevel: 'error' });
  } catch (error) {
    throw new Error(
      `packages/web/dist is missing and building it failed; run "npm run build -w @dti/web" first. ${String(error)}`,
    );
  }
}

/** The scripts index.html loads before anything is shown: the entry and its modulepreloads. */
function firstLoadScripts(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g))
    found.add(match[1] ?? '');
  for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g))
    found.add(match[1] ?? '');
  return [...found].filter(Boolean);
}

describe('bundle size', () => {
  it(
    'keeps first-load JavaScript of sign-in and the portal at or under 300 KB gzipped',
    { timeout: 120_000 },
    async () => {
      await ensureBuild();
      const html = readFileSync(join(distDir, 'index.html'), 'utf8');
      const scripts = firstLoadScripts(html);
      expect(scripts.length).toBeGreaterThan(0);
      const sizes = scripts.map(
        (src) => gzipSync(readFileSync(join(distDir, src.replace(/^\//, '')))).length,
      );
      const total = sizes.reduce((a, b) => a + b, 0);
      expect(
        total,
        `first-load JS is ${Math.round(total / 1024)} KB gzipped: ${scripts.join(', ')}`,
      ).toBeLessThanOrEqual(limitBytes);
    },
  );
});

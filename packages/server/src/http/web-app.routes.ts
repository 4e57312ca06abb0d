// Serves the built web application (packages/web/dist): hashed assets cached for a year, index.html
// for every other non-/api GET path (client-side routes), nothing at all when the build is missing.
// The build writes x.br and x.gz beside each text file; they are sent as they are to a browser
// that accepts them (preCompressed), so nothing is compressed per request. The page itself is
// index.html with the address's preloads added (web-app-preloads.ts) and its first paint in the
// device's language (web-app-language.ts), compressed per request (≈ 2 KB), with an ETag of its content.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { languageCookie } from '@dti/contract';
import { anyone } from './access';
import { CSRF_COOKIE } from './auth-hooks';
import { pageInLanguage } from './web-app-language';
import { createPreloads, type BuildManifest } from './web-app-preloads';

/** Settings of the web application plugin. */
export interface WebAppOptions {
  /** The Vite build output, e.g. packages/web/dist. */
  distDir: string;
}

/**
 * The web page's policy: scripts and styles from this origin only (Mantine sets inline style
 * attributes and one style element, hence 'unsafe-inline' for styles), API calls to this origin.
 */
const webPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; " +
  "object-src 'none'";

const immutable = 'public, max-age=31536000, immutable';

function isInside(root: string, candidate: string): boolean {
  return candidate === root || candidate.startsWith(root.endsWith(sep) ? root : root + sep);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Registers the web application's routes. Does nothing (and logs a hint) when `distDir` holds no
 * build, so the API runs alone in development and tests.
 */
export async function registerWebApp(app: FastifyInstance, options: WebAppOptions): Promise<void> {
  const root = resolve(options.distDir);
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) {
    app.log.warn(`Chưa có bản dựng giao diện web tại ${root}: chạy npm run build -w @dti/web`);
    return;
  }

  // The page and the manifest, read again whenever index.html changes (a rebuild while serving), so
  // the page never names chunks that the new build has removed.
  let build: { mtimeMs: number; html: string; preloads: ReturnType<typeof createPreloads> } | undefined;
  const currentBuild = () => {
    let mtimeMs: number;
    try {
      mtimeMs = statSync(indexFile).mtimeMs;
    } catch (error) {
      if (build) return build; // index.html replaced at this very moment: the page as it was
      throw error;
    }
    if (build?.mtimeMs !== mtimeMs) {
      const manifestFile = join(root, '.vite', 'manifest.json');
      const manifest = existsSync(manifestFile)
        ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as BuildManifest)
        : undefined;
      const preloads = createPreloads(manifest, (message) =>
        app.log.warn(`Bản dựng giao diện web không khớp máy chủ, bỏ qua tải trước: ${message}`),
      );
      build = { mtimeMs, html: readFileSync(indexFile, 'utf8'), preloads };
    }
    return build;
  };
  currentBuild();

  await app.register(async (scope) => {
    await scope.register(fastifyStatic, {
      root,
      serve: false,
      decorateReply: true,
      index: false,
      preCompressed: true,
    });

    // Runs after the global security-headers hook (registered earlier, on the parent), so the
    // page gets a policy that lets it load its own scripts, and assets may be cached.
    scope.addHook('onSend', async (request, reply, payload) => {
      const path = request.url.split('?')[0] ?? '';
      if (path === '/api' || path.startsWith('/api/')) return payload; // API answers keep the API policy
      reply.header('Content-Security-Policy', webPolicy);
      if (path.startsWith('/assets/') && reply.statusCode === 200) reply.header('Cache-Control', immutable);
      else if (reply.statusCode === 200) reply.header('Cache-Control', 'no-cache');
      return payload;
    });

    const sendIndex = (request: FastifyRequest, reply: FastifyReply) => {
      const [path = '/', search = ''] = request.url.split(/\?(.*)/s);
      const { html: page, preloads } = currentBuild();
      const links = preloads({ path, search, hasSessionCookie: request.cookies[CSRF_COOKIE] !== undefined });
      const localised = pageInLanguage(page, request.cookies[languageCookie]);
      const html = links ? localised.replace('</head>', `${links}</head>`) : localised;
      const etag = `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`;
      reply.header('ETag', etag).header('Vary', 'Cookie');
      if (request.headers['if-none-match'] === etag) return reply.code(304).send();
      return reply.type('text/html; charset=utf-8').send(html);
    };

    scope.get('/assets/*', { config: { access: anyone }, schema: { hide: true } }, (request, reply) => {
      const rest = (request.params as { '*': string })['*'];
      const file = resolve(root, 'assets', rest);
      if (!isInside(join(root, 'assets'), file) || !isFile(file)) return reply.callNotFound();
      return reply.sendFile(join('assets', rest), root, {
        cacheControl: false,
        etag: true,
        lastModified: true,
      });
    });

    const fallback = (request: FastifyRequest, reply: FastifyReply) => {
      let path: string;
      try {
        path = decodeURIComponent(request.url.split('?')[0] ?? '/');
      } catch {
        return reply.callNotFound();
      }
      if (path === '/api' || path.startsWith('/api/')) return reply.callNotFound();
      const file = resolve(root, `.${path}`);
      // Files at the top of dist (favicon.svg…) as themselves; every other path is a page of the app.
      if (path !== '/' && isInside(root, file) && isFile(file) && !path.slice(1).includes('/')) {
        return reply.sendFile(path.slice(1), root, { cacheControl: false, etag: true, lastModified: true });
      }
      return sendIndex(request, reply);
    };

    scope.get('/', { config: { access: anyone }, schema: { hide: true } }, (request, reply) =>
      fallback(request, reply),
    );
    scope.get('/*', { config: { access: anyone }, schema: { hide: true } }, (request, reply) =>
      fallback(request, reply),
    );
  });
}

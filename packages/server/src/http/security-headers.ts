// Security headers on every answer, set here rather than through a plugin so they are visible.
import type { FastifyInstance } from 'fastify';

const apiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
/** Evidence shown inside our own review page: framable by the same origin only, scripts sandboxed. */
const inlineEvidencePolicy =
  "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox";
const docsPolicy =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; " +
  "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/** Adds CSP, nosniff, frame and referrer policies (and HSTS when cookies are Secure). */
export function registerSecurityHeaders(app: FastifyInstance, options: { hsts: boolean }): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const docs = request.url.startsWith('/api/docs');
    const inlineEvidence = /^\/api\/evidence\/\d+\?(?:.*&)?inline=1(?:&|$)/.test(request.url);
    reply.header(
      'Content-Security-Policy',
      inlineEvidence ? inlineEvidencePolicy : docs ? docsPolicy : apiPolicy,
    );
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('X-Frame-Options', inlineEvidence ? 'SAMEORIGIN' : 'DENY');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    reply.header('Cross-Origin-Resource-Policy', 'same-origin');
    reply.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    // routes that allow caching (public reads with an ETag) set their own Cache-Control
    if (!docs && !reply.hasHeader('Cache-Control')) reply.header('Cache-Control', 'no-store');
    if (options.hsts) reply.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    return payload;
  });
}

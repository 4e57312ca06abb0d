// ETag and 304 for public reads that may be cached: the JSON is serialized once, its SHA-1 is the
// entity tag, and a request whose If-None-Match names it gets 304 Not Modified with no body.
// The browser keeps the answer but asks again each time (no-cache), so a new publication shows at once.
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** The strong entity tag of a text. */
export function entityTag(text: string): string {
  return `"${createHash('sha1').update(text).digest('base64url')}"`;
}

/** True when If-None-Match names `tag` (weak or strong, one of a list, or `*`). */
export function matchesIfNoneMatch(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const candidate = part.trim().replace(/^W\//, '');
    return candidate === '*' || candidate === tag;
  });
}

/** Sends `body` as JSON with its ETag, or 304 when the client already has it. */
export function sendCacheableJson(request: FastifyRequest, reply: FastifyReply, body: unknown): FastifyReply {
  const text = JSON.stringify(body);
  const tag = entityTag(text);
  void reply.header('ETag', tag).header('Cache-Control', 'public, no-cache');
  if (matchesIfNoneMatch(request.headers['if-none-match'], tag)) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(text);
}

// The one way the application talks to the server: JSON over fetch, with the session cookie, the
// CSRF token on unsafe methods, and every failure turned into an ApiRequestError {code, message, details}.
import type { ApiError, ErrorDetail } from '@dti/contract';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Header the server reads the CSRF token from (see server auth-hooks). */
export const CSRF_HEADER = 'x-csrf-token';
/** Readable cookie the server also puts the CSRF token in. */
export const CSRF_COOKIE = 'dti_csrf';

let csrfToken: string | undefined;

/** Remembers the CSRF token returned by sign-in or `GET /api/session/me` (undefined on sign-out). */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** True when the browser holds the readable CSRF cookie, i.e. a session may exist. */
export function mayHaveSession(): boolean {
  return readCsrfCookie() !== undefined;
}

function readCsrfCookie(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  for (const part of document.cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === CSRF_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/** A failed request: the server's stable code, its Vietnamese message and every detail. */
export class ApiRequestError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: ErrorDetail[];
  /** Seconds to wait before retrying, when the server said so (Retry-After). */
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, body: ApiError, retryAfterSeconds?: number) {
    super(body.message);
    this.name = 'ApiRequestError';
    this.code = body.code;
    this.status = status;
    this.details = body.details;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

function isApiError(value: unknown): value is ApiError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && typeof v.message === 'string';
}

/** What a request sends: a JSON value, raw bytes/text with their content type, or a multipart form. */
export type RequestBody = { json: unknown } | { raw: BodyInit; contentType: string } | { form: FormData };

/** Options of `requestApi`. */
export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: RequestBody;
  query?: Record<string, string | number | boolean | undefined>;
  signal?: AbortSignal;
}

function buildUrl(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

function parseRetryAfter(value: string | null): number | undefined {
  if (value === null) return undefined;
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/**
 * Answers obtained before their page asked (`provideApi`): each is given to the first `requestApi`
 * GET of the same address, once, within `providedTtlMs`; a later read asks the server again, so a
 * page's reload never gets an old answer.
 */
const provided = new Map<string, Promise<unknown>>();
const providedTtlMs = 30_000;

/**
 * Gives the first GET of `path` (with `query`) within 30 s an answer obtained another way, before
 * the page that reads it has loaded: a combined read (form-prefetch.ts, for the officer's form,
 * whose reads otherwise wait for the page's code, then for each other). Should that answer fail,
 * the page's GET asks the address itself, so the page sees the address's own answer or error.
 */
export function provideApi<T>(path: string, answer: Promise<T>, query?: RequestOptions['query']): void {
  const url = buildUrl(path, query);
  answer.catch(() => undefined); // taken or not, a failure here is never unhandled
  provided.set(url, answer);
  setTimeout(() => {
    if (provided.get(url) === answer) provided.delete(url);
  }, providedTtlMs);
}

/** Calls the API and returns the parsed JSON (undefined for 204). Throws ApiRequestError. */
export async function requestApi<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const url = buildUrl(path, options.query);
  if (method === 'GET') {
    const early = provided.get(url);
    if (early) {
      provided.delete(url);
      return (early as Promise<T>).catch(() => sendRequest<T>(url, method, options));
    }
  }
  return sendRequest<T>(url, method, options);
}

async function sendRequest<T>(url: string, method: string, options: RequestOptions): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (options.body && 'json' in options.body) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body.json);
  } else if (options.body && 'form' in options.body) {
    body = options.body.form; // the browser sets multipart/form-data with its boundary
  } else if (options.body) {
    headers['content-type'] = options.body.contentType;
    body = options.body.raw;
  }
  if (unsafeMethods.has(method)) {
    const token = csrfToken ?? readCsrfCookie();
    if (token !== undefined) headers[CSRF_HEADER] = token;
  }
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body }),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiRequestError(0, {
      code: 'NETWORK_ERROR',
      message: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.',
      details: [],
    });
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
  }
  if (!response.ok) {
    const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
    const errorBody: ApiError = isApiError(parsed)
      ? {
          code: parsed.code,
          message: parsed.message,
          details: Array.isArray(parsed.details) ? parsed.details : [],
        }
      : { code: `HTTP_${response.status}`, message: `Máy chủ trả lời lỗi ${response.status}.`, details: [] };
    throw new ApiRequestError(response.status, errorBody, retryAfter);
  }
  if (parsed === undefined && text) {
    throw new ApiRequestError(response.status, {
      code: 'BAD_RESPONSE',
      message: 'Máy chủ trả lời không phải JSON.',
      details: [],
    });
  }
  return parsed as T;
}

// The one place where errors become HTTP answers: every error is `{ code, message, details }`,
// and nothing a client sends (bad JSON, wrong types, unknown route) becomes a 500.
import type { ApiError } from '@dti/contract';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type AppErrorCode } from '../services/shared/app-error';

const statusOf: Record<AppErrorCode, number> = {
  VALIDATION: 400,
  BAD_JSON: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  ROUTE_NOT_FOUND: 404,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF_INVALID: 403,
  LOGIN_FAILED: 401,
  LOGIN_LOCKED: 429,
  CONFLICT: 409,
  INVALID_INPUT: 422,
  IMPORT_REJECTED: 422,
  FRAMEWORK_INVALID: 422,
  VERSION_CONFLICT: 409,
  DEADLINE_PASSED: 409,
  PERIOD_STATE: 409,
  ALREADY_SUBMITTED: 409,
  OBJECTIONS_OPEN: 409,
  COUNCIL_OWN_UNIT: 422,
  EVIDENCE_TYPE: 415,
  INTERNAL: 500,
};

/** The HTTP status of an error code (the OpenAPI document lists each operation's answers from it). */
export function statusOfCode(code: AppErrorCode): number {
  return statusOf[code];
}

const contextNames: Record<string, string> = {
  body: 'nội dung',
  querystring: 'tham số truy vấn',
  params: 'tham số đường dẫn',
  headers: 'tiêu đề',
};

/** An HTTP answer for an error. */
export interface ErrorResponse {
  status: number;
  body: ApiError;
  /** True when the error is the server's fault and must be logged. */
  internal: boolean;
  /** Headers of the answer (`Retry-After` when the client may try again later). */
  headers?: Record<string, string>;
}

/** Whole seconds after which the client may retry, from an error that says so (LOGIN_LOCKED). */
function retryAfterOf(error: AppError): number | undefined {
  const seconds = (error as AppError & { retryAfterSeconds?: unknown }).retryAfterSeconds;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0
    ? Math.ceil(seconds)
    : undefined;
}

function answer(code: AppErrorCode, message: string, details: ApiError['details'] = []): ErrorResponse {
  const status = statusOf[code];
  return { status, body: { code, message, details }, internal: status >= 500 };
}

function httpStatusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('statusCode' in error)) return undefined;
  return typeof error.statusCode === 'number' ? error.statusCode : undefined;
}

function fastifyCodeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : '';
}

/**
 * The SQLSTATE of a database "data exception" (class 22: text the database cannot store, a number
 * out of range, a bad date…) in `error` or its causes (Drizzle wraps the driver's error), if any.
 */
export function dataExceptionOf(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    const isDatabaseError = 'severity' in current || 'sqlState' in current || 'routine' in current;
    if (isDatabaseError && typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Maps any thrown value to the error answer the client gets. */
export function mapError(error: unknown): ErrorResponse {
  if (error instanceof AppError) {
    const response = answer(
      error.code,
      error.message,
      error.details.map((d) => ({ ...d })),
    );
    const retryAfter = retryAfterOf(error);
    return retryAfter === undefined
      ? response
      : { ...response, headers: { 'retry-after': String(retryAfter) } };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as { validationContext?: string }).validationContext ?? 'body';
    const where = contextNames[context] ?? context;
    return answer(
      'VALIDATION',
      `Yêu cầu không hợp lệ (${where}): ${error.validation.length} lỗi.`,
      error.validation.map((v) => ({
        path: `${context}${v.instancePath === '/' ? '' : v.instancePath}`,
        code: v.keyword,
        message: v.message ?? 'Giá trị không hợp lệ.',
      })),
    );
  }
  const sqlState = dataExceptionOf(error);
  if (sqlState !== undefined) {
    return answer('VALIDATION', 'Yêu cầu chứa dữ liệu mà cơ sở dữ liệu không lưu được.', [
      { code: `SQLSTATE_${sqlState}`, message: 'Giá trị không hợp lệ đối với cơ sở dữ liệu.' },
    ]);
  }
  if (isResponseSerializationError(error)) return answer('INTERNAL', 'Lỗi máy chủ khi tạo câu trả lời.');
  const status = httpStatusOf(error);
  const fastifyCode = fastifyCodeOf(error);
  if (status === 415)
    return answer('UNSUPPORTED_MEDIA_TYPE', 'Kiểu nội dung (Content-Type) không được hỗ trợ.');
  if (status === 413) return answer('PAYLOAD_TOO_LARGE', 'Nội dung gửi lên quá lớn.');
  if (status === 400 && (error instanceof SyntaxError || fastifyCode.includes('JSON'))) {
    return answer('BAD_JSON', 'Nội dung gửi lên không phải JSON hợp lệ.');
  }
  if (status !== undefined && status >= 400 && status < 500) {
    const message = error instanceof Error ? error.message : '';
    const response = answer(
      'VALIDATION',
      'Yêu cầu không hợp lệ.',
      message ? [{ code: fastifyCode, message }] : [],
    );
    return { ...response, status };
  }
  return answer('INTERNAL', 'Lỗi máy chủ. Vui lòng thử lại sau hoặc báo quản trị hệ thống.');
}

/** The answer for an unknown route. */
export function routeNotFound(method: string, url: string): ErrorResponse {
  return answer('ROUTE_NOT_FOUND', `Không có đường dẫn ${method} ${url.split('?')[0] ?? url}.`);
}

// Makes the generated OpenAPI document a contract: each operation gets its stable operationId and
// Vietnamese/English summary from `openapi-operations.ts`, `security: []` when public, and one
// response per error status it can give, listing the codes (`{ code, message, details }`), with the
// statuses from `error-mapping.ts`. Applied once to the whole document (`transformObject`).
import type { AppErrorCode } from '../services/shared/app-error';
import type { RouteEntry } from './app';
import { statusOfCode } from './error-mapping';
import { apiOperations } from './openapi-operations';

type Json = Record<string, unknown>;

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const httpMethods = ['get', 'put', 'post', 'delete', 'patch'];

const reasons: Record<number, string> = {
  400: 'Yêu cầu không hợp lệ (Bad request)',
  401: 'Chưa đăng nhập hoặc đăng nhập sai (Unauthorized)',
  403: 'Không có quyền (Forbidden)',
  404: 'Không tìm thấy (Not found)',
  409: 'Xung đột với trạng thái hiện tại (Conflict)',
  413: 'Nội dung quá lớn (Payload too large)',
  415: 'Kiểu nội dung không được hỗ trợ (Unsupported media type)',
  422: 'Dữ liệu không hợp lệ theo quy tắc (Unprocessable)',
  429: 'Thử lại sau (Too many requests)',
  500: 'Lỗi máy chủ (Internal error)',
};

/** The route key of the table (`GET /api/units/:id`) for an OpenAPI path and method. */
export function routeKeyOf(method: string, path: string): string {
  return `${method.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ':$1')}`;
}

/** Every error code an operation can answer: its own, and those common to its kind. */
export function errorCodesOf(key: string, isPublic: boolean, hasPathParams: boolean): AppErrorCode[] {
  const method = key.split(' ')[0] ?? '';
  const codes = new Set<AppErrorCode>(['VALIDATION', 'INTERNAL']);
  if (unsafeMethods.has(method)) {
    for (const code of ['BAD_JSON', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE'] as const) codes.add(code);
  }
  if (!isPublic) {
    codes.add('UNAUTHENTICATED');
    codes.add('FORBIDDEN');
    if (unsafeMethods.has(method)) codes.add('CSRF_INVALID');
  }
  if (hasPathParams) codes.add('NOT_FOUND');
  for (const code of apiOperations[key]?.errors ?? []) codes.add(code);
  return [...codes];
}

function errorResponse(codes: AppErrorCode[]): Json {
  return {
    description: `Mã lỗi (error codes): ${codes.join(', ')}`,
    content: {
      'application/json': {
        schema: {
          type: 'object',
          required: ['code', 'message', 'details'],
          properties: {
            code: { type: 'string', enum: codes },
            message: { type: 'string', description: 'Thông báo tiếng Việt (Vietnamese message)' },
            details: { type: 'array', items: { $ref: '#/components/schemas/ErrorDetail' } },
          },
        },
      },
    },
  };
}

const errorDetailSchema: Json = {
  type: 'object',
  required: ['message'],
  properties: {
    path: { type: 'string' },
    row: { type: 'integer' },
    column: { type: 'string' },
    code: { type: 'string' },
    message: { type: 'string' },
    current: { description: 'VERSION_CONFLICT: the item as it stands' },
  },
};

/** Applies the operations table to a generated OpenAPI document (in place) and returns it. */
export function applyOperationContract(
  document: Json,
  routes: readonly RouteEntry[],
  publicUrl: string,
): Json {
  const access = new Map(routes.map((r) => [`${r.method} ${r.url}`, r.access]));
  document.servers = [{ url: publicUrl, description: 'DTI Lào Cai' }];
  document.info = {
    ...(document.info as Json),
    license: { name: 'MIT', url: 'https://opensource.org/licenses/MIT' },
  };
  const components = (document.components ?? {}) as Json;
  components.schemas = { ...(components.schemas as Json | undefined), ErrorDetail: errorDetailSchema };
  document.components = components;
  for (const [path, item] of Object.entries((document.paths ?? {}) as Record<string, Json>)) {
    for (const method of httpMethods) {
      const operation = item[method] as Json | undefined;
      if (!operation) continue;
      const key = routeKeyOf(method, path);
      const meta = apiOperations[key];
      if (!meta) continue; // the operations test names it
      const rule = access.get(key);
      const isPublic = rule !== undefined && 'public' in rule;
      operation.operationId = meta.operationId;
      operation.summary = meta.vi;
      operation['x-summary-en'] = meta.en;
      const detail = typeof operation.description === 'string' ? `\n\n${operation.description}` : '';
      operation.description = `${meta.vi}. (EN: ${meta.en}.)${detail}`;
      if (isPublic) operation.security = [];
      const parameters = (operation.parameters ?? []) as { in?: string }[];
      const codes = errorCodesOf(
        key,
        isPublic,
        parameters.some((p) => p.in === 'path'),
      );
      const byStatus = new Map<number, AppErrorCode[]>();
      for (const code of codes) {
        const status = statusOfCode(code);
        byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
      }
      const responses = (operation.responses ?? {}) as Json;
      for (const [status, list] of [...byStatus].sort((a, b) => a[0] - b[0])) {
        const response = errorResponse(list);
        response.description = `${reasons[status] ?? 'Lỗi'}. ${String(response.description)}`;
        responses[String(status)] = response;
      }
      operation.responses = responses;
    }
  }
  return document;
}

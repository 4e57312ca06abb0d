// The unit registry: list, tree, detail, create, update, lineage, import, a unit's accounts.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  IsoDate,
  LineageCreate,
  LineageEvent,
  ReorganisationQuery,
  ReorganisationResult,
  Unit,
  UnitCreate,
  UnitDetail,
  UnitImportQuery,
  UnitImportResult,
  UnitListQuery,
  UnitNode,
  UnitUpdate,
  User,
  type AdminType,
  type LineageKind,
} from '@dti/contract';
import type { LineageRow, UnitRow } from '../services/shared/row-types';
import { AppError, type AppErrorDetail } from '../services/shared/app-error';
import type { Services } from '../services/services';
import type { UnitTreeNode } from '../services/registry/units.service';
import { adminOnly, signedIn } from './access';
import { presentUser } from './users.routes';

/** Content types accepted by `POST /api/units/import`. */
export const importMediaTypes = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** The format of an uploaded CSV or XLSX body; UNSUPPORTED_MEDIA_TYPE otherwise. */
function uploadFormat(contentType: string | undefined, body: unknown): 'csv' | 'xlsx' {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  const format = type === importMediaTypes.csv ? 'csv' : type === importMediaTypes.xlsx ? 'xlsx' : undefined;
  if (format === undefined || !Buffer.isBuffer(body)) {
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      `Gửi tệp với Content-Type ${importMediaTypes.csv} hoặc ${importMediaTypes.xlsx}.`,
    );
  }
  return format;
}

const IdParams = z.object({ id: z.coerce.number().int().positive() });

/** A unit row as API JSON. */
export function presentUnit(row: UnitRow): Unit {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    shortName: row.shortName,
    kind: row.kind,
    adminType: row.adminType as AdminType | null,
    parentId: row.parentId,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A unit with its lineage, as `GET /api/units/:id` answers. */
export function presentUnitDetail(unit: UnitRow & { lineage: LineageRow[] }): UnitDetail {
  return { ...presentUnit(unit), lineage: unit.lineage.map(presentLineage) };
}

function presentLineage(row: LineageRow): LineageEvent {
  return {
    id: row.id,
    kind: row.kind as LineageKind,
    fromUnitId: row.fromUnitId,
    toUnitId: row.toUnitId,
    effectiveDate: row.effectiveDate,
    note: row.note,
  };
}

function presentTree(node: UnitTreeNode): UnitNode {
  return { ...presentUnit(node), children: node.children.map(presentTree) };
}

/** Unit routes. */
export function registerUnitRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['units'];

  r.get(
    '/api/units',
    {
      config: { access: signedIn },
      schema: {
        tags,
        summary: 'Danh sách đơn vị',
        querystring: UnitListQuery,
        response: { 200: z.array(Unit) },
      },
    },
    async (request) => (await services.units.listUnits(request.actor, request.query)).map(presentUnit),
  );

  r.get(
    '/api/units/tree',
    {
      config: { access: signedIn },
      schema: {
        tags,
        summary: 'Cây đơn vị',
        querystring: z.object({ validOn: IsoDate.optional() }),
        response: { 200: z.array(UnitNode) },
      },
    },
    async (request) =>
      (await services.units.getUnitTree(request.actor, request.query.validOn)).map(presentTree),
  );

  r.get(
    '/api/units/:id',
    {
      config: { access: signedIn },
      schema: { tags, summary: 'Chi tiết đơn vị', params: IdParams, response: { 200: UnitDetail } },
    },
    async (request) => {
      return presentUnitDetail(await services.units.getUnit(request.actor, request.params.id));
    },
  );

  r.get(
    '/api/units/:id/users',
    {
      config: { access: { roles: ['admin', 'leader'], ownUnit: { roles: ['unit_head'], param: 'id' } } },
      schema: { tags, summary: 'Tài khoản của đơn vị', params: IdParams, response: { 200: z.array(User) } },
    },
    async (request) =>
      (await services.users.listUnitUsers(request.actor, request.params.id)).map(presentUser),
  );

  r.post(
    '/api/units',
    {
      config: { access: adminOnly },
      schema: { tags, summary: 'Thêm đơn vị', body: UnitCreate, response: { 201: Unit } },
    },
    async (request, reply) => {
      const row = await services.units.createUnit(request.actor, request.body);
      return reply.code(201).send(presentUnit(row));
    },
  );

  r.patch(
    '/api/units/:id',
    {
      config: { access: adminOnly },
      schema: { tags, summary: 'Sửa đơn vị', params: IdParams, body: UnitUpdate, response: { 200: Unit } },
    },
    async (request) =>
      presentUnit(await services.units.updateUnit(request.actor, request.params.id, request.body)),
  );

  r.post(
    '/api/units/lineage',
    {
      config: { access: adminOnly },
      schema: {
        tags,
        summary: 'Ghi sự kiện sáp nhập, chia tách, đổi tên',
        body: LineageCreate,
        response: { 201: LineageEvent },
      },
    },
    async (request, reply) => {
      const row = await services.units.addLineage(request.actor, request.body);
      return reply.code(201).send(presentLineage(row));
    },
  );

  r.post(
    '/api/units/reorganise',
    {
      config: { access: adminOnly },
      bodyLimit: 10 * 1024 * 1024,
      schema: {
        tags,
        summary:
          'Sắp xếp đơn vị từ tệp CSV (text/csv) hoặc XLSX theo docs/spec/reorganisation.md: chạy thử (dryRun=true) rồi áp dụng, tất cả hoặc không gì cả',
        querystring: ReorganisationQuery,
        response: { 200: ReorganisationResult },
      },
    },
    async (request) => {
      const format = uploadFormat(request.headers['content-type'], request.body);
      const result = await services.reorganisation.reorganise(request.actor, request.body as Buffer, format, {
        dryRun: request.query.dryRun,
        fileName: request.query.fileName,
      });
      if (result.problems.length > 0) {
        throw new AppError(
          'IMPORT_REJECTED',
          `Tệp sắp xếp đơn vị có ${result.problems.length} lỗi; chưa có thay đổi nào được ghi. Sửa các lỗi rồi gửi lại.`,
          result.problems as AppErrorDetail[],
        );
      }
      return result;
    },
  );

  r.post(
    '/api/units/import',
    {
      config: { access: adminOnly },
      bodyLimit: 10 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Nhập danh mục đơn vị từ tệp CSV (text/csv) hoặc XLSX: tất cả hoặc không gì cả',
        querystring: UnitImportQuery,
        response: { 200: UnitImportResult },
      },
    },
    async (request) => {
      const format = uploadFormat(request.headers['content-type'], request.body);
      return services.unitImport.importUnits(
        request.actor,
        request.body as Buffer,
        format,
        request.query.dryRun,
      );
    },
  );
}

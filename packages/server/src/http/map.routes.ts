// District boundaries of the results map: read by anyone, replaced or removed by administrators.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  MAP_BOUNDARIES_MAX_BYTES,
  type MapBoundariesView,
} from '../services/registry/map-boundaries.service';
import type { Services } from '../services/services';
import { adminOnly, anyone } from './access';

/** Media type of GeoJSON files (application/json is accepted too). */
export const geoJsonMediaType = 'application/geo+json';

const BoundaryFeature = z.object({
  type: z.literal('Feature'),
  properties: z.object({ code: z.string(), name: z.string() }),
  geometry: z.object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.unknown()) }),
});

/** Answer of the boundary routes: the boundaries (null = none, the tile map is drawn) and their origin. */
const MapBoundariesAnswer = z.object({
  boundaries: z
    .object({ type: z.literal('FeatureCollection'), features: z.array(BoundaryFeature) })
    .nullable(),
  fileName: z.string().nullable(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});

function present(view: MapBoundariesView): z.infer<typeof MapBoundariesAnswer> {
  return {
    boundaries: view.boundaries,
    fileName: view.fileName,
    updatedAt: view.updatedAt?.toISOString() ?? null,
    updatedBy: view.updatedBy,
  };
}

/** Map boundary routes. */
export function registerMapRoutes(app: FastifyInstance, services: Services): void {
  app.addContentTypeParser(
    geoJsonMediaType,
    { parseAs: 'string', bodyLimit: MAP_BOUNDARIES_MAX_BYTES },
    app.getDefaultJsonParser('error', 'error'),
  );
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['map'];

  r.get(
    '/api/map/boundaries',
    {
      config: { access: anyone },
      schema: {
        tags,
        summary: 'Ranh giới các huyện trên bản đồ kết quả (null: vẽ bản đồ ô vuông)',
        response: { 200: MapBoundariesAnswer },
      },
    },
    async () => present(await services.mapBoundaries.getBoundaries()),
  );

  r.put(
    '/api/map/boundaries',
    {
      bodyLimit: MAP_BOUNDARIES_MAX_BYTES,
      config: { access: adminOnly },
      schema: {
        tags,
        summary: 'Tải lên tệp ranh giới GeoJSON (mọi lỗi được liệt kê; có lỗi thì không lưu)',
        description:
          'Nội dung là một GeoJSON FeatureCollection (WGS84), mỗi huyện một vùng Polygon/MultiPolygon, ' +
          'gọi tên huyện bằng mã (như 082) hoặc tên (như Bát Xát) trong thuộc tính. Tối đa 5 MB.',
        querystring: z.object({ fileName: z.string().max(200).optional() }),
        body: z.unknown().describe('GeoJSON FeatureCollection'),
        response: { 200: MapBoundariesAnswer },
      },
    },
    async (request) => {
      const length = Number(request.headers['content-length']);
      return present(
        await services.mapBoundaries.replaceBoundaries(request.actor, request.body, {
          fileName: request.query.fileName,
          bytes: Number.isFinite(length) ? length : undefined,
        }),
      );
    },
  );

  r.delete(
    '/api/map/boundaries',
    {
      config: { access: adminOnly },
      schema: { tags, summary: 'Bỏ tệp ranh giới (quay về bản đồ ô vuông)', response: { 204: z.null() } },
    },
    async (request, reply) => {
      await services.mapBoundaries.removeBoundaries(request.actor);
      return reply.code(204).send(null);
    },
  );
}

// Weights of a merged unit's predecessors (issue 12, §3): read by province readers, set by
// administrators; the comparable figure of the years before a merger uses them.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LineageWeights, LineageWeightsUpdate, UnitCode } from '@dti/contract';
import type { LineageWeightsService } from '../services/analysis/lineage-weights.service';
import { adminOnly } from './access';
import { provinceReaders } from './periods.routes';

const UnitCodeParams = z.object({ unitCode: UnitCode });

/** Lineage-weights routes. */
export function registerLineageWeightsRoutes(
  app: FastifyInstance,
  services: { lineageWeights: LineageWeightsService },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['units'];
  const { lineageWeights } = services;

  r.get(
    '/api/units/:unitCode/lineage-weights',
    {
      config: { access: provinceReaders },
      schema: {
        tags,
        summary: 'Trọng số các đơn vị tiền thân (mặc định bằng nhau)',
        params: UnitCodeParams,
        response: { 200: LineageWeights },
      },
    },
    async (request) => lineageWeights.getLineageWeights(request.actor, request.params.unitCode),
  );

  r.put(
    '/api/units/:unitCode/lineage-weights',
    {
      config: { access: adminOnly },
      schema: {
        tags,
        summary: 'Đặt trọng số các đơn vị tiền thân (số dương, ví dụ dân số; {} về bằng nhau)',
        params: UnitCodeParams,
        body: LineageWeightsUpdate,
        response: { 200: LineageWeights },
      },
    },
    async (request) =>
      lineageWeights.setLineageWeights(request.actor, request.params.unitCode, request.body.weights),
  );
}

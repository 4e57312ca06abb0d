// Effort weights per sub-index of a framework (issue 8, §4): read by signed-in users, set by
// administrators; improvement plans use them.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EffortWeights, EffortWeightsUpdate } from '@dti/contract';
import type { EffortWeightsService } from '../services/analysis/effort-weights.service';
import { adminOnly, signedIn } from './access';

const FrameworkParams = z.object({ id: z.string().min(1).max(100) });

/** Effort-weights routes. */
export function registerEffortWeightsRoutes(
  app: FastifyInstance,
  services: { effortWeights: EffortWeightsService },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['frameworks'];
  const { effortWeights } = services;

  r.get(
    '/api/frameworks/:id/effort-weights',
    {
      config: { access: signedIn },
      schema: {
        tags,
        summary: 'Trọng số công sức của từng chỉ số thành phần (mặc định bằng nhau)',
        params: FrameworkParams,
        response: { 200: EffortWeights },
      },
    },
    async (request) => effortWeights.getEffortWeights(request.actor, request.params.id),
  );

  r.put(
    '/api/frameworks/:id/effort-weights',
    {
      config: { access: adminOnly },
      schema: {
        tags,
        summary: 'Đặt trọng số công sức (số dương; chỉ số không ghi giữ mặc định 1)',
        params: FrameworkParams,
        body: EffortWeightsUpdate,
        response: { 200: EffortWeights },
      },
    },
    async (request) => effortWeights.setEffortWeights(request.actor, request.params.id, request.body.weights),
  );
}

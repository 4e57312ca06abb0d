// GET /api/health and the OpenAPI document.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Health } from '@dti/contract';
import type { Services } from '../services/services';
import { anyone } from './access';

/** Health and OpenAPI routes. */
export function registerHealthRoutes(
  app: FastifyInstance,
  services: Services,
  database: Health['database'],
  demo = false,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/health',
    {
      config: { access: anyone },
      schema: {
        tags: ['health'],
        summary: 'Máy chủ và cơ sở dữ liệu còn hoạt động',
        response: { 200: Health },
      },
    },
    async () => {
      await services.ping();
      return { status: 'ok' as const, database, time: new Date().toISOString(), demo };
    },
  );
  r.get('/api/openapi.json', { config: { access: anyone }, schema: { hide: true } }, () => app.swagger());
}

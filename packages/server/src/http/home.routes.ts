// The signed-in homes (issue 14): one aggregated route per role's first screen.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { LeaderHome } from '@dti/contract';
import type { Services } from '../services/services';
import { provinceReaders } from './periods.routes';

/** Home routes. */
export function registerHomeRoutes(app: FastifyInstance, services: Pick<Services, 'home'>): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['home'];

  r.get(
    '/api/home/leader',
    {
      config: { access: provinceReaders },
      schema: {
        tags,
        summary: 'Tổng quan cho lãnh đạo: năm công bố gần nhất, thay đổi so với năm trước, kỳ đang mở',
        response: { 200: LeaderHome },
      },
    },
    async (request) => services.home.leader(request.actor),
  );
}

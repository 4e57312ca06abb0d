// The council member's and the administrator's first screens (issue 14 §3, §4).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AdminHome, CouncilHome } from '@dti/contract';
import type { Services } from '../services/services';

/** Routes of the council member's and the administrator's homes. */
export function registerCouncilAdminHomeRoutes(
  app: FastifyInstance,
  services: Pick<Services, 'councilAdminHome'>,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['home'];

  r.get(
    '/api/home/council',
    {
      config: { access: { roles: ['admin', 'council_member'] } },
      schema: {
        tags,
        summary: 'Trang đầu của thành viên Hội đồng: đơn vị được phân công, thời hạn thẩm định, tiến độ',
        response: { 200: CouncilHome },
      },
    },
    async (request) => services.councilAdminHome.council(request.actor),
  );

  r.get(
    '/api/home/admin',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags,
        summary: 'Trang đầu của quản trị viên: các bước của kỳ đánh giá năm hiện tại',
        response: { 200: AdminHome },
      },
    },
    async (request) => services.councilAdminHome.admin(request.actor),
  );
}

// The home of a unit's officer and head, and the unit's own published results (issue 14 §2): always
// the signed-in account's own unit, so no unit in the address and nothing another unit could ask for.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { MyResults, OfficerHome } from '@dti/contract';
import type { Services } from '../services/services';
import type { AccessRule } from './access';

/** A unit's own staff. */
export const unitStaff: AccessRule = { roles: ['unit_officer', 'unit_head'] };

/** The officer's home routes. */
export function registerOfficerHomeRoutes(
  app: FastifyInstance,
  services: Pick<Services, 'officerHome'>,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['home'];

  r.get(
    '/api/home/officer',
    {
      config: { access: unitStaff },
      schema: {
        tags,
        summary: 'Trang đầu của cán bộ đơn vị: hạn chót, tiến độ, việc cần làm, kết quả công bố gần nhất',
        response: { 200: OfficerHome },
      },
    },
    async (request) => services.officerHome.home(request.actor),
  );

  r.get(
    '/api/home/officer/results',
    {
      config: { access: unitStaff },
      schema: {
        tags,
        summary: 'Kết quả đã công bố của chính đơn vị qua các năm',
        response: { 200: MyResults },
      },
    },
    async (request) => services.officerHome.results(request.actor),
  );
}

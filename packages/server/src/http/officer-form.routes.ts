// The officer's form's first screen in one read (issue 13): the unit, the periods, the chosen year's
// assessment and its set of the framework, each exactly as its own address answers it (the same
// services and presenters), so that the form on a slow connection waits one round trip for them
// instead of four one after the other. Always the signed-in account's own unit.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { defaultAssessmentYear } from '@dti/core';
import { OfficerFormQuery, OfficerFormStart } from '@dti/contract';
import { AppError, notFound } from '../services/shared/app-error';
import type { Services } from '../services/services';
import { presentAssessment, presentPeriod } from './cycle-presenters';
import { presentFrameworkDetail } from './frameworks.routes';
import { unitStaff } from './officer-home.routes';
import { presentUnitDetail } from './units.routes';

/** The form's combined first read. */
export function registerOfficerFormRoutes(
  app: FastifyInstance,
  services: Pick<Services, 'units' | 'periods' | 'assessment' | 'frameworks'>,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/home/officer/form',
    {
      config: { access: unitStaff },
      schema: {
        tags: ['home'],
        summary:
          'Màn hình đầu của phiếu tự đánh giá trong một lần đọc: đơn vị, các kỳ, bản tự đánh giá của năm mở ra và khối chỉ số của nó',
        querystring: OfficerFormQuery,
        response: { 200: OfficerFormStart },
      },
    },
    async (request): Promise<OfficerFormStart> => {
      const actor = request.actor;
      const unitId = actor.kind === 'user' ? actor.unitId : null;
      if (unitId === null) throw notFound('đơn vị của tài khoản');
      const [unit, periodViews] = await Promise.all([
        services.units.getUnit(actor, unitId),
        services.periods.listPeriods(),
      ]);
      const periods = periodViews.map(presentPeriod);
      const year = defaultAssessmentYear(periods, request.query.year ?? Number.NaN);
      const first = { unit: presentUnitDetail(unit), periods, year };
      if (year === null) return { ...first, assessment: null, framework: null };
      try {
        const assessment = presentAssessment(
          year,
          await services.assessment.getAssessment(actor, year, unit.code),
        );
        const framework = presentFrameworkDetail(
          await services.frameworks.getFramework(assessment.frameworkId),
          assessment.setId,
        );
        return { ...first, assessment, framework };
      } catch (error) {
        // Not readable (no such unit in that year, …): the form asks the assessment's own address,
        // which answers with the reason.
        if (error instanceof AppError) return { ...first, assessment: null, framework: null };
        throw error;
      }
    },
  );
}

// A unit's self-assessment: read, save an item (versioned), submit.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { SubIndex } from '@dti/core';
import {
  Assessment,
  ItemSave,
  ItemSaved,
  PeriodItemParams,
  PeriodUnitParams,
  Submission,
} from '@dti/contract';
import type { Services } from '../services/services';
import { subIndicesOf } from '../services/cycle/cycle-scoring';
import type { AccessRule } from './access';
import { presentAssessment, presentItem, presentSubmission } from './cycle-presenters';

/** Readers of a unit's assessment: the province's readers, and the unit's own staff. */
export const unitReaders: AccessRule = {
  roles: ['admin', 'leader', 'council_member'],
  ownUnit: { roles: ['unit_officer', 'unit_head'], param: 'unitCode', key: 'code' },
};
/** Writers of a unit's assessment: its own officer and head. */
export const unitWriters: AccessRule = {
  roles: [],
  ownUnit: { roles: ['unit_officer', 'unit_head'], param: 'unitCode', key: 'code' },
};

/** Assessment routes. */
export function registerAssessmentRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['assessment'];

  r.get(
    '/api/periods/:year/units/:unitCode/assessment',
    {
      config: { access: unitReaders },
      schema: {
        tags,
        summary: 'Bản tự đánh giá của đơn vị',
        params: PeriodUnitParams,
        response: { 200: Assessment },
      },
    },
    async (request) => {
      const { year, unitCode } = request.params;
      return presentAssessment(year, await services.assessment.getAssessment(request.actor, year, unitCode));
    },
  );

  r.put(
    '/api/periods/:year/units/:unitCode/items/:subCode',
    {
      config: { access: unitWriters },
      schema: {
        tags,
        summary: 'Lưu giá trị một chỉ số (kèm baseVersion; xung đột trả 409 VERSION_CONFLICT)',
        params: PeriodItemParams,
        body: ItemSave,
        response: { 200: ItemSaved },
      },
    },
    async (request) => {
      const { year, unitCode, subCode } = request.params;
      const saved = await services.assessment.saveItem(request.actor, year, unitCode, subCode, request.body);
      const sub = subIndicesOf(saved.context.set).get(subCode) as SubIndex;
      return { item: presentItem(saved.context.framework, sub, saved.item, 0), estimate: saved.estimate };
    },
  );

  r.post(
    '/api/periods/:year/units/:unitCode/submit',
    {
      config: { access: { roles: [], ownUnit: { roles: ['unit_head'], param: 'unitCode', key: 'code' } } },
      schema: {
        tags,
        summary: 'Thủ trưởng đơn vị gửi bản tự đánh giá',
        params: PeriodUnitParams,
        response: { 200: Submission },
      },
    },
    async (request) =>
      presentSubmission(
        await services.assessment.submit(request.actor, request.params.year, request.params.unitCode),
      ),
  );
}

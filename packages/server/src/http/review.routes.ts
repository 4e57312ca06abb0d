// Council review: assignments, per-item review, the unit's answer, progress board.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SubIndex } from '@dti/core';
import {
  AssessmentItem,
  AssignmentCreate,
  CouncilAssignment,
  ItemAnswer,
  ItemReviewAction,
  PeriodItemParams,
  PeriodParams,
  ReviewProgress,
} from '@dti/contract';
import type { ItemRow } from '../services/shared/row-types';
import type { Services } from '../services/services';
import { loadUnitItemContext } from './review-context';
import { adminOnly } from './access';
import { unitWriters } from './assessment.routes';
import { presentAssignment, presentItem } from './cycle-presenters';
import { provinceReaders } from './periods.routes';

/** Review routes. */
export function registerReviewRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['review'];
  const present = async (year: number, unitCode: string, row: ItemRow) => {
    const { framework, sub } = await loadUnitItemContext(services, year, unitCode, row.subCode);
    return presentItem(framework, sub as SubIndex, row, 0);
  };

  r.get(
    '/api/periods/:year/review/assignments',
    {
      config: { access: provinceReaders },
      schema: {
        tags,
        summary: 'Phân công thẩm định',
        params: PeriodParams,
        response: { 200: z.array(CouncilAssignment) },
      },
    },
    async (request) =>
      (await services.review.listAssignments(request.actor, request.params.year)).map(presentAssignment),
  );

  r.post(
    '/api/periods/:year/review/assignments',
    {
      config: { access: adminOnly },
      schema: {
        tags,
        summary: 'Phân công thành viên Hội đồng',
        params: PeriodParams,
        body: AssignmentCreate,
        response: { 201: CouncilAssignment },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          presentAssignment(await services.review.assign(request.actor, request.params.year, request.body)),
        ),
  );

  r.delete(
    '/api/periods/:year/review/assignments/:id',
    {
      config: { access: adminOnly },
      schema: {
        tags,
        summary: 'Bỏ phân công',
        params: PeriodParams.extend({ id: z.coerce.number().int().positive().max(2_147_483_647) }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await services.review.unassign(request.actor, request.params.year, request.params.id);
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/periods/:year/units/:unitCode/items/:subCode/review',
    {
      config: { access: { roles: ['admin', 'council_member'] } },
      schema: {
        tags,
        summary: 'Thẩm định một chỉ số: chấp nhận, điều chỉnh (kèm lý do), đề nghị bổ sung',
        params: PeriodItemParams,
        body: ItemReviewAction,
        response: { 200: AssessmentItem },
      },
    },
    async (request) => {
      const { year, unitCode, subCode } = request.params;
      return present(
        year,
        unitCode,
        await services.review.reviewItem(request.actor, year, unitCode, subCode, request.body),
      );
    },
  );

  r.post(
    '/api/periods/:year/units/:unitCode/items/:subCode/answer',
    {
      config: { access: unitWriters },
      schema: {
        tags,
        summary: 'Đơn vị trả lời đề nghị bổ sung',
        params: PeriodItemParams,
        body: ItemAnswer,
        response: { 200: AssessmentItem },
      },
    },
    async (request) => {
      const { year, unitCode, subCode } = request.params;
      return present(
        year,
        unitCode,
        await services.review.answerItem(request.actor, year, unitCode, subCode, request.body.note),
      );
    },
  );

  r.get(
    '/api/periods/:year/review/progress',
    {
      config: { access: provinceReaders },
      schema: {
        tags,
        summary: 'Tiến độ thẩm định theo thành viên',
        params: PeriodParams,
        response: { 200: z.array(ReviewProgress) },
      },
    },
    async (request) => services.review.progress(request.actor, request.params.year),
  );
}

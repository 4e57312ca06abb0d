// Assessment periods: list, detail, create, move deadlines, state, extensions, completeness.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CompletenessSet,
  ExtensionGrant,
  Period,
  PeriodCreate,
  PeriodParams,
  PeriodTransition,
  PeriodUnitParams,
  PeriodUpdate,
} from '@dti/contract';
import type { Services } from '../services/services';
import { adminOnly, signedIn } from './access';
import { presentPeriod } from './cycle-presenters';

/** Roles that read the whole province's progress. */
export const provinceReaders = { roles: ['admin', 'leader', 'council_member'] } as const;

/** Period routes. */
export function registerPeriodRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['periods'];

  r.get(
    '/api/periods',
    {
      config: { access: signedIn },
      schema: { tags, summary: 'Các kỳ đánh giá', response: { 200: z.array(Period) } },
    },
    async () => (await services.periods.listPeriods()).map(presentPeriod),
  );

  r.get(
    '/api/periods/:year',
    {
      config: { access: signedIn },
      schema: { tags, summary: 'Một kỳ đánh giá', params: PeriodParams, response: { 200: Period } },
    },
    async (request) => presentPeriod(await services.periods.getPeriod(request.params.year)),
  );

  r.post(
    '/api/periods',
    {
      config: { access: adminOnly },
      schema: {
        tags,
        summary: 'Tạo kỳ đánh giá (hạn chót mặc định theo quyết định)',
        body: PeriodCreate,
        response: { 201: Period },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentPeriod(await services.periods.createPeriod(request.actor, request.body))),
  );

  r.patch(
    '/api/periods/:year',
    {
      config: { access: adminOnly },
      schema: {
        tags,
        summary: 'Dời hạn chót, đổi thời hạn trả lời',
        params: PeriodParams,
        body: PeriodUpdate,
        response: { 200: Period },
      },
    },
    async (request) =>
      presentPeriod(await services.periods.updatePeriod(request.actor, request.params.year, request.body)),
  );

  r.post(
    '/api/periods/:year/state',
    {
      config: { access: adminOnly },
      schema: {
        tags,
        summary: 'Chuyển trạng thái (mở, đóng, thẩm định), chỉ tiến',
        params: PeriodParams,
        body: PeriodTransition,
        response: { 200: Period },
      },
    },
    async (request) =>
      presentPeriod(
        await services.periods.transition(request.actor, request.params.year, request.body.state),
      ),
  );

  r.put(
    '/api/periods/:year/extensions/:unitCode',
    {
      config: { access: adminOnly },
      schema: {
        tags,
        summary: 'Gia hạn cho một đơn vị',
        params: PeriodUnitParams,
        body: ExtensionGrant,
        response: { 200: Period },
      },
    },
    async (request) =>
      presentPeriod(
        await services.periods.grantExtension(
          request.actor,
          request.params.year,
          request.params.unitCode,
          request.body,
        ),
      ),
  );

  r.get(
    '/api/periods/:year/completeness',
    {
      config: { access: provinceReaders },
      schema: {
        tags,
        summary: 'Tình hình nộp bản tự đánh giá',
        params: PeriodParams,
        response: { 200: z.array(CompletenessSet) },
      },
    },
    async (request) => services.completeness.completeness(request.actor, request.params.year),
  );
}

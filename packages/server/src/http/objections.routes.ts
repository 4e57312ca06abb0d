// The objection window: its deadline (administrator), a unit's adjusted items and objections (the
// unit's own staff), the council's list and answers.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Objection,
  ObjectionAnswer,
  ObjectionCreate,
  ObjectionWindow,
  ObjectionWindowSet,
  PeriodItemParams,
  PeriodParams,
  PeriodUnitParams,
  UnitObjections,
} from '@dti/contract';
import type { Services } from '../services/services';
import { adminOnly, signedIn } from './access';
import { unitReaders, unitWriters } from './assessment.routes';
import { provinceReaders } from './periods.routes';

/** Objection routes. */
export function registerObjectionRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['objections'];

  r.get(
    '/api/periods/:year/objection-window',
    {
      config: { access: signedIn },
      schema: {
        tags,
        summary: 'Thời hạn khiếu nại kết quả thẩm định',
        params: PeriodParams,
        response: { 200: ObjectionWindow },
      },
    },
    async (request) => services.objections.getWindow(request.actor, request.params.year),
  );

  r.put(
    '/api/periods/:year/objection-window',
    {
      config: { access: adminOnly },
      schema: {
        tags,
        summary: 'Mở thời hạn khiếu nại hoặc đổi hạn (mặc định 5 ngày làm việc)',
        params: PeriodParams,
        body: ObjectionWindowSet,
        response: { 200: ObjectionWindow },
      },
    },
    async (request) => services.objections.openWindow(request.actor, request.params.year, request.body),
  );

  r.post(
    '/api/periods/:year/objection-window/close',
    {
      config: { access: adminOnly },
      schema: {
        tags,
        summary: 'Đóng sớm thời hạn khiếu nại',
        params: PeriodParams,
        response: { 200: ObjectionWindow },
      },
    },
    async (request) => services.objections.closeWindow(request.actor, request.params.year),
  );

  r.get(
    '/api/periods/:year/units/:unitCode/objections',
    {
      config: { access: unitReaders },
      schema: {
        tags,
        summary: 'Các chỉ số bị Hội đồng điều chỉnh và khiếu nại của đơn vị',
        params: PeriodUnitParams,
        response: { 200: UnitObjections },
      },
    },
    async (request) =>
      services.objections.unitObjections(request.actor, request.params.year, request.params.unitCode),
  );

  r.post(
    '/api/periods/:year/units/:unitCode/items/:subCode/objection',
    {
      config: { access: unitWriters },
      schema: {
        tags,
        summary: 'Đơn vị khiếu nại điểm điều chỉnh của một chỉ số (lý do, minh chứng)',
        params: PeriodItemParams,
        body: ObjectionCreate,
        response: { 201: Objection },
      },
    },
    async (request, reply) => {
      const { year, unitCode, subCode } = request.params;
      return reply
        .code(201)
        .send(await services.objections.lodge(request.actor, year, unitCode, subCode, request.body));
    },
  );

  r.get(
    '/api/periods/:year/objections',
    {
      config: { access: provinceReaders },
      schema: {
        tags,
        summary: 'Khiếu nại của các đơn vị (Hội đồng, lãnh đạo, quản trị)',
        params: PeriodParams,
        response: { 200: z.array(Objection) },
      },
    },
    async (request) => services.objections.listForCouncil(request.actor, request.params.year),
  );

  r.post(
    '/api/periods/:year/objections/:id/answer',
    {
      config: { access: { roles: ['admin', 'council_member'] } },
      schema: {
        tags,
        summary: 'Hội đồng trả lời khiếu nại: chấp nhận (điểm mới) hoặc không chấp nhận (lý do)',
        params: PeriodParams.extend({ id: z.coerce.number().int().positive().max(2_147_483_647) }),
        body: ObjectionAnswer,
        response: { 200: Objection },
      },
    },
    async (request) =>
      services.objections.answer(request.actor, request.params.year, request.params.id, request.body),
  );
}

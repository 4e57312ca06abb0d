// Finalise, approve, publish; live results for signed-in readers; published results for everyone.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Framework } from '@dti/core';
import {
  Period,
  PeriodApproval,
  PeriodParams,
  PublicRankingQuery,
  PublishedYear,
  ResultsQuery,
  SetResults,
  type PublicRanking,
} from '@dti/contract';
import type { PeriodRow } from '../services/shared/row-types';
import { resultsToCsv } from '../services/cycle/results.service';
import type { Services } from '../services/services';
import { adminOnly, anyone } from './access';
import { sendCacheableJson } from './conditional-get';
import { presentPeriod } from './cycle-presenters';
import { provinceReaders } from './periods.routes';

/** Results routes. */
export function registerResultsRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['results'];
  const periodAnswer = async (row: PeriodRow) => presentPeriod(await services.periods.getPeriod(row.year));

  r.post(
    '/api/periods/:year/finalize',
    {
      config: { access: adminOnly },
      schema: {
        tags,
        summary: 'Chốt kết quả (đóng băng bản chụp)',
        params: PeriodParams,
        response: { 200: Period },
      },
    },
    async (request) => periodAnswer(await services.results.finalize(request.actor, request.params.year)),
  );

  r.post(
    '/api/periods/:year/approve',
    {
      config: { access: adminOnly },
      schema: {
        tags,
        summary: 'Ghi quyết định phê duyệt kết quả',
        params: PeriodParams,
        body: PeriodApproval,
        response: { 200: Period },
      },
    },
    async (request) =>
      periodAnswer(await services.results.approve(request.actor, request.params.year, request.body)),
  );

  r.post(
    '/api/periods/:year/publish',
    {
      config: { access: adminOnly },
      schema: { tags, summary: 'Công bố kết quả', params: PeriodParams, response: { 200: Period } },
    },
    async (request) => periodAnswer(await services.results.publish(request.actor, request.params.year)),
  );

  r.get(
    '/api/periods/:year/results',
    {
      config: { access: provinceReaders },
      schema: {
        tags,
        summary: 'Kết quả hiện tại (bản chụp khi đã chốt)',
        params: PeriodParams,
        querystring: ResultsQuery,
        response: { 200: z.array(SetResults) },
      },
    },
    async (request) => services.results.liveResults(request.actor, request.params.year, request.query.set),
  );

  r.get(
    '/api/public/results',
    {
      config: { access: anyone },
      schema: { tags, summary: 'Các năm đã công bố kết quả', response: { 200: z.array(PublishedYear) } },
    },
    async () =>
      (await services.results.publishedYears()).map((p) => ({
        year: p.year,
        frameworkId: p.frameworkId,
        decisionNumber: p.decisionNumber,
        decisionDate: p.decisionDate,
        publishedAt: (p.publishedAt ?? p.updatedAt).toISOString(),
        sets: p.setIds,
        demo: p.demo,
      })),
  );

  r.get(
    '/api/public/results/:year',
    {
      config: { access: anyone },
      schema: {
        tags,
        summary: 'Kết quả đã công bố của một năm (JSON hoặc CSV)',
        params: PeriodParams,
        querystring: ResultsQuery,
      },
    },
    async (request, reply) => {
      const sets = await services.results.publishedResults(request.params.year, request.query.set);
      if (request.query.format === 'csv') {
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="dti-${request.params.year}.csv"`)
          .send(resultsToCsv(sets));
      }
      return sendCacheableJson(request, reply, sets);
    },
  );

  r.get(
    '/api/public/results/:year/ranking',
    {
      config: { access: anyone },
      schema: {
        tags,
        summary: 'Bảng xếp hạng đã công bố của một khối (gọn: mã, tên, điểm, %, mức, hạng)',
        params: PeriodParams,
        querystring: PublicRankingQuery,
      },
    },
    async (request, reply) => {
      const all = await services.results.publishedResults(request.params.year);
      const chosen = request.query.set ? all.find((s) => s.set === request.query.set) : all[0];
      if (!chosen) {
        // the same answer as the full route gives for an unknown set
        await services.results.publishedResults(request.params.year, request.query.set);
        return reply.callNotFound();
      }
      const framework = (await services.frameworks.getFramework(chosen.framework)).content as Framework;
      const nameOf = new Map((framework.sets ?? []).map((s) => [s.id, s.name]));
      const ranking: PublicRanking = {
        year: request.params.year,
        framework: chosen.framework,
        set: chosen.set,
        maxPoints: chosen.maxPoints,
        provenance: framework.provenance,
        sets: all.map((s) => ({ id: s.set, name: nameOf.get(s.set) ?? s.set })),
        units: chosen.units.map((u) => ({
          code: u.code,
          name: u.name,
          ...(u.group === undefined ? {} : { group: u.group }),
          total: u.total,
          percent: u.percent,
          level: u.level,
          rank: u.rank,
          ...(u.groupRank === undefined ? {} : { groupRank: u.groupRank }),
        })),
      };
      return sendCacheableJson(request, reply, ranking);
    },
  );
}

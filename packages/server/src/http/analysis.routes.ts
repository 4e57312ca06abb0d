// Analysis: a unit's strengths and weaknesses, its trend, an improvement plan; rank robustness and
// anomaly flags of a year (and of one unit's items) for the council; rank intervals next to ranks,
// for a published year to anyone.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PeriodParams, PeriodUnitParams, SetRankIntervals, UnitAnomalies, UnitCode } from '@dti/contract';
import { MAX_RUNS, type AnalysisService } from '../services/analysis/analysis.service';
import { AppError } from '../services/shared/app-error';
import { anyone } from './access';
import { unitReaders } from './assessment.routes';
import { provinceReaders } from './periods.routes';

const SetQuery = z.object({ set: z.string().min(1).max(40).optional() });
const RobustnessQuery = SetQuery.extend({
  runs: z.coerce.number().int().min(0).max(MAX_RUNS).optional(),
  seed: z.coerce.number().int().optional(),
  adjustmentBand: z.coerce.number().min(0).lt(1).optional(),
  weightBand: z.coerce.number().min(0).lt(1).optional(),
});
const PlanQuery = z.object({
  targetLevel: z.string().min(1).max(40).optional(),
  targetRank: z.coerce.number().int().min(1).optional(),
});
const UnitCodeParams = z.object({ unitCode: UnitCode });

/** Analysis routes; `analysis` is the analysis service (services.analysis once wired). */
export function registerAnalysisRoutes(app: FastifyInstance, services: { analysis: AnalysisService }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['analysis'];
  const { analysis } = services;

  r.get(
    '/api/periods/:year/units/:unitCode/strengths',
    {
      config: { access: unitReaders },
      schema: { tags, summary: 'Điểm mạnh, điểm yếu của một đơn vị so với nhóm', params: PeriodUnitParams },
    },
    async (request) => analysis.strengths(request.actor, request.params.year, request.params.unitCode),
  );

  r.get(
    '/api/units/:unitCode/trend',
    {
      config: { access: unitReaders },
      schema: {
        tags,
        summary: 'Xu hướng của một đơn vị qua các năm (phần so sánh được)',
        params: UnitCodeParams,
      },
    },
    async (request) => analysis.trend(request.actor, request.params.unitCode),
  );

  r.get(
    '/api/public/units/:unitCode/trend',
    {
      config: { access: anyone },
      schema: {
        tags,
        summary: 'Xu hướng của một đơn vị qua các năm đã công bố (kể cả số liệu suy ra từ đơn vị tiền thân)',
        params: UnitCodeParams,
      },
    },
    async (request) => analysis.trend(request.actor, request.params.unitCode, { publicOnly: true }),
  );

  r.get(
    '/api/periods/:year/robustness',
    {
      config: { access: provinceReaders },
      schema: {
        tags,
        summary: 'Độ vững của thứ hạng (mô phỏng Monte Carlo)',
        params: PeriodParams,
        querystring: RobustnessQuery,
      },
    },
    async (request) => analysis.robustness(request.actor, request.params.year, request.query),
  );

  r.get(
    '/api/periods/:year/units/:unitCode/plan',
    {
      config: { access: unitReaders },
      schema: {
        tags,
        summary: 'Lộ trình ít công sức nhất để lên mức độ hoặc hạng mục tiêu',
        params: PeriodUnitParams,
        querystring: PlanQuery,
      },
    },
    async (request) => {
      const { targetLevel, targetRank } = request.query;
      if (targetLevel !== undefined && targetRank !== undefined) {
        throw new AppError('VALIDATION', 'Chỉ gửi targetLevel hoặc targetRank, không gửi cả hai.');
      }
      return analysis.plan(request.actor, request.params.year, request.params.unitCode, {
        ...(targetLevel === undefined ? {} : { targetLevel }),
        ...(targetRank === undefined ? {} : { targetRank }),
      });
    },
  );

  r.get(
    '/api/periods/:year/rank-intervals',
    {
      config: { access: provinceReaders },
      schema: {
        tags,
        summary: 'Khoảng hạng 90% bên cạnh mỗi thứ hạng (bản chụp đã chốt: tính một lần và lưu lại)',
        params: PeriodParams,
        querystring: SetQuery,
        response: { 200: z.array(SetRankIntervals) },
      },
    },
    async (request) =>
      analysis.rankIntervals(request.actor, request.params.year, request.query.set, { publicOnly: false }),
  );

  r.get(
    '/api/public/periods/:year/robustness',
    {
      config: { access: anyone },
      schema: {
        tags,
        summary: 'Khoảng hạng 90% của kết quả đã công bố (mô phỏng cố định, tính một lần)',
        params: PeriodParams,
        querystring: SetQuery,
        response: { 200: z.array(SetRankIntervals) },
      },
    },
    async (request) =>
      analysis.rankIntervals(request.actor, request.params.year, request.query.set, { publicOnly: true }),
  );

  r.get(
    '/api/periods/:year/units/:unitCode/anomalies',
    {
      config: { access: provinceReaders },
      schema: {
        tags,
        summary: 'Cảnh báo bất thường trên các chỉ số của một đơn vị (màn hình thẩm định)',
        params: PeriodUnitParams,
        response: { 200: UnitAnomalies },
      },
    },
    async (request) => analysis.unitAnomalies(request.actor, request.params.year, request.params.unitCode),
  );

  r.get(
    '/api/periods/:year/anomalies',
    {
      config: { access: provinceReaders },
      schema: {
        tags,
        summary: 'Cảnh báo bất thường trên số liệu của một năm',
        params: PeriodParams,
        querystring: SetQuery,
      },
    },
    async (request) => analysis.anomalies(request.actor, request.params.year, request.query.set),
  );
}

// Documents of a period: the results workbook / CSV / JSON / summary PDF / decision annex, a unit's
// scorecard, the data-entry template and its import, and the open-data addresses of published years.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PeriodParams, PeriodUnitParams } from '@dti/contract';
import type { Actor } from '../services/shared/actor';
import { AppError } from '../services/shared/app-error';
import type { DocumentFile, DocumentsService } from '../services/documents/documents.service';
import { anyone, type AccessRule } from './access';
import { unitReaders, unitWriters } from './assessment.routes';
import { provinceReaders } from './periods.routes';
import { importMediaTypes } from './units.routes';

/** Readers of the whole province's documents before publication. */
export const documentReaders: AccessRule = provinceReaders;

const ExportQuery = z.object({ format: z.enum(['xlsx', 'csv', 'json', 'pdf', 'docx']) });
const TemplateImported = z.object({
  year: z.number().int(),
  unit: z.string(),
  set: z.string(),
  saved: z.array(z.string()),
  unchanged: z.array(z.string()),
});

/** Public addresses serve published years only, whoever asks. */
const publicActor: Actor = { kind: 'anonymous' };

function sendFile(reply: FastifyReply, file: DocumentFile, inline = false) {
  return reply
    .header('content-type', file.mediaType)
    .header('content-disposition', `${inline ? 'inline' : 'attachment'}; filename="${file.fileName}"`)
    .header('cache-control', 'no-store')
    .send(file.bytes);
}

/** Document routes; `documents` is the documents service (services.documents once wired). */
export function registerDocumentsRoutes(
  app: FastifyInstance,
  services: { documents: DocumentsService },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['documents'];
  const { documents } = services;

  r.get(
    '/api/periods/:year/export',
    {
      config: { access: documentReaders },
      schema: {
        tags,
        summary: 'Xuất kết quả một năm: xlsx, csv, json, pdf (báo cáo tổng hợp), docx (phụ lục quyết định)',
        params: PeriodParams,
        querystring: ExportQuery,
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await documents.exportResults(request.actor, request.params.year, request.query.format),
      ),
  );

  r.get(
    '/api/periods/:year/units/:unitCode/scorecard.pdf',
    {
      config: { access: unitReaders },
      schema: { tags, summary: 'Phiếu kết quả (PDF) của một đơn vị', params: PeriodUnitParams },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await documents.scorecardPdf(request.actor, request.params.year, request.params.unitCode),
        true,
      ),
  );

  r.get(
    '/api/periods/:year/units/:unitCode/template.xlsx',
    {
      config: { access: unitReaders },
      schema: { tags, summary: 'Phiếu nhập số liệu (Excel) của một đơn vị', params: PeriodUnitParams },
    },
    async (request, reply) =>
      sendFile(reply, await documents.template(request.actor, request.params.year, request.params.unitCode)),
  );

  r.post(
    '/api/periods/:year/units/:unitCode/template',
    {
      config: { access: unitWriters },
      schema: {
        tags,
        summary: `Nộp phiếu nhập số liệu đã điền (thân yêu cầu là tệp ${importMediaTypes.xlsx}); tất cả hoặc không gì cả`,
        params: PeriodUnitParams,
        response: { 200: TemplateImported },
      },
    },
    async (request) => {
      if (!Buffer.isBuffer(request.body)) {
        throw new AppError(
          'UNSUPPORTED_MEDIA_TYPE',
          `Gửi phiếu nhập liệu với Content-Type ${importMediaTypes.xlsx}.`,
        );
      }
      const { year, unitCode } = request.params;
      return documents.importTemplate(request.actor, request.body, { year, unitCode });
    },
  );

  for (const format of ['csv', 'json', 'xlsx'] as const) {
    r.get(
      `/api/public/results/:year.${format}`,
      {
        config: { access: anyone },
        schema: {
          tags,
          summary: `Dữ liệu mở: kết quả đã công bố của một năm (${format.toUpperCase()}), địa chỉ cố định`,
          params: PeriodParams,
        },
      },
      async (request, reply) => {
        const file = await documents.exportResults(publicActor, request.params.year, format);
        return sendFile(reply.header('cache-control', 'public, max-age=300'), file);
      },
    );
  }

  r.get(
    '/api/public/results/:year/units/:unitCode/scorecard.pdf',
    {
      config: { access: anyone },
      schema: { tags, summary: 'Phiếu kết quả đã công bố của một đơn vị (PDF)', params: PeriodUnitParams },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await documents.scorecardPdf(publicActor, request.params.year, request.params.unitCode),
        true,
      ),
  );
}

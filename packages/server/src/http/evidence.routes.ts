// Evidence: upload (multipart/form-data), attach a stored file again, list, download, remove.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Evidence, EvidenceCitation, EvidenceLink, PeriodItemParams } from '@dti/contract';
import { AppError } from '../services/shared/app-error';
import type { Services } from '../services/services';
import { signedIn } from './access';
import { unitReaders, unitWriters } from './assessment.routes';
import { presentEvidence } from './cycle-presenters';

const IdParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

/** Evidence routes. */
export function registerEvidenceRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['evidence'];

  r.post(
    '/api/periods/:year/units/:unitCode/items/:subCode/evidence',
    {
      config: { access: unitWriters },
      schema: {
        tags,
        summary:
          'Tải lên minh chứng (multipart/form-data: file, documentNumber, documentDate, issuer, summary)',
        params: PeriodItemParams,
        response: { 201: Evidence },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) {
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Gửi minh chứng dạng multipart/form-data.');
      }
      const fields: Record<string, string> = {};
      let file: { name: string; content: Buffer } | undefined;
      for await (const part of request.parts()) {
        if (part.type === 'file') file = { name: part.filename, content: await part.toBuffer() };
        else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
      }
      if (!file) throw new AppError('VALIDATION', 'Thiếu tệp minh chứng (trường "file").');
      const citation = EvidenceCitation.safeParse(fields);
      if (!citation.success) {
        throw new AppError(
          'VALIDATION',
          'Thiếu hoặc sai thông tin văn bản minh chứng.',
          citation.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        );
      }
      const { year, unitCode, subCode } = request.params;
      const view = await services.evidence.upload(
        request.actor,
        year,
        unitCode,
        subCode,
        citation.data,
        file,
      );
      return reply.code(201).send(presentEvidence(view));
    },
  );

  r.post(
    '/api/periods/:year/units/:unitCode/items/:subCode/evidence/link',
    {
      config: { access: unitWriters },
      schema: {
        tags,
        summary: 'Gắn lại một tệp đã lưu (theo mã băm)',
        params: PeriodItemParams,
        body: EvidenceLink,
        response: { 201: Evidence },
      },
    },
    async (request, reply) => {
      const { year, unitCode, subCode } = request.params;
      const view = await services.evidence.link(request.actor, year, unitCode, subCode, request.body);
      return reply.code(201).send(presentEvidence(view));
    },
  );

  r.get(
    '/api/periods/:year/units/:unitCode/items/:subCode/evidence',
    {
      config: { access: unitReaders },
      schema: {
        tags,
        summary: 'Minh chứng của một chỉ số',
        params: PeriodItemParams,
        response: { 200: z.array(Evidence) },
      },
    },
    async (request) => {
      const { year, unitCode, subCode } = request.params;
      return (await services.evidence.listItemEvidence(request.actor, year, unitCode, subCode)).map(
        presentEvidence,
      );
    },
  );

  r.get(
    '/api/evidence/:id',
    { config: { access: signedIn }, schema: { tags, summary: 'Tải tệp minh chứng', params: IdParams } },
    async (request, reply) => {
      const file = await services.evidence.download(request.actor, request.params.id);
      const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
      // ?inline=1: shown inside the review page (PDF viewer, image); see security-headers.ts.
      const inline = (request.query as { inline?: string } | undefined)?.inline === '1';
      return reply
        .header('content-type', file.mediaType)
        .header(
          'content-disposition',
          `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        .header('x-content-type-options', 'nosniff')
        .send(file.content);
    },
  );

  r.delete(
    '/api/evidence/:id',
    {
      config: { access: { roles: ['unit_officer', 'unit_head'] } },
      schema: { tags, summary: 'Gỡ minh chứng', params: IdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await services.evidence.remove(request.actor, request.params.id);
      return reply.code(204).send(null);
    },
  );
}

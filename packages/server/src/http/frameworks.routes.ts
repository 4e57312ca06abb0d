// Frameworks: read by anyone (published decisions), validated and imported by administrators.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Framework } from '@dti/core';
import {
  FrameworkDetail,
  FrameworkFile,
  FrameworkSummary,
  FrameworkValidation,
  ProvenanceNotes,
} from '@dti/contract';
import type { FrameworkRow } from '../services/shared/row-types';
import type { FrameworkInput } from '../services/registry/frameworks.service';
import type { Services } from '../services/services';
import { notFound } from '../services/shared/app-error';
import { adminOnly, anyone } from './access';
import { sendCacheableJson } from './conditional-get';

/** Media types of YAML framework files (JSON goes as application/json). */
export const yamlMediaTypes = ['application/yaml', 'text/yaml', 'application/x-yaml'];

const FrameworkBody = z
  .union([FrameworkFile, z.string()])
  .describe('Tệp bộ chỉ số (JSON, hoặc YAML dạng văn bản)');

/**
 * A framework with its content, as `GET /api/frameworks/:id` answers: with `setId`, only that set
 * (the rest of the file as it is); NOT_FOUND when the framework has no such set.
 */
export function presentFrameworkDetail(row: FrameworkRow, setId?: string): FrameworkDetail {
  const content = row.content as Framework;
  let sliced: Framework = content;
  if (setId !== undefined) {
    const set = (content.sets ?? []).find((s) => s.id === setId);
    if (!set) throw notFound(`khối "${setId}" trong bộ chỉ số "${row.id}"`);
    sliced = { ...content, sets: [set] };
  }
  return { ...presentSummary(row), content: sliced as unknown as Record<string, unknown> };
}

function presentSummary(row: FrameworkRow): FrameworkSummary {
  const content = row.content as Framework;
  return {
    id: row.id,
    title: row.title,
    provenance: row.provenance,
    builtin: row.builtin,
    sets: (content.sets ?? []).map((s) => ({
      id: s.id,
      name: s.name,
      unitKind: s.unitKind,
      maxPoints: s.maxPoints,
    })),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const toInput = (body: unknown): FrameworkInput =>
  typeof body === 'string' ? { kind: 'text', text: body } : { kind: 'json', raw: body };

/** Framework routes. */
export function registerFrameworkRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['frameworks'];

  r.get(
    '/api/frameworks',
    {
      config: { access: anyone },
      schema: { tags, summary: 'Danh sách bộ chỉ số', response: { 200: z.array(FrameworkSummary) } },
    },
    async () => (await services.frameworks.listFrameworks()).map(presentSummary),
  );

  r.get(
    '/api/public/framework-provenance',
    {
      config: { access: anyone },
      schema: {
        tags,
        summary: 'Nguồn gốc bộ chỉ số có sẵn: phần đã kiểm chứng, phần tái dựng (PROVENANCE.md)',
        response: { 200: ProvenanceNotes },
      },
    },
    () => ({ markdown: services.frameworks.provenanceNotes() }),
  );

  r.get(
    '/api/frameworks/:id',
    {
      config: { access: anyone },
      schema: {
        tags,
        summary: 'Một bộ chỉ số, cả nội dung',
        params: z.object({ id: z.string().min(1).max(100) }),
        querystring: z.object({
          set: z
            .string()
            .min(1)
            .max(40)
            .optional()
            .describe('Chỉ một khối (bộ chỉ số của khối đó); không có: cả tệp'),
        }),
        response: { 200: FrameworkDetail },
      },
    },
    async (request, reply) => {
      const row = await services.frameworks.getFramework(request.params.id);
      return sendCacheableJson(request, reply, presentFrameworkDetail(row, request.query.set));
    },
  );

  r.post(
    '/api/frameworks/validate',
    {
      config: { access: { roles: ['admin', 'leader', 'council_member'] } },
      bodyLimit: 5 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Kiểm tra tệp bộ chỉ số',
        body: FrameworkBody,
        response: { 200: FrameworkValidation },
      },
    },
    (request) => {
      const result = services.frameworks.validate(request.actor, toInput(request.body));
      return result.ok ? { ok: true, problems: [] } : { ok: false, problems: result.problems };
    },
  );

  r.post(
    '/api/frameworks',
    {
      config: { access: adminOnly },
      bodyLimit: 5 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Nhập (hoặc thay) bộ chỉ số',
        body: FrameworkBody,
        response: { 201: FrameworkSummary },
      },
    },
    async (request, reply) => {
      const row = await services.frameworks.importFramework(request.actor, toInput(request.body));
      return reply.code(201).send(presentSummary(row));
    },
  );
}

/**
 * The structure of a framework file (format v1) as a Zod schema: the single source of truth for
 * both structural validation and the published JSON Schema. Rules that span fields (sums, codes,
 * ordering) live in `framework-rules.ts`.
 */
import { z } from 'zod';

const code = z.string().min(1).describe('Mã (duy nhất trong phạm vi của nó)');
const nonNegative = z.number().min(0);

const inputDefSchema = z
  .object({
    key: code,
    label: z.string().min(1),
    type: z.enum(['boolean', 'integer', 'number', 'percent', 'choice', 'text']),
    min: z.number().optional(),
    max: z.number().optional(),
    hint: z.string().optional(),
  })
  .strict();

const methodSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('boolean'), input: code }).strict(),
  z
    .object({
      type: z.literal('ratio'),
      numerator: code,
      denominator: code,
      target: z.number().gt(0).max(1).optional(),
      whenZeroDenominator: z.enum(['full', 'zero', 'exclude']).optional(),
      allowAboveOne: z.boolean().optional(),
    })
    .strict(),
  z
    .object({ type: z.literal('percent'), input: code, target: z.number().gt(0).max(100).optional() })
    .strict(),
  z
    .object({
      type: z.literal('steps'),
      input: code,
      steps: z.array(z.object({ atLeast: z.number(), points: nonNegative }).strict()).min(1),
    })
    .strict(),
  z
    .object({
      type: z.literal('choice'),
      input: code,
      options: z
        .array(z.object({ value: code, label: z.string().min(1), fraction: z.number() }).strict())
        .min(1),
    })
    .strict(),
  z
    .object({
      type: z.literal('parts'),
      parts: z.array(z.object({ input: code, fraction: z.number() }).strict()).min(1),
    })
    .strict(),
  z.object({ type: z.literal('count'), input: code, pointsEach: z.number().gt(0) }).strict(),
  z.object({ type: z.literal('relative'), input: code }).strict(),
  z.object({ type: z.literal('manual') }).strict(),
  z.object({ type: z.literal('none') }).strict(),
]);

const subIndexSchema = z
  .object({
    code,
    name: z.string().min(1),
    maxPoints: nonNegative,
    tags: z.array(z.string().min(1)).optional(),
    introducedIn: z.string().min(1).optional(),
    replacesCodes: z.array(code).optional(),
    inputs: z.array(inputDefSchema),
    method: methodSchema,
    description: z.string().optional(),
    evidence: z.string().optional(),
    source: z.string().optional(),
    verifier: z.string().optional(),
  })
  .strict();

const indexSchema = z
  .object({
    code,
    name: z.string().min(1),
    maxPoints: nonNegative,
    pillars: z.array(code).optional(),
    subIndices: z.array(subIndexSchema).min(1),
  })
  .strict();

const setSchema = z
  .object({
    id: code,
    name: z.string().min(1),
    unitKind: code,
    maxPoints: z.number().gt(0),
    pillars: z.array(z.object({ code, name: z.string().min(1) }).strict()).optional(),
    indices: z.array(indexSchema).min(1),
  })
  .strict();

/** Zod schema of a framework file, format v1 (structure only). */
export const frameworkSchema = z
  .object({
    $schema: z.string().optional(),
    formatVersion: z.literal(1),
    id: code,
    title: z.string().min(1),
    decision: z
      .object({
        number: z.string().min(1),
        date: z.iso.date(),
        issuer: z.string().min(1),
      })
      .strict()
      .optional(),
    replaces: z.string().min(1).optional(),
    provenance: z.enum(['official', 'reconstructed']),
    rankPrecision: z.number().int().min(0).max(6),
    levels: z
      .array(
        z
          .object({ code, name: z.string().min(1), abovePercent: z.number().min(0).max(100).nullable() })
          .strict(),
      )
      .min(1),
    sets: z.array(setSchema).min(1),
  })
  .strict();

/** JSON Schema (draft 2020-12) of the framework file format v1, published for other tools. */
export function buildFrameworkJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(frameworkSchema, { target: 'draft-2020-12' });
  return {
    ...schema,
    $id: 'https://dti.laocai.gov.vn/schema/framework-v1.json',
    title: 'Khung bộ chỉ số DTI (định dạng v1) / DTI framework file (format v1)',
  };
}

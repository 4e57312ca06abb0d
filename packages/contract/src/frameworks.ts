import { z } from 'zod';

/** A stored framework without its content, for lists. */
export const FrameworkSummary = z.object({
  id: z.string(),
  title: z.string(),
  provenance: z.string(),
  builtin: z.boolean(),
  sets: z.array(z.object({ id: z.string(), name: z.string(), unitKind: z.string(), maxPoints: z.number() })),
  updatedAt: z.string(),
});
/** A stored framework without its content. */
export type FrameworkSummary = z.infer<typeof FrameworkSummary>;

/** `GET /api/public/framework-provenance`: PROVENANCE.md of the built-in frameworks (Markdown). */
export const ProvenanceNotes = z.object({ markdown: z.string() });
/** PROVENANCE.md of the built-in frameworks. */
export type ProvenanceNotes = z.infer<typeof ProvenanceNotes>;

/** A stored framework with its whole file (format v1) in `content`. */
export const FrameworkDetail = FrameworkSummary.extend({ content: z.record(z.string(), z.unknown()) });
/** A stored framework with its whole file. */
export type FrameworkDetail = z.infer<typeof FrameworkDetail>;

/** A problem found in a framework file: JSON path, stable code, Vietnamese message. */
export const FrameworkProblem = z.object({ path: z.string(), code: z.string(), message: z.string() });

/** Answer of `POST /api/frameworks/validate`. */
export const FrameworkValidation = z.object({
  ok: z.boolean(),
  problems: z.array(FrameworkProblem),
});
/** Answer of `POST /api/frameworks/validate`. */
export type FrameworkValidation = z.infer<typeof FrameworkValidation>;

/** Body of validate and import: a framework file (format v1) as JSON. */
export const FrameworkFile = z.record(z.string(), z.unknown());

import { z } from 'zod';

/** One detail of an error: where (a field path, or row/column of an imported file) and what. */
export const ErrorDetail = z.object({
  path: z.string().optional(),
  row: z.number().int().optional(),
  column: z.string().optional(),
  code: z.string().optional(),
  message: z.string(),
  /** On VERSION_CONFLICT: the item as it stands (values, version, updatedBy, updatedAt). */
  current: z.unknown().optional(),
});
/** One detail of an error. */
export type ErrorDetail = z.infer<typeof ErrorDetail>;

/**
 * The body of every error response: a stable English `code`, a Vietnamese `message`, and every
 * problem found (`details`, possibly empty).
 */
export const ApiError = z.object({
  code: z.string(),
  message: z.string(),
  details: z.array(ErrorDetail),
});
/** The body of every error response. */
export type ApiError = z.infer<typeof ApiError>;

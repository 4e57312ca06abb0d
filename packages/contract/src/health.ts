import { z } from 'zod';

/** Answer of `GET /api/health`: the server is up and its database answers. */
export const Health = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  time: z.string(),
  /** True when the server runs with generated demonstration data (DỮ LIỆU MINH HỌA): show a banner. */
  demo: z.boolean(),
});
/** Answer of `GET /api/health`. */
export type Health = z.infer<typeof Health>;

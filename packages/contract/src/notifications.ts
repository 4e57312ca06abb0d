import { z } from 'zod';

/** An in-app notification (reminder, escalation, council request or answer). */
export const Notification = z.object({
  id: z.number().int(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  read: z.boolean(),
  createdAt: z.string(),
});
/** An in-app notification. */
export type Notification = z.infer<typeof Notification>;

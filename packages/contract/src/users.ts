import { z } from 'zod';
import { AccountRole } from './roles';

/** An account as administrators see it (never its password hash). */
export const User = z.object({
  id: z.number().int(),
  username: z.string(),
  fullName: z.string(),
  role: AccountRole,
  unitId: z.number().int().nullable(),
  /** Where e-mail notifications go; null: in-app notifications only. */
  email: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
/** An account as administrators see it. */
export type User = z.infer<typeof User>;

/** A user name: letters, digits, dot, dash, underscore. */
export const Username = z.string().regex(/^[a-z0-9][a-z0-9._-]{1,49}$/);

/** An e-mail address for notifications (the server stores it in lower case). */
export const UserEmail = z.email().max(254);

/** A new password: at least 8 characters. */
export const Password = z.string().min(8).max(200);

/** Body of `POST /api/users`. `unitId` is required for unit_officer and unit_head. */
export const UserCreate = z.object({
  username: Username,
  fullName: z.string().trim().min(1).max(200),
  role: AccountRole,
  unitId: z.number().int().positive().nullable().optional(),
  email: UserEmail.nullable().optional(),
  password: Password,
});
/** Body of `POST /api/users`. */
export type UserCreate = z.infer<typeof UserCreate>;

/** Body of `PATCH /api/users/:id`. A new password signs the account out everywhere; `email: null` removes the address. */
export const UserUpdate = z
  .object({
    fullName: z.string().trim().min(1).max(200),
    role: AccountRole,
    unitId: z.number().int().positive().nullable(),
    email: UserEmail.nullable(),
    active: z.boolean(),
    password: Password,
  })
  .partial();
/** Body of `PATCH /api/users/:id`. */
export type UserUpdate = z.infer<typeof UserUpdate>;

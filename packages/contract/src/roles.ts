import { z } from 'zod';

/**
 * Roles of a signed-in account. `public` is never stored: it is what an anonymous visitor is.
 * admin = Sở TT&TT (standing agency); unit_officer / unit_head act for their own unit only;
 * council_member verifies; leader reads everything and changes nothing.
 */
export const accountRoles = ['admin', 'unit_officer', 'unit_head', 'council_member', 'leader'] as const;

/** A role an account can hold. */
export const AccountRole = z.enum(accountRoles);
/** A role an account can hold. */
export type AccountRole = z.infer<typeof AccountRole>;

/** Every role a request can act as, anonymous visitors (`public`) included. */
export const roles = [...accountRoles, 'public'] as const;
/** Every role a request can act as, anonymous visitors (`public`) included. */
export type Role = (typeof roles)[number];

/** Roles whose account must belong to a unit (they act for that unit only). */
export const unitBoundRoles: readonly AccountRole[] = ['unit_officer', 'unit_head'];

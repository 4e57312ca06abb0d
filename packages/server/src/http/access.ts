// Access rules: every route declares one in its definition (`config.access`); one hook enforces
// them, and the authorization matrix test reads them from the route table.
import type { AccountRole } from '@dti/contract';
import type { Actor } from '../services/shared/actor';

/**
 * Who may call a route. `public`: anyone, anonymous included. Otherwise the signed-in `roles`
 * may; `ownUnit` roles may too, but only when the route parameter `param` is their own unit's id
 * (or, with `key: 'code'`, their own unit's code).
 */
export type AccessRule =
  | { public: true }
  | {
      roles: readonly AccountRole[];
      ownUnit?: { roles: readonly AccountRole[]; param: string; key?: 'id' | 'code' };
    };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessRule;
  }
}

/** Every signed-in role. */
export const signedIn: AccessRule = {
  roles: ['admin', 'unit_officer', 'unit_head', 'council_member', 'leader'],
};
/** Administrators only. */
export const adminOnly: AccessRule = { roles: ['admin'] };
/** Anyone. */
export const anyone: AccessRule = { public: true };

/** The outcome of checking a rule: allowed, or why not. */
export type AccessDecision = 'allow' | 'unauthenticated' | 'forbidden';

/** Decides whether `actor` may call a route with this rule and these parameters. */
export function decideAccess(rule: AccessRule | undefined, actor: Actor, params: unknown): AccessDecision {
  if (rule === undefined) return actor.kind === 'anonymous' ? 'unauthenticated' : 'forbidden';
  if ('public' in rule) return 'allow';
  if (actor.kind === 'anonymous') return 'unauthenticated';
  if (actor.kind === 'system') return 'allow';
  if (rule.roles.includes(actor.role)) return 'allow';
  const own = rule.ownUnit;
  if (own && own.roles.includes(actor.role) && actor.unitId !== null) {
    const value = (params as Record<string, unknown> | undefined)?.[own.param];
    const mine = own.key === 'code' ? actor.unitCode : actor.unitId;
    if (mine !== null && String(value) === String(mine)) return 'allow';
  }
  return 'forbidden';
}

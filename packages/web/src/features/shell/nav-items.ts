// The left navigation, shaped by role: each entry says which roles see it.
import type { AccountRole } from '@dti/contract';

/** One navigation entry. */
export interface NavItem {
  path: string;
  /** i18n key of the label. */
  labelKey: string;
  roles: readonly AccountRole[];
}

const everyone: readonly AccountRole[] = ['admin', 'unit_officer', 'unit_head', 'council_member', 'leader'];

/** Every entry, in menu order. */
export const navItems: readonly NavItem[] = [
  { path: '/app', labelKey: 'nav.home', roles: everyone },
  { path: '/app/assessment', labelKey: 'nav.assessment', roles: ['unit_officer', 'unit_head'] },
  { path: '/app/my-results', labelKey: 'nav.myResults', roles: ['unit_officer', 'unit_head'] },
  { path: '/app/appraisal', labelKey: 'nav.appraisal', roles: ['council_member', 'admin'] },
  { path: '/app/objections', labelKey: 'objection.nav', roles: everyone },
  { path: '/app/results', labelKey: 'nav.results', roles: ['admin', 'council_member', 'leader'] },
  { path: '/admin/periods', labelKey: 'nav.periods', roles: ['admin'] },
  { path: '/frameworks', labelKey: 'nav.frameworks', roles: everyone },
  { path: '/admin/units', labelKey: 'nav.units', roles: ['admin', 'leader'] },
  { path: '/admin/users', labelKey: 'nav.users', roles: ['admin'] },
  { path: '/admin/audit', labelKey: 'nav.audit', roles: ['admin'] },
];

/** The entries a role sees. */
export function navItemsFor(role: AccountRole): NavItem[] {
  return navItems.filter((item) => item.roles.includes(role));
}

/**
 * Where a role lands after signing in: every role on its first screen `/app` (issue 14; the
 * administrator's is the year's checklist). Kept per role so that a role can land elsewhere.
 */
export function homePathFor(_role: AccountRole): string {
  return '/app';
}

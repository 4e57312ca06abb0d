import { describe, expect, it } from 'vitest';
import { homePathFor, navItemsFor } from './nav-items';

describe('navigation by role', () => {
  it('gives administrators the administration pages and others none of them', () => {
    const admin = navItemsFor('admin').map((i) => i.path);
    expect(admin).toEqual(
      expect.arrayContaining(['/frameworks', '/admin/units', '/admin/users', '/admin/audit']),
    );
    for (const role of ['unit_officer', 'unit_head', 'council_member', 'leader'] as const) {
      const paths = navItemsFor(role).map((i) => i.path);
      expect(paths).not.toContain('/admin/users');
      expect(paths).not.toContain('/admin/audit');
    }
    expect(navItemsFor('unit_officer').map((i) => i.path)).toContain('/app/assessment');
    expect(navItemsFor('council_member').map((i) => i.path)).toContain('/app/appraisal');
    expect(homePathFor('admin')).toBe('/app');
    expect(homePathFor('leader')).toBe('/app');
  });
});

// The authorization matrix, generated from the route table: every registered route × every role ×
// (own unit, another unit). Expectations come from the rule each route declares, and the declared
// rules themselves are pinned below, so a new route without a rule, or a rule quietly widened,
// fails this suite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountRoles, type AccountRole, type Role } from '@dti/contract';
import { startTestApp, usernameOf, type Caller, type TestApp } from '../testing/test-app';
import type { AccessRule } from './access';

/** The policy, written out by hand: `METHOD url` → who may call it. */
const policy: Record<string, string> = {
  'GET /api/health': 'public',
  'GET /api/openapi.json': 'public',
  'POST /api/session': 'public',
  'DELETE /api/session': 'admin,unit_officer,unit_head,council_member,leader',
  'GET /api/session/me': 'admin,unit_officer,unit_head,council_member,leader',
  'GET /api/units': 'admin,unit_officer,unit_head,council_member,leader',
  'GET /api/units/tree': 'admin,unit_officer,unit_head,council_member,leader',
  'GET /api/units/:id': 'admin,unit_officer,unit_head,council_member,leader',
  'GET /api/units/:id/users': 'admin,leader + own unit (id): unit_head',
  'POST /api/units': 'admin',
  'PATCH /api/units/:id': 'admin',
  'POST /api/units/lineage': 'admin',
  'POST /api/units/import': 'admin',
  'POST /api/units/reorganise': 'admin',
  'GET /api/users': 'admin',
  'GET /api/users/:id': 'admin',
  'POST /api/users': 'admin',
  'PATCH /api/users/:id': 'admin',
  'DELETE /api/users/:id': 'admin',
  'GET /api/frameworks': 'public',
  'GET /api/frameworks/:id': 'public',
  'POST /api/frameworks/validate': 'admin,leader,council_member',
  'POST /api/frameworks': 'admin',
  'GET /api/audit': 'admin',
  'GET /api/periods': 'admin,unit_officer,unit_head,council_member,leader',
  'GET /api/periods/:year': 'admin,unit_officer,unit_head,council_member,leader',
  'POST /api/periods': 'admin',
  'PATCH /api/periods/:year': 'admin',
  'POST /api/periods/:year/state': 'admin',
  'PUT /api/periods/:year/extensions/:unitCode': 'admin',
  'GET /api/periods/:year/completeness': 'admin,leader,council_member',
  'GET /api/periods/:year/units/:unitCode/assessment':
    'admin,leader,council_member + own unit (unitCode): unit_officer,unit_head',
  'PUT /api/periods/:year/units/:unitCode/items/:subCode': ' + own unit (unitCode): unit_officer,unit_head',
  'POST /api/periods/:year/units/:unitCode/submit': ' + own unit (unitCode): unit_head',
  'POST /api/periods/:year/units/:unitCode/items/:subCode/evidence':
    ' + own unit (unitCode): unit_officer,unit_head',
  'POST /api/periods/:year/units/:unitCode/items/:subCode/evidence/link':
    ' + own unit (unitCode): unit_officer,unit_head',
  'GET /api/periods/:year/units/:unitCode/items/:subCode/evidence':
    'admin,leader,council_member + own unit (unitCode): unit_officer,unit_head',
  'GET /api/evidence/:id': 'admin,unit_officer,unit_head,council_member,leader',
  'DELETE /api/evidence/:id': 'unit_officer,unit_head',
  'GET /api/periods/:year/review/assignments': 'admin,leader,council_member',
  'POST /api/periods/:year/review/assignments': 'admin',
  'DELETE /api/periods/:year/review/assignments/:id': 'admin',
  'POST /api/periods/:year/units/:unitCode/items/:subCode/review': 'admin,council_member',
  'POST /api/periods/:year/units/:unitCode/items/:subCode/answer':
    ' + own unit (unitCode): unit_officer,unit_head',
  'GET /api/periods/:year/review/progress': 'admin,leader,council_member',
  'POST /api/periods/:year/finalize': 'admin',
  'POST /api/periods/:year/approve': 'admin',
  'POST /api/periods/:year/publish': 'admin',
  'GET /api/periods/:year/results': 'admin,leader,council_member',
  'GET /api/public/results': 'public',
  'GET /api/public/results/:year': 'public',
  'GET /api/public/results/:year/ranking': 'public',
  'GET /api/public/framework-provenance': 'public',
  'GET /api/notifications': 'admin,unit_officer,unit_head,council_member,leader',
  'POST /api/notifications/:id/read': 'admin,unit_officer,unit_head,council_member,leader',
  'GET /api/periods/:year/export': 'admin,leader,council_member',
  'GET /api/periods/:year/units/:unitCode/scorecard.pdf':
    'admin,leader,council_member + own unit (unitCode): unit_officer,unit_head',
  'GET /api/periods/:year/units/:unitCode/template.xlsx':
    'admin,leader,council_member + own unit (unitCode): unit_officer,unit_head',
  'POST /api/periods/:year/units/:unitCode/template': ' + own unit (unitCode): unit_officer,unit_head',
  'GET /api/public/results/:year.csv': 'public',
  'GET /api/public/results/:year.json': 'public',
  'GET /api/public/results/:year.xlsx': 'public',
  'GET /api/public/results/:year/units/:unitCode/scorecard.pdf': 'public',
  'GET /api/periods/:year/units/:unitCode/strengths':
    'admin,leader,council_member + own unit (unitCode): unit_officer,unit_head',
  'GET /api/units/:unitCode/trend':
    'admin,leader,council_member + own unit (unitCode): unit_officer,unit_head',
  'GET /api/public/units/:unitCode/trend': 'public',
  'GET /api/periods/:year/robustness': 'admin,leader,council_member',
  'GET /api/periods/:year/units/:unitCode/plan':
    'admin,leader,council_member + own unit (unitCode): unit_officer,unit_head',
  'GET /api/periods/:year/anomalies': 'admin,leader,council_member',
  'GET /api/periods/:year/rank-intervals': 'admin,leader,council_member',
  'GET /api/public/periods/:year/robustness': 'public',
  'GET /api/periods/:year/units/:unitCode/anomalies': 'admin,leader,council_member',
  'GET /api/frameworks/:id/effort-weights': 'admin,unit_officer,unit_head,council_member,leader',
  'PUT /api/frameworks/:id/effort-weights': 'admin',
  'GET /api/units/:unitCode/lineage-weights': 'admin,leader,council_member',
  'PUT /api/units/:unitCode/lineage-weights': 'admin',
  'GET /api/map/boundaries': 'public',
  'PUT /api/map/boundaries': 'admin',
  'DELETE /api/map/boundaries': 'admin',
  'GET /api/home/leader': 'admin,leader,council_member',
  'GET /api/home/officer': 'unit_officer,unit_head',
  'GET /api/home/officer/results': 'unit_officer,unit_head',
  'GET /api/home/officer/form': 'unit_officer,unit_head',
  'GET /api/home/council': 'admin,council_member',
  'GET /api/home/admin': 'admin',
  'GET /api/periods/:year/objection-window': 'admin,unit_officer,unit_head,council_member,leader',
  'PUT /api/periods/:year/objection-window': 'admin',
  'POST /api/periods/:year/objection-window/close': 'admin',
  'GET /api/periods/:year/units/:unitCode/objections':
    'admin,leader,council_member + own unit (unitCode): unit_officer,unit_head',
  'POST /api/periods/:year/units/:unitCode/items/:subCode/objection':
    ' + own unit (unitCode): unit_officer,unit_head',
  'GET /api/periods/:year/objections': 'admin,leader,council_member',
  'POST /api/periods/:year/objections/:id/answer': 'admin,council_member',
};

function describeRule(rule: AccessRule | undefined): string {
  if (rule === undefined) return '(no rule)';
  if ('public' in rule) return 'public';
  const own = rule.ownUnit ? ` + own unit (${rule.ownUnit.param}): ${rule.ownUnit.roles.join(',')}` : '';
  return `${rule.roles.join(',')}${own}`;
}

type Variant = 'own' | 'other';

/** Independent reading of a rule: the status class a caller must get. */
function expected(
  rule: AccessRule,
  role: Role,
  callerUnit: number | null,
  target: number | null,
): 'allow' | 401 | 403 {
  if ('public' in rule) return 'allow';
  if (role === 'public') return 401;
  if (rule.roles.includes(role)) return 'allow';
  if (rule.ownUnit?.roles.includes(role) && callerUnit !== null && callerUnit === target) return 'allow';
  return 403;
}

let t: TestApp;
const callers = new Map<AccountRole, Caller>();

beforeAll(async () => {
  t = await startTestApp();
  for (const role of accountRoles) callers.set(role, await t.signIn(usernameOf(role)));
}, 120_000);
afterAll(async () => t?.close());

describe('route table', () => {
  it('every /api route declares an access rule, and the rules are the policy', () => {
    const declared = Object.fromEntries(
      t.routes
        .filter((r) => r.url.startsWith('/api') && !r.url.startsWith('/api/docs'))
        .map((r) => [`${r.method} ${r.url}`, describeRule(r.access)]),
    );
    expect(declared).toEqual(policy);
  });

  it('plugin routes under /api/docs are public and only read', () => {
    const docs = t.routes.filter((r) => r.url.startsWith('/api/docs'));
    expect(docs.length).toBeGreaterThan(0);
    for (const r of docs) {
      expect(r.method).toBe('GET');
      expect(describeRule(r.access)).toBe('public');
    }
  });
});

describe('authorization matrix', () => {
  const roles: Role[] = [...accountRoles, 'public'];
  const variants: Variant[] = ['own', 'other'];

  it('every route answers every role as its rule says, for own and another unit', async () => {
    const failures: string[] = [];
    let cases = 0;
    for (const route of t.routes) {
      if (!route.access) {
        failures.push(`${route.method} ${route.url}: no access rule`);
        continue;
      }
      for (const variant of variants) {
        const unitId = variant === 'own' ? t.ownUnitId : t.otherUnitId;
        const url = fillParams(route.url, unitId);
        if (url === undefined) {
          failures.push(
            `${route.method} ${route.url}: parameter unknown to the matrix; add it to fillParams`,
          );
          continue;
        }
        for (const role of roles) {
          let caller = role === 'public' ? undefined : callers.get(role);
          const response = await t.call(caller, {
            method: route.method,
            url,
            ...(['POST', 'PATCH', 'PUT', 'DELETE'].includes(route.method) && route.url !== '/api/session'
              ? { payload: {} }
              : {}),
          });
          cases++;
          const want = expected(route.access, role, caller?.unitId ?? null, unitId);
          const got = response.statusCode;
          const ok = want === 'allow' ? got !== 401 && got !== 403 && got < 500 : got === want;
          if (!ok)
            failures.push(
              `${route.method} ${url} as ${role} (${variant}): want ${want}, got ${got} ${response.body}`,
            );
          if (route.method === 'DELETE' && route.url === '/api/session' && caller) {
            caller = await t.signIn(usernameOf(caller.role)); // signing out revoked the session
            callers.set(caller.role, caller);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(cases).toBeGreaterThan(200);
  }, 120_000);

  it('refuses every unsafe, non-public route without the CSRF header, even to administrators', async () => {
    const admin = callers.get('admin');
    const unsafe = t.routes.filter((r) => ['POST', 'PATCH', 'PUT', 'DELETE'].includes(r.method));
    expect(unsafe.length).toBeGreaterThan(5);
    for (const route of unsafe.filter((r) => r.access && !('public' in r.access))) {
      // Routes only a unit's own staff may call are tried with the unit head's session.
      const rule = route.access as Exclude<AccessRule, { public: true }>;
      const caller = rule.roles.includes('admin') ? admin : callers.get('unit_head');
      const response = await t.call(undefined, {
        method: route.method,
        url: fillParams(route.url, t.ownUnitId) ?? route.url,
        headers: { cookie: caller?.cookie ?? '' },
        payload: {},
      });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(403);
      expect(response.json<{ code: string }>().code).toBe('CSRF_INVALID');
    }
  });
});

/** Puts test values into a route's parameters; undefined when a parameter is unknown. */
function fillParams(url: string, unitId: number): string | undefined {
  const ownUnitId = t.ownUnitId;
  let unknown = false;
  const filled = url.replace(/:(\w+)|\*/g, (match, name: string | undefined) => {
    if (match === '*') return 'index.html';
    if (name === 'id' && url.startsWith('/api/units/')) return String(unitId);
    if (name === 'id' && url.startsWith('/api/users/')) return '999999';
    if (name === 'id' && url.startsWith('/api/frameworks/')) return 'KHONG-CO';
    if (name === 'id' && /^\/api\/(evidence|notifications|periods)\//.test(url)) return '999999';
    if (name === 'year') return '2023';
    if (name === 'unitCode') return unitId === ownUnitId ? '02713' : '02719';
    if (name === 'subCode') return '1.1';
    unknown = true;
    return match;
  });
  return unknown ? undefined : filled;
}

// Fuzzing the API from its own OpenAPI document: fast-check drives every documented operation with
// generated path parameters, query values and bodies (valid values from the seeded data, wrong
// types, NUL characters, unknown fields) as each role, and checks that nothing answers 5xx, every
// error has the documented shape, status and code, and a refused request changes no row of any
// table (the audit log included). Runs on PGlite and on PostgreSQL (the database tier); prints the
// number of requests made. FUZZ_RUNS changes the number of runs (default 700).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountRole } from '@dti/contract';
// eslint-disable-next-line import-x/no-restricted-paths -- the fuzz test counts the rows of every table to prove that a refused request changed nothing
import * as schema from '../db/schema';
import { startTestApp, usernameOf, type Caller, type TestApp } from '../testing/test-app';
import { routeKeyOf } from './openapi-contract';

type Schema = { properties?: Record<string, unknown> };
type Operation = {
  parameters?: { in: string; name: string }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses: Record<
    string,
    { content?: Record<string, { schema?: { properties?: { code?: { enum?: string[] } } } }> }
  >;
};
interface Target {
  key: string;
  method: string;
  path: string;
  operation: Operation;
}

const NUL = '\u0000';
const runs = Number(process.env.FUZZ_RUNS ?? 700);
let t: TestApp;
let targets: Target[];
const callers: Partial<Record<AccountRole, Caller>> = {};
let requests = 0;

const countedTables = [
  schema.units,
  schema.unitLineage,
  schema.users,
  schema.auditLog,
  schema.frameworks,
  schema.periods,
  schema.periodDeadlines,
  schema.periodExtensions,
  schema.assessmentItems,
  schema.submissions,
  schema.evidenceFiles,
  schema.evidence,
  schema.councilAssignments,
  schema.notifications,
  schema.appSettings,
];
/** Row counts of every table a refused request must leave alone (sessions and the sign-in throttle excepted). */
const rowCounts = async () => Promise.all(countedTables.map((table) => t.database.db.$count(table)));

beforeAll(async () => {
  t = await startTestApp({
    tierDatabase: true,
    sessions: { maxFailuresPerUser: 100, maxFailuresPerIp: 10_000 },
  });
  await t.services.frameworks.loadBuiltinFrameworks({ kind: 'system', name: 'test' });
  for (const role of ['admin', 'unit_officer', 'unit_head', 'council_member', 'leader'] as const) {
    callers[role] = await t.signIn(usernameOf(role));
  }
  t.clock.now = new Date('2023-03-01T02:00:00Z');
  const admin = callers.admin as Caller;
  expect(
    (
      await t.call(admin, {
        method: 'POST',
        url: '/api/periods',
        payload: { year: 2023, frameworkId: 'LC-3019-2023' },
      })
    ).statusCode,
  ).toBe(201);
  expect(
    (await t.call(admin, { method: 'POST', url: '/api/periods/2023/state', payload: { state: 'open' } }))
      .statusCode,
  ).toBe(200);
  const document = t.app.swagger() as unknown as { paths: Record<string, Record<string, Operation>> };
  targets = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({
      key: routeKeyOf(method, path),
      method: method.toUpperCase(),
      path,
      operation,
    })),
  );
}, 180_000);
afterAll(async () => t?.close());

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ maxLength: 6 }).map((s) => `${s}${NUL}${s}`),
  fc.constantFrom('', ' ', 'Xã Bắc Hà', '<script>', "'; drop table units; --", '../../etc/passwd'),
);
const goodValues: Record<string, unknown[]> = {
  year: [2023, 2024, 1900],
  unitCode: ['02713', '02719', '10.STTTT', 'KHONG-CO'],
  subCode: ['1.1', '1.1.1', 'A1', 'KHONG-CO'],
  id: ['1', '2', '999999', 'LC-3019-2023', 'LC-2644-2022'],
};
const paramValue = (name: string) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...(goodValues[name] ?? goodValues.id ?? [])) },
    { weight: 1, arbitrary: fc.oneof(text, fc.integer({ min: -5, max: 2 ** 40 }), fc.constant('1e999')) },
  );
const fieldValue = fc.oneof(
  text,
  fc.integer({ min: -10, max: 3000 }),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    'LC-3019-2023',
    '02713',
    '2023-12-31',
    '2024-01-01T00:00:00.000Z',
    'admin',
    'open',
    'accept',
  ),
  fc.array(fc.oneof(text, fc.integer()), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('a', 'value', 'XA'), fc.oneof(text, fc.integer()), { maxKeys: 2 }),
);
const bodyOf = (operation: Operation) => {
  const names = Object.keys(operation.requestBody?.content?.['application/json']?.schema?.properties ?? {});
  return fc.oneof(
    fc.constant(undefined),
    fc.dictionary(fc.constantFrom(...names, 'x', '__proto__', `k${NUL}`), fieldValue, { maxKeys: 6 }),
    fc.jsonValue({ maxDepth: 2 }),
  );
};

const request = fc.integer({ min: 0, max: 10_000 }).chain((index) => {
  const target = targets[index % targets.length] as Target;
  const pathNames = (target.operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
  const queryNames = (target.operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
  return fc.record({
    target: fc.constant(target),
    role: fc.constantFrom<AccountRole | 'anonymous'>(
      'anonymous',
      'admin',
      'unit_officer',
      'unit_head',
      'council_member',
      'leader',
    ),
    params: fc.tuple(...pathNames.map((name) => paramValue(name).map((v) => [name, String(v)] as const))),
    query: fc.dictionary(fc.constantFrom(...queryNames, 'x'), fc.oneof(text, fc.integer().map(String)), {
      maxKeys: 3,
    }),
    body: ['POST', 'PUT', 'PATCH'].includes(target.method)
      ? bodyOf(target.operation)
      : fc.constant(undefined),
  });
});

describe('API fuzzing from the OpenAPI document', () => {
  it('never answers 5xx, answers errors as documented, and a refused request changes nothing', async () => {
    const started = performance.now();
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(request, async ({ target, role, params, query, body }) => {
        // Signing out would end the role's session for the rest of the run: only anonymously.
        const caller =
          target.key === 'DELETE /api/session' || role === 'anonymous' ? undefined : callers[role];
        let url = target.path;
        for (const [name, value] of params) url = url.replace(`{${name}}`, encodeURIComponent(value));
        const search = new URLSearchParams(Object.entries(query)).toString();
        const before = await rowCounts();
        const response = await t.call(caller, {
          method: target.method,
          url: search ? `${url}?${search}` : url,
          ...(body === undefined
            ? {}
            : { payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
        });
        requests++;
        seen.add(target.key);
        const where = `${target.method} ${url}?${search} as ${role}: ${response.statusCode} ${response.body.slice(0, 300)}`;
        expect(response.statusCode, where).toBeLessThan(500);
        if (response.statusCode < 400) return;
        const error = response.json<{ code: unknown; message: unknown; details: unknown }>();
        expect(
          typeof error.code === 'string' && typeof error.message === 'string' && Array.isArray(error.details),
          where,
        ).toBe(true);
        if (error.code !== 'ROUTE_NOT_FOUND') {
          const documented =
            target.operation.responses[String(response.statusCode)]?.content?.['application/json']?.schema
              ?.properties?.code?.enum ?? [];
          expect(documented, `undocumented answer: ${where}`).toContain(error.code);
        }
        // A refused request writes nothing (a failed sign-in counts in the throttle, not in these tables).
        expect(await rowCounts(), `refused but wrote: ${where}`).toEqual(before);
      }),
      { numRuns: runs, seed: Number(process.env.FUZZ_SEED ?? 20_251_204), endOnFailure: true },
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `API fuzz (${t.database.kind}): ${requests} requests over ${seen.size} of ${targets.length} operations in ${seconds} s`,
    );
    expect(seen.size).toBeGreaterThan(targets.length * 0.8);
  }, 600_000);
});

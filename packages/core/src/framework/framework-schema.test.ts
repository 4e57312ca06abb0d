// The published JSON Schema of the framework file format v1, checked with a small hand-written
// walker (only the keywords the schema uses), independent of Zod.
import { describe, expect, it } from 'vitest';
import { buildMiniFramework } from '../testing/mini-framework.fixture';
import { buildFrameworkJsonSchema } from './framework-schema';

type Schema = Record<string, unknown>;

/** Returns the JSON paths where `value` does not satisfy `schema`. */
function check(schema: Schema, value: unknown, path = '$'): string[] {
  const errors: string[] = [];
  const fail = (why: string): void => {
    errors.push(`${path}: ${why}`);
  };
  if ('const' in schema && value !== schema.const) fail('const');
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) fail('enum');
  const alternatives = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (alternatives) {
    const passing = alternatives.filter((alt) => check(alt, value, path).length === 0).length;
    if (schema.oneOf ? passing !== 1 : passing === 0) fail(schema.oneOf ? 'oneOf' : 'anyOf');
  }
  const type = schema.type as string | undefined;
  if (type !== undefined && !hasType(value, type)) {
    fail(`type ${type}`);
    return errors;
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) fail('minimum');
    if (typeof schema.maximum === 'number' && value > schema.maximum) fail('maximum');
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum)
      fail('exclusiveMinimum');
  }
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) fail('minLength');
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) fail('pattern');
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) fail('minItems');
    if (schema.items)
      value.forEach((item, i) => errors.push(...check(schema.items as Schema, item, `${path}[${i}]`)));
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in value)) fail(`required ${key}`);
    for (const [key, v] of Object.entries(value)) {
      const sub = properties[key];
      if (sub) errors.push(...check(sub, v, `${path}.${key}`));
      else if (schema.additionalProperties === false) fail(`additional ${key}`);
    }
  }
  return errors;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}

describe('buildFrameworkJsonSchema', () => {
  const schema = buildFrameworkJsonSchema();

  it('is a draft 2020-12 schema of an object with the top-level fields of v1', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'formatVersion',
        'id',
        'title',
        'provenance',
        'rankPrecision',
        'levels',
        'sets',
      ]),
    );
    expect(schema.additionalProperties).toBe(false);
    const properties = schema.properties as Record<string, unknown>;
    for (const key of ['decision', 'replaces']) expect(properties).toHaveProperty(key);
  });

  it('accepts the mini framework', () => {
    expect(check(schema, JSON.parse(JSON.stringify(buildMiniFramework())))).toEqual([]);
  });

  it('accepts the example of the spec, decision and all', () => {
    const fw = buildMiniFramework();
    const withDecision = {
      ...fw,
      decision: { number: '3019/QĐ-UBND', date: '2023-11-28', issuer: 'UBND tỉnh Lào Cai' },
      replaces: 'LC-2644-2022',
    };
    expect(check(schema, withDecision)).toEqual([]);
  });

  it('rejects a typo, a missing field, a bad method type and a bad date', () => {
    const fw = JSON.parse(JSON.stringify(buildMiniFramework())) as Record<string, unknown>;
    fw.titel = fw.title;
    delete fw.title;
    const sets = fw.sets as { indices: { subIndices: { method: { type: string } }[] }[] }[];
    sets[0]!.indices[0]!.subIndices[0]!.method.type = 'yesno';
    fw.decision = { number: '1', date: '2023-02-30', issuer: 'UBND' };
    const errors = check(schema, fw);
    expect(errors).toEqual(
      expect.arrayContaining(['$: required title', '$: additional titel', '$.decision.date: pattern']),
    );
    expect(errors.some((e) => e.startsWith('$.sets[0].indices[0].subIndices[0].method: '))).toBe(true);
  });
});

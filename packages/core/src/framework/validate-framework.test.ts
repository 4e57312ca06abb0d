// Validation of a framework file (framework-format.md): every problem at once, each with its JSON
// path and an FW_ code; unknown fields rejected; YAML accepted.
import { stringify as toYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../errors/problem';
import { buildMiniFramework } from '../testing/mini-framework.fixture';
import { parseFrameworkText } from './parse-framework-text';
import { validateFramework } from './validate-framework';

/** The mini framework as a mutable raw object (as if read from a file). */
type Raw = Record<string, unknown>;
function raw(): Raw {
  return JSON.parse(JSON.stringify(buildMiniFramework())) as Raw;
}

/** The node at a dotted path (`sets.0.indices.1`). */
function getAt(root: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root);
}
function parentAt(root: unknown, path: string): [Record<string, unknown>, string] {
  const keys = path.split('.');
  const last = keys.pop()!;
  return [(keys.length === 0 ? root : getAt(root, keys.join('.'))) as Record<string, unknown>, last];
}
function setAt(root: unknown, path: string, value: unknown): void {
  const [parent, key] = parentAt(root, path);
  parent[key] = value;
}
function deleteAt(root: unknown, path: string): void {
  const [parent, key] = parentAt(root, path);
  delete parent[key];
}
function pushAt(root: unknown, path: string, value: unknown): void {
  (getAt(root, path) as unknown[]).push(value);
}

function problemsOf(input: unknown): Problem[] {
  const v = validateFramework(input);
  if (v.ok) throw new Error('expected the framework to be rejected');
  return v.problems;
}

const pairs = (problems: Problem[]): [string, string][] => problems.map((p) => [p.code, p.path]);

const SUB = (i: number, j: number): string => `$.sets[0].indices[${i}].subIndices[${j}]`;

describe('validateFramework', () => {
  it('accepts the mini framework and returns it unchanged', () => {
    const v = validateFramework(raw());
    expect(v).toEqual({ ok: true, framework: buildMiniFramework() });
  });

  it('sub-indices must sum to their index, indices to their set', () => {
    const a = raw();
    setAt(a, 'sets.0.indices.0.subIndices.0.maxPoints', 12); // index 1: 42 ≠ 40
    expect(pairs(problemsOf(a))).toEqual([['FW_SUM_MISMATCH', '$.sets[0].indices[0].maxPoints']]);
    const b = raw();
    setAt(b, 'sets.0.maxPoints', 90); // 40 + 30 + 30 ≠ 90
    expect(pairs(problemsOf(b))).toEqual([['FW_SUM_MISMATCH', '$.sets[0].maxPoints']]);
  });

  it('codes must be unique', () => {
    const fw = raw();
    setAt(fw, 'sets.0.indices.2.subIndices.1.code', '1.1'); // sub-index code, across indices
    setAt(fw, 'sets.0.indices.1.code', '1'); // index code
    setAt(fw, 'levels.1.code', 'DAN_DAT'); // level code
    setAt(fw, 'sets.0.indices.0.subIndices.2.method.options.1.value', 'CHU_TICH'); // choice value
    setAt(fw, 'sets.0.pillars.1.code', 'CQS'); // pillar code
    setAt(fw, 'sets.0.indices.2.pillars', ['CQS']);
    setAt(fw, 'sets.0.indices.0.pillars', ['CQS']);
    const problems = pairs(problemsOf(fw));
    expect(problems).toEqual(
      expect.arrayContaining([
        ['FW_DUPLICATE', `${SUB(2, 1)}.code`],
        ['FW_DUPLICATE', '$.sets[0].indices[1].code'],
        ['FW_DUPLICATE', '$.levels[1].code'],
        ['FW_DUPLICATE', `${SUB(0, 2)}.method.options[1].value`],
        ['FW_DUPLICATE', '$.sets[0].pillars[1].code'],
      ]),
    );
  });

  it('set ids and input keys must be unique', () => {
    const fw = raw();
    pushAt(fw, 'sets', JSON.parse(JSON.stringify(getAt(fw, 'sets.0'))));
    setAt(fw, 'sets.0.indices.0.subIndices.3.inputs.1.key', 'web');
    setAt(fw, 'sets.1.indices.0.subIndices.3.inputs.1.key', 'web');
    const problems = pairs(problemsOf(fw));
    expect(problems).toEqual(
      expect.arrayContaining([
        ['FW_DUPLICATE', '$.sets[1].id'],
        ['FW_DUPLICATE', `${SUB(0, 3)}.inputs[1].key`],
      ]),
    );
  });

  it('a steps table is strictly decreasing in atLeast and never above max', () => {
    const fw = raw();
    setAt(fw, 'sets.0.indices.0.subIndices.1.method.steps.1.atLeast', 4); // equal to the previous one
    setAt(fw, 'sets.0.indices.0.subIndices.1.method.steps.0.points', 12); // max is 10
    const problems = pairs(problemsOf(fw));
    expect(problems).toEqual(
      expect.arrayContaining([
        ['FW_STEPS_ORDER', `${SUB(0, 1)}.method.steps[1].atLeast`],
        ['FW_STEPS_ABOVE_MAX', `${SUB(0, 1)}.method.steps[0].points`],
      ]),
    );
    expect(problems).toHaveLength(2);
    const ascending = raw();
    setAt(ascending, 'sets.0.indices.0.subIndices.1.method.steps', [
      { atLeast: 1, points: 2.5 },
      { atLeast: 4, points: 10 },
    ]);
    expect(pairs(problemsOf(ascending))).toEqual([
      ['FW_STEPS_ORDER', `${SUB(0, 1)}.method.steps[1].atLeast`],
    ]);
  });

  it('choice fractions lie in [0, 1]; parts fractions sum to 1', () => {
    const fw = raw();
    setAt(fw, 'sets.0.indices.0.subIndices.2.method.options.0.fraction', 1.5);
    setAt(fw, 'sets.0.indices.0.subIndices.2.method.options.2.fraction', -0.1);
    setAt(fw, 'sets.0.indices.0.subIndices.3.method.parts.2.fraction', 0.15); // 0.5 + 0.25 + 0.15 = 0.9
    const problems = pairs(problemsOf(fw));
    expect(problems).toEqual(
      expect.arrayContaining([
        ['FW_FRACTION_RANGE', `${SUB(0, 2)}.method.options[0].fraction`],
        ['FW_FRACTION_RANGE', `${SUB(0, 2)}.method.options[2].fraction`],
        ['FW_PARTS_SUM', `${SUB(0, 3)}.method.parts`],
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it('parts fractions that sum to 1 in decimal but not in binary are accepted', () => {
    const fw = raw();
    setAt(fw, 'sets.0.indices.0.subIndices.3.method.parts', [
      { input: 'web', fraction: 0.1 },
      { input: 'radio', fraction: 0.2 },
      { input: 'social', fraction: 0.7 },
    ]);
    expect(validateFramework(fw).ok).toBe(true);
  });

  it('levels are ordered by abovePercent, the last one null', () => {
    const unordered = raw();
    setAt(unordered, 'levels.0.abovePercent', 50);
    setAt(unordered, 'levels.1.abovePercent', 75);
    expect(pairs(problemsOf(unordered))).toEqual([['FW_LEVELS_ORDER', '$.levels[1].abovePercent']]);
    const lastNotNull = raw();
    setAt(lastNotNull, 'levels.3.abovePercent', 0);
    expect(pairs(problemsOf(lastNotNull))).toEqual([['FW_LEVELS_ORDER', '$.levels[3].abovePercent']]);
    const earlyNull = raw();
    setAt(earlyNull, 'levels.1.abovePercent', null);
    expect(pairs(problemsOf(earlyNull))).toEqual([['FW_LEVELS_ORDER', '$.levels[1].abovePercent']]);
  });

  it('every input a method names is declared, every declared input is used', () => {
    const fw = raw();
    setAt(fw, 'sets.0.indices.0.subIndices.0.method.input', 'hasPlann'); // typo
    pushAt(fw, 'sets.0.indices.0.subIndices.1.inputs', { key: 'note', label: 'Ghi chú', type: 'text' });
    const problems = pairs(problemsOf(fw));
    expect(problems).toEqual(
      expect.arrayContaining([
        ['FW_UNKNOWN_INPUT', `${SUB(0, 0)}.method.input`],
        ['FW_UNUSED_INPUT', `${SUB(0, 0)}.inputs[0]`],
        ['FW_UNUSED_INPUT', `${SUB(0, 1)}.inputs[1]`],
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it('manual and none sub-indices may collect inputs for information only', () => {
    const fw = raw();
    pushAt(fw, 'sets.0.indices.1.subIndices.2.inputs', { key: 'note', label: 'Ghi chú', type: 'text' });
    pushAt(fw, 'sets.0.indices.1.subIndices.4.inputs', { key: 'note', label: 'Ghi chú', type: 'text' });
    expect(validateFramework(fw).ok).toBe(true);
  });

  it('a none sub-index must have maxPoints 0', () => {
    const fw = raw();
    setAt(fw, 'sets.0.indices.1.subIndices.4.maxPoints', 5);
    setAt(fw, 'sets.0.indices.1.subIndices.3.maxPoints', 0); // keep the sums right
    setAt(fw, 'sets.0.indices.1.subIndices.3.method', { type: 'none' });
    expect(pairs(problemsOf(fw))).toEqual([['FW_NONE_POINTS', `${SUB(1, 4)}.maxPoints`]]);
  });

  it('pillars an index counts towards exist in the set', () => {
    const fw = raw();
    setAt(fw, 'sets.0.indices.2.pillars', ['KTS', 'XHS']);
    expect(pairs(problemsOf(fw))).toEqual([['FW_UNKNOWN_PILLAR', '$.sets[0].indices[2].pillars[1]']]);
  });

  it('rejects unknown fields (a typo is never silently ignored)', () => {
    const fw = raw();
    setAt(fw, 'titel', 'typo');
    setAt(fw, 'sets.0.indices.0.subIndices.0.maxPoint', 10); // typo beside the right field
    setAt(fw, 'sets.0.indices.1.subIndices.0.method.whenZeroDenominatr', 'full');
    expect(pairs(problemsOf(fw))).toEqual(
      expect.arrayContaining([
        ['FW_UNKNOWN_FIELD', '$.titel'],
        ['FW_UNKNOWN_FIELD', `${SUB(0, 0)}.maxPoint`],
        ['FW_UNKNOWN_FIELD', `${SUB(1, 0)}.method.whenZeroDenominatr`],
      ]),
    );
  });

  it('a renamed required field is both unknown and missing', () => {
    const fw = raw();
    setAt(fw, 'sets.0.indices.0.subIndices.0.maxPoint', 10);
    deleteAt(fw, 'sets.0.indices.0.subIndices.0.maxPoints');
    const problems = pairs(problemsOf(fw));
    expect(problems).toEqual(
      expect.arrayContaining([
        ['FW_UNKNOWN_FIELD', `${SUB(0, 0)}.maxPoint`],
        ['FW_REQUIRED', `${SUB(0, 0)}.maxPoints`],
      ]),
    );
  });

  it('a field present with the wrong type is a type problem, not a missing field', () => {
    const fw = raw();
    setAt(fw, 'rankPrecision', 'two');
    setAt(fw, 'sets.0.maxPoints', '100');
    setAt(fw, 'levels.0.abovePercent', '75');
    const problems = problemsOf(fw);
    expect(pairs(problems)).toEqual(
      expect.arrayContaining([
        ['FW_TYPE', '$.rankPrecision'],
        ['FW_TYPE', '$.sets[0].maxPoints'],
        ['FW_TYPE', '$.levels[0].abovePercent'],
      ]),
    );
    expect(problems.filter((p) => p.code === 'FW_REQUIRED')).toEqual([]);
  });

  it('only formatVersion 1 is read; an unknown method type is named', () => {
    const fw = raw();
    setAt(fw, 'formatVersion', 2);
    setAt(fw, 'sets.0.indices.0.subIndices.0.method.type', 'yesno');
    const problems = pairs(problemsOf(fw));
    expect(problems).toEqual(
      expect.arrayContaining([
        ['FW_FORMAT_VERSION', '$.formatVersion'],
        ['FW_TYPE', `${SUB(0, 0)}.method.type`],
      ]),
    );
  });

  it('reports every problem at once, structural and cross-field', () => {
    const fw = raw();
    deleteAt(fw, 'title'); // required
    setAt(fw, 'provenance', 'guessed'); // not one of the accepted values
    setAt(fw, 'sets.0.indices.0.subIndices.0.maxPoints', 12); // sum of index 1
    setAt(fw, 'sets.0.indices.0.subIndices.1.method.steps.0.points', 11); // above max
    setAt(fw, 'sets.0.indices.0.subIndices.2.method.options.0.fraction', 2); // fraction
    setAt(fw, 'sets.0.indices.0.subIndices.3.method.parts.0.fraction', 0.6); // parts sum 1.1
    setAt(fw, 'sets.0.indices.2.subIndices.1.code', '2.1'); // duplicate
    setAt(fw, 'levels.3.abovePercent', 10); // last not null
    setAt(fw, 'sets.0.indices.1.subIndices.1.method.input', 'pp'); // unknown input (and p unused)
    setAt(fw, 'sets.0.indices.2.extra', true); // unknown field
    const problems = pairs(problemsOf(fw));
    expect(problems).toEqual(
      expect.arrayContaining([
        ['FW_REQUIRED', '$.title'],
        ['FW_TYPE', '$.provenance'],
        ['FW_SUM_MISMATCH', '$.sets[0].indices[0].maxPoints'],
        ['FW_STEPS_ABOVE_MAX', `${SUB(0, 1)}.method.steps[0].points`],
        ['FW_FRACTION_RANGE', `${SUB(0, 2)}.method.options[0].fraction`],
        ['FW_PARTS_SUM', `${SUB(0, 3)}.method.parts`],
        ['FW_DUPLICATE', `${SUB(2, 1)}.code`],
        ['FW_LEVELS_ORDER', '$.levels[3].abovePercent'],
        ['FW_UNKNOWN_INPUT', `${SUB(1, 1)}.method.input`],
        ['FW_UNUSED_INPUT', `${SUB(1, 1)}.inputs[0]`],
        ['FW_UNKNOWN_FIELD', '$.sets[0].indices[2].extra'],
      ]),
    );
    for (const p of problemsOf(fw)) {
      expect(p.code).toMatch(/^FW_/);
      expect(p.path).toMatch(/^\$/);
      expect(p.message.length).toBeGreaterThan(0);
    }
  });

  it('rejects what is not an object', () => {
    expect(validateFramework(null).ok).toBe(false);
    expect(validateFramework([]).ok).toBe(false);
    expect(validateFramework('framework').ok).toBe(false);
  });
});

describe('parseFrameworkText', () => {
  it('accepts JSON text', () => {
    const parsed = parseFrameworkText(JSON.stringify(buildMiniFramework(), null, 2));
    expect(parsed.ok).toBe(true);
    if (parsed.ok)
      expect(validateFramework(parsed.raw)).toEqual({ ok: true, framework: buildMiniFramework() });
  });

  it('accepts YAML with the same structure', () => {
    const parsed = parseFrameworkText(toYaml(buildMiniFramework()));
    expect(parsed.ok).toBe(true);
    if (parsed.ok)
      expect(validateFramework(parsed.raw)).toEqual({ ok: true, framework: buildMiniFramework() });
  });

  it('accepts a YAML file written by hand', () => {
    const text = [
      'formatVersion: 1',
      'id: LC-TEST',
      'title: Bộ chỉ số viết tay',
      'provenance: official',
      'rankPrecision: 2',
      'levels:',
      '  - { code: DAN_DAT, name: Dẫn dắt, abovePercent: 50 }',
      '  - { code: KHOI_DONG, name: Khởi động, abovePercent: null }',
      'sets:',
      '  - id: XA',
      '    name: Cấp xã',
      '    unitKind: commune',
      '    maxPoints: 20',
      '    indices:',
      '      - code: "1"',
      '        name: Nhận thức số',
      '        maxPoints: 20',
      '        subIndices:',
      '          - code: "1.1"',
      '            name: Ban chỉ đạo họp',
      '            maxPoints: 20',
      '            inputs:',
      '              - { key: meetings, label: Số cuộc họp, type: integer, min: 0 }',
      '            method:',
      '              type: steps',
      '              input: meetings',
      '              steps:',
      '                - { atLeast: 4, points: 20 }',
      '                - { atLeast: 2, points: 10 }',
      '',
    ].join('\n');
    const parsed = parseFrameworkText(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const v = validateFramework(parsed.raw);
    expect(v.ok).toBe(true);
    if (v.ok)
      expect(v.framework.sets[0]!.indices[0]!.subIndices[0]!.method).toEqual({
        type: 'steps',
        input: 'meetings',
        steps: [
          { atLeast: 4, points: 20 },
          { atLeast: 2, points: 10 },
        ],
      });
  });

  it('reports text that cannot be read', () => {
    const json = parseFrameworkText('{ "formatVersion": 1, ');
    expect(json.ok).toBe(false);
    if (!json.ok) expect(pairs(json.problems)).toEqual([['FW_PARSE', '$']]);
    const yaml = parseFrameworkText('a: [1, 2\nb: :', 'yaml');
    expect(yaml.ok).toBe(false);
    if (!yaml.ok) expect(yaml.problems[0]!.code).toBe('FW_PARSE');
  });
});

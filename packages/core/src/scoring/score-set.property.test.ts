// Properties of scoring (framework-format.md, "Scoring methods" and "Aggregation"), on generated
// values for the mini framework and for small random frameworks. The expected figures come from a
// reference model written here from the spec, not from the code under test.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Framework, SubIndex } from '../framework/framework-types';
import { validateFramework } from '../framework/validate-framework';
import { buildMiniFramework } from '../testing/mini-framework.fixture';
import { arbFramework, arbUnits, subsOf } from '../testing/values-arbitraries.fixture';
import { roundHalfAwayFromZero } from './round-decimal';
import { scoreValues } from './score-values';
import type { InputValue, SetResults, UnitInput, UnitValues } from './values-types';

const mini = buildMiniFramework();
const EPS = 1e-9;

function score(framework: Framework, units: UnitInput[]): SetResults {
  const outcome = scoreValues(framework, { framework: framework.id, set: framework.sets[0]!.id, units });
  if (!outcome.ok) throw new Error(`generated values rejected: ${JSON.stringify(outcome.problems)}`);
  return outcome.results;
}

// ---- reference model, from the spec's table and aggregation rules ----

type Status = 'scored' | 'missing' | 'excluded';

function refSub(
  sub: SubIndex,
  values: Record<string, InputValue> | undefined,
  best: number,
): [number, Status] {
  if (!values || Object.keys(values).length === 0) return [0, 'missing'];
  const max = sub.maxPoints;
  const m = sub.method;
  const clamp = (x: number): [number, Status] => [Math.max(0, Math.min(max, x)), 'scored'];
  const num = (key: string): number => values[key] as number;
  switch (m.type) {
    case 'boolean':
      return clamp(values[m.input] === true ? max : 0);
    case 'ratio': {
      const a = num(m.numerator);
      const b = num(m.denominator);
      if (b === 0) {
        const rule = m.whenZeroDenominator ?? 'exclude';
        return rule === 'exclude' ? [0, 'excluded'] : clamp(rule === 'full' ? max : 0);
      }
      return clamp(max * Math.min(1, a / b / (m.target ?? 1)));
    }
    case 'percent':
      return clamp(max * Math.min(1, num(m.input) / (m.target ?? 100)));
    case 'steps': {
      const v = num(m.input);
      const reached = m.steps.filter((s) => s.atLeast <= v);
      const highest = reached.reduce<{ atLeast: number; points: number } | undefined>(
        (top, s) => (top === undefined || s.atLeast > top.atLeast ? s : top),
        undefined,
      );
      return clamp(highest ? highest.points : 0);
    }
    case 'choice':
      return clamp(max * (m.options.find((o) => o.value === values[m.input])?.fraction ?? 0));
    case 'parts':
      return clamp(max * m.parts.reduce((sum, p) => sum + (values[p.input] === true ? p.fraction : 0), 0));
    case 'count':
      return clamp(Math.min(max, num(m.input) * m.pointsEach));
    case 'relative':
      return clamp(best === 0 ? 0 : (max * num(m.input)) / best);
    case 'manual':
      return clamp(num('points'));
    case 'none':
      return [0, 'scored'];
  }
}

interface RefUnit {
  subs: Record<string, [number, Status]>;
  indices: Record<string, { score: number; excluded: boolean }>;
  pillars: Record<string, number>;
  totalExact: number;
}

function refScore(framework: Framework, units: UnitInput[]): Map<string, RefUnit> {
  const set = framework.sets[0]!;
  const best = new Map<string, number>();
  for (const sub of subsOf(framework)) {
    if (sub.method.type !== 'relative') continue;
    const key = sub.method.input;
    best.set(
      sub.code,
      Math.max(0, ...units.map((u) => (u.values[sub.code]?.[key] as number | undefined) ?? 0)),
    );
  }
  const out = new Map<string, RefUnit>();
  for (const unit of units) {
    const subs: RefUnit['subs'] = {};
    const indices: RefUnit['indices'] = {};
    let kept = 0;
    let keptMax = 0;
    for (const index of set.indices) {
      let earned = 0;
      let attainable = 0;
      for (const sub of index.subIndices) {
        const [points, status] = refSub(sub, unit.values[sub.code], best.get(sub.code) ?? 0);
        subs[sub.code] = [points, status];
        if (status !== 'excluded') {
          earned += points;
          attainable += sub.maxPoints;
        }
      }
      const excluded = index.maxPoints > 0 && attainable === 0;
      const scoreOf = attainable === 0 ? 0 : (earned / attainable) * index.maxPoints;
      indices[index.code] = { score: scoreOf, excluded };
      if (!excluded) {
        kept += scoreOf;
        keptMax += index.maxPoints;
      }
    }
    const pillars: Record<string, number> = {};
    for (const pillar of set.pillars ?? []) {
      let s = 0;
      let m = 0;
      let all = 0;
      for (const index of set.indices) {
        if (!(index.pillars ?? []).includes(pillar.code)) continue;
        all += index.maxPoints;
        if (indices[index.code]!.excluded) continue;
        s += indices[index.code]!.score;
        m += index.maxPoints;
      }
      pillars[pillar.code] = m === 0 ? 0 : (s / m) * all;
    }
    out.set(unit.code, {
      subs,
      indices,
      pillars,
      totalExact: keptMax === 0 ? 0 : (kept / keptMax) * set.maxPoints,
    });
  }
  return out;
}

const vi = new Intl.Collator('vi');

/** Checks a scored set against the reference model and the ranking rules. */
function checkAgainstSpec(framework: Framework, units: UnitInput[], results: SetResults): void {
  const set = framework.sets[0]!;
  const ref = refScore(framework, units);
  const half = 0.5 * 10 ** -framework.rankPrecision + EPS;
  expect(results.units).toHaveLength(units.length);
  for (const u of results.units) {
    const r = ref.get(u.code)!;
    for (const sub of subsOf(framework)) {
      const got = u.subIndices[sub.code]!;
      const [points, status] = r.subs[sub.code]!;
      expect(got.max).toBe(sub.maxPoints);
      expect(got.status).toBe(status);
      expect(got.points).toBeGreaterThanOrEqual(0);
      expect(got.points).toBeLessThanOrEqual(sub.maxPoints);
      expect(Math.abs(got.points - points)).toBeLessThanOrEqual(half);
    }
    for (const index of set.indices) {
      const got = u.indices[index.code]!;
      expect(got.max).toBe(index.maxPoints);
      expect(got.score).toBeGreaterThanOrEqual(0);
      expect(got.score).toBeLessThanOrEqual(index.maxPoints);
      if (!r.indices[index.code]!.excluded) {
        expect(Math.abs(got.score - r.indices[index.code]!.score)).toBeLessThanOrEqual(half);
      }
    }
    for (const [code, score] of Object.entries(r.pillars)) {
      expect(Math.abs(u.pillars[code]!.score - score)).toBeLessThanOrEqual(half);
    }
    expect(Math.abs(u.totalExact - r.totalExact)).toBeLessThanOrEqual(EPS * Math.max(1, set.maxPoints));
    expect(u.total).toBeGreaterThanOrEqual(0);
    expect(u.total).toBeLessThanOrEqual(set.maxPoints);
    expect(u.total).toBe(roundHalfAwayFromZero(u.totalExact, framework.rankPrecision));
    expect(u.percent).toBe(roundHalfAwayFromZero((u.total / set.maxPoints) * 100, 2));
    const level =
      framework.levels.find((l) => l.abovePercent !== null && u.percent > l.abovePercent) ??
      framework.levels.at(-1)!;
    expect(u.level).toBe(level.code);
    // competition ranking on the rounded total
    expect(u.rank).toBe(1 + results.units.filter((o) => o.total > u.total).length);
    if (u.group === undefined) expect(u.groupRank).toBeUndefined();
    else {
      const peers = results.units.filter((o) => o.group === u.group);
      expect(u.groupRank).toBe(1 + peers.filter((o) => o.total > u.total).length);
    }
  }
  // ordered by rank, ties in Vietnamese alphabetical order of name
  for (let i = 1; i < results.units.length; i++) {
    const a = results.units[i - 1]!;
    const b = results.units[i]!;
    expect(a.total).toBeGreaterThanOrEqual(b.total);
    if (a.total === b.total) expect(vi.compare(a.name, b.name)).toBeLessThanOrEqual(0);
  }
}

// ---- "more of a good thing": raise one present value ----

type Raise = (
  sub: SubIndex,
  values: Record<string, InputValue>,
  amount: number,
) => Record<string, InputValue>;

const raise: Raise = (sub, values, amount) => {
  const m = sub.method;
  const next = { ...values };
  const n = (key: string): number => values[key] as number;
  switch (m.type) {
    case 'boolean':
      next[m.input] = true;
      break;
    case 'ratio': {
      const a = n(m.numerator);
      const b = n(m.denominator);
      if (b > 0) next[m.numerator] = m.allowAboveOne ? a + amount : Math.min(b, a + amount);
      break;
    }
    case 'percent':
      next[m.input] = Math.min(100, n(m.input) + amount);
      break;
    case 'steps':
    case 'count':
    case 'relative':
      next[m.input] = n(m.input) + amount;
      break;
    case 'choice': {
      const current = m.options.find((o) => o.value === values[m.input])?.fraction ?? 0;
      const better = m.options.filter((o) => o.fraction >= current);
      const pick = better[amount % better.length];
      if (pick) next[m.input] = pick.value;
      break;
    }
    case 'parts': {
      const part = m.parts[amount % m.parts.length];
      if (part) next[part.input] = true;
      break;
    }
    case 'manual':
      next.points = Math.min(sub.maxPoints, n('points') + amount / 10);
      break;
    case 'none':
      break;
  }
  return next;
};

function checkMonotone(
  framework: Framework,
  units: UnitInput[],
  pick: number,
  subPick: number,
  amount: number,
): void {
  const unit = units[pick % units.length]!;
  const present = Object.keys(unit.values);
  fc.pre(present.length > 0);
  const code = present[subPick % present.length]!;
  const sub = subsOf(framework).find((s) => s.code === code)!;
  const raisedValues: UnitValues = { ...unit.values, [code]: raise(sub, unit.values[code]!, amount) };
  const raised = units.map((u) => (u === unit ? { ...u, values: raisedValues } : u));
  const before = score(framework, units).units.find((u) => u.code === unit.code)!;
  const after = score(framework, raised).units.find((u) => u.code === unit.code)!;
  expect(after.subIndices[code]!.points).toBeGreaterThanOrEqual(before.subIndices[code]!.points);
  expect(after.totalExact).toBeGreaterThanOrEqual(before.totalExact - EPS);
  expect(after.total).toBeGreaterThanOrEqual(before.total);
}

function shuffled<T>(list: readonly T[], keys: readonly number[]): T[] {
  return list
    .map((item, i) => ({ item, key: keys[i % keys.length]! * 1000 + i }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item);
}

function checkShuffle(framework: Framework, units: UnitInput[], keys: number[]): void {
  const a = score(framework, units);
  const b = score(framework, shuffled(units, keys));
  const byCode = (r: SetResults) => Object.fromEntries(r.units.map((u) => [u.code, u]));
  expect(byCode(b)).toEqual(byCode(a));
  expect(b.units.map((u) => [u.rank, u.total, u.name])).toEqual(
    a.units.map((u) => [u.rank, u.total, u.name]),
  );
}

function checkNoExclusion(framework: Framework, results: SetResults): void {
  const set = framework.sets[0]!;
  const half = 0.5 * 10 ** -framework.rankPrecision;
  for (const u of results.units) {
    for (const sub of Object.values(u.subIndices)) expect(sub.status).not.toBe('excluded');
    const sum = Object.values(u.indices).reduce((s, i) => s + i.score, 0);
    // each published index score is within half a unit of the last digit of its exact value
    expect(Math.abs(u.total - sum)).toBeLessThanOrEqual(half * (set.indices.length + 1) + EPS);
  }
}

const keysArb = fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 10 });

describe('scoring the mini framework (generated values)', () => {
  it('matches the spec: points in [0, max], totals, levels, ranks', () => {
    fc.assert(
      fc.property(arbUnits(mini, { maxUnits: 8 }), (units) => {
        checkAgainstSpec(mini, units, score(mini, units));
      }),
      { numRuns: 300 },
    );
  });

  it('more of a good thing never lowers points', () => {
    fc.assert(
      fc.property(
        arbUnits(mini),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 50 }),
        (units, pick, subPick, amount) => checkMonotone(mini, units, pick, subPick, amount),
      ),
      { numRuns: 300 },
    );
  });

  it('results do not depend on the order of the units', () => {
    fc.assert(
      fc.property(arbUnits(mini, { maxUnits: 8 }), keysArb, (units, keys) => checkShuffle(mini, units, keys)),
      { numRuns: 200 },
    );
  });

  it('with nothing excluded, the total is the sum of the index scores', () => {
    fc.assert(
      fc.property(arbUnits(mini, { noZeroDenominator: true }), (units) => {
        checkNoExclusion(mini, score(mini, units));
      }),
      { numRuns: 200 },
    );
  });
});

describe('random small frameworks', () => {
  const arbCase = arbFramework.chain((framework) =>
    fc.record({ framework: fc.constant(framework), units: arbUnits(framework) }),
  );

  it('a framework built by the rules of the format validates', () => {
    fc.assert(
      fc.property(arbFramework, (framework) => {
        const v = validateFramework(JSON.parse(JSON.stringify(framework)));
        expect(v.ok ? [] : v.problems).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('matches the spec: points in [0, max], totals, levels, ranks', () => {
    fc.assert(
      fc.property(arbCase, ({ framework, units }) => {
        checkAgainstSpec(framework, units, score(framework, units));
      }),
      { numRuns: 300 },
    );
  });

  it('more of a good thing never lowers points', () => {
    fc.assert(
      fc.property(
        arbCase,
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 50 }),
        ({ framework, units }, pick, subPick, amount) =>
          checkMonotone(framework, units, pick, subPick, amount),
      ),
      { numRuns: 300 },
    );
  });

  it('results do not depend on the order of the units', () => {
    fc.assert(
      fc.property(arbCase, keysArb, ({ framework, units }, keys) => checkShuffle(framework, units, keys)),
      { numRuns: 200 },
    );
  });

  it('with nothing excluded, the total is the sum of the index scores', () => {
    const arbNoZero = arbFramework.chain((framework) =>
      fc.record({
        framework: fc.constant(framework),
        units: arbUnits(framework, { noZeroDenominator: true }),
      }),
    );
    fc.assert(
      fc.property(arbNoZero, ({ framework, units }) => {
        checkNoExclusion(framework, score(framework, units));
      }),
      { numRuns: 200 },
    );
  });
});

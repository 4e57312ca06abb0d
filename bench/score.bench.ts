/**
 * `npm run bench:score`: scores and ranks 12,000 generated units across five sets shaped like the
 * Lào Cai ones, in one process, and compares with a floor measured in the same run: a tight loop
 * that reads the same values and sums their weighted points. Goal: score + rank ≤ 10 × floor and
 * under 1 s on the 2-core machine.
 */
import { scoreSet, validateFramework, validateValues, type Framework, type UnitInput } from '@dti/core';
import { buildNationalFramework, buildNationalUnits } from './national-data';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

function floor(framework: Framework, data: Map<string, UnitInput[]>): number {
  let sum = 0;
  for (const set of framework.sets) {
    const subs = set.indices.flatMap((index) => index.subIndices);
    const units = data.get(set.id)!;
    for (const unit of units) {
      for (const sub of subs) {
        const values = unit.values[sub.code];
        for (const key in values) {
          const v = values[key];
          sum += (typeof v === 'number' ? v : v === true ? 1 : 0) * sub.maxPoints;
        }
      }
    }
  }
  return sum;
}

function scoreAll(framework: Framework, data: Map<string, UnitInput[]>): number {
  let ranked = 0;
  for (const set of framework.sets) ranked += scoreSet(framework, set.id, data.get(set.id)!).units.length;
  return ranked;
}

function scoreAndMaterialize(framework: Framework, data: Map<string, UnitInput[]>): number {
  let count = 0;
  for (const set of framework.sets) {
    for (const unit of scoreSet(framework, set.id, data.get(set.id)!).units)
      count += Object.keys(unit.subIndices).length;
  }
  return count;
}

function validateAll(framework: Framework, data: Map<string, UnitInput[]>): number {
  let problems = 0;
  for (const set of framework.sets) {
    const v = validateValues(framework, { framework: framework.id, set: set.id, units: data.get(set.id)! });
    if (!v.ok) problems += v.problems.length;
  }
  return problems;
}

function time<T>(fn: () => T): { ms: number; result: T } {
  const start = process.hrtime.bigint();
  const result = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

function best(fn: () => unknown): number {
  let min = Infinity;
  for (let i = 0; i < ROUNDS; i++) min = Math.min(min, time(fn).ms);
  return min;
}

const validation = validateFramework(buildNationalFramework());
if (!validation.ok) throw new Error(JSON.stringify(validation.problems.slice(0, 5)));
const framework = validation.framework;
const data = buildNationalUnits(framework);
const units = [...data.values()].reduce((n, list) => n + list.length, 0);
const values = framework.sets.reduce(
  (n, set) => n + set.indices.reduce((m, i) => m + i.subIndices.length, 0) * data.get(set.id)!.length,
  0,
);

const problems = validateAll(framework, data);
if (problems > 0) throw new Error(`generated data has ${problems} problems`);
const floorMs = best(() => floor(framework, data));
const scoreMs = best(() => scoreAll(framework, data));
const fullMs = best(() => scoreAndMaterialize(framework, data));
const validateMs = best(() => validateAll(framework, data));
const peakMiB = process.resourceUsage().maxRSS / 1024;

const ratio = scoreMs / floorMs;
console.log(
  `Đo hiệu năng chấm điểm (bench:score) · Node ${process.version} · ${ROUNDS} lượt, lấy lượt nhanh nhất`,
);
console.log(`units: ${units} · sub-index values: ${values}`);
console.log(`floor (read + weighted sum):   ${floorMs.toFixed(1)} ms`);
console.log(`score + rank (5 sets):         ${scoreMs.toFixed(1)} ms`);
console.log(`… and every sub-index object:  ${fullMs.toFixed(1)} ms (what --json prints)`);
console.log(`validate values (5 sets):      ${validateMs.toFixed(1)} ms`);
console.log(`ratio score+rank / floor:      ${ratio.toFixed(2)} (goal ≤ 10)`);
console.log(`peak RSS:                      ${peakMiB.toFixed(0)} MiB`);
console.log(
  `goal score+rank < 1000 ms:     ${scoreMs < 1000 ? 'met' : 'MISSED'} · ratio ≤ 10: ${ratio <= 10 ? 'met' : 'MISSED'}`,
);

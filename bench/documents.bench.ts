/**
 * `npx tsx bench/documents.bench.ts`: the documents of a period at Lào Cai's scale, with the shipped
 * LC-3019-2023 framework and generated values: 150 commune scorecards (PDF, one after another) and
 * the results workbook of ~340 units in five sets. Goals: ≤ 60 s for the scorecards, ≤ 3 s for the
 * workbook. Prints wall times and the peak resident memory.
 */
import { scoreSet, validateFramework, type Framework, type SubIndex, type UnitInput } from '@dti/core';
import { readBuiltinFramework } from '@dti/frameworks';
import {
  buildReportFramework,
  buildReportLevels,
  buildReportSet,
  writeResultsWorkbook,
  writeScorecardPdf,
  type ResultsReportModel,
} from '../packages/server/src/reports/index';
import { seededRandom } from './national-data';

const UNITS: Record<string, number> = {
  TINH_CO_TTHC: 18,
  TINH_KHONG_TTHC: 20,
  HUYEN: 9,
  CQ_HUYEN: 143,
  XA: 150,
};
const SCORECARDS = 150;

function loadFramework(): Framework {
  const checked = validateFramework(readBuiltinFramework('LC-3019-2023'));
  if (!checked.ok) throw new Error('LC-3019-2023 does not validate.');
  return checked.framework;
}

function valuesFor(sub: SubIndex, random: () => number): Record<string, boolean | number | string> {
  const method = sub.method;
  if (method.type === 'manual') return { points: Math.round(random() * sub.maxPoints * 4) / 4 };
  const out: Record<string, boolean | number | string> = {};
  for (const input of sub.inputs) {
    switch (input.type) {
      case 'boolean':
        out[input.key] = random() < 0.7;
        break;
      case 'percent':
        out[input.key] = Math.round(random() * 1000) / 10;
        break;
      case 'choice':
        if (method.type === 'choice')
          out[input.key] = method.options[Math.floor(random() * method.options.length)]!.value;
        break;
      case 'text':
        out[input.key] = 'Có minh chứng';
        break;
      case 'integer':
      case 'number':
        out[input.key] = Math.max(input.min ?? 0, Math.floor(random() * Math.min(input.max ?? 12, 12)));
        break;
    }
  }
  if (method.type === 'ratio') {
    const b = 10 + Math.floor(random() * 40);
    out[method.denominator] = b;
    out[method.numerator] = Math.floor(random() * (b + 1));
  }
  return out;
}

function buildModel(framework: Framework): ResultsReportModel {
  const random = seededRandom(2023);
  const sets = framework.sets.map((set) => {
    const subs = set.indices.flatMap((index) => index.subIndices);
    const units: UnitInput[] = Array.from({ length: UNITS[set.id] ?? 10 }, (_, i) => ({
      code: `${set.id}-${String(i + 1).padStart(3, '0')}`,
      name: set.id === 'XA' ? `Xã Sàng Ma Sáo ${i + 1}` : `Đơn vị ${set.name} số ${i + 1}`,
      ...(set.id === 'XA' || set.id === 'CQ_HUYEN' ? { group: `H${i % 9}` } : {}),
      values: Object.fromEntries(subs.map((sub) => [sub.code, valuesFor(sub, random)])),
    }));
    return buildReportSet(framework, scoreSet(framework, set.id, units), {
      groupNames: Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`H${i}`, `Huyện số ${i + 1}`])),
    });
  });
  return {
    framework: buildReportFramework(framework),
    year: 2023,
    levels: buildReportLevels(framework),
    sets,
  };
}

/** Wall time, and CPU time of this process (which a busy machine does not inflate). */
async function time<T>(fn: () => Promise<T>): Promise<{ seconds: number; cpu: number; result: T }> {
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const result = await fn();
  const cpu = process.cpuUsage(cpuStart);
  return {
    seconds: Number(process.hrtime.bigint() - start) / 1e9,
    cpu: (cpu.user + cpu.system) / 1e6,
    result,
  };
}

const framework = loadFramework();
const model = buildModel(framework);
const communes = model.sets.find((s) => s.id === 'XA')!;
const unitCount = model.sets.reduce((n, s) => n + s.results.units.length, 0);
const { sets: _sets, ...context } = model;

const cards = await time(async () => {
  let bytes = 0;
  for (const unit of communes.results.units.slice(0, SCORECARDS)) {
    bytes += (await writeScorecardPdf({ ...context, set: communes, unitCode: unit.code })).length;
  }
  return bytes;
});
const workbook = await time(() => writeResultsWorkbook(model));
const peakMb = process.resourceUsage().maxRSS / 1024;

const verdict = (seconds: number, goal: number) =>
  seconds <= goal ? `ok, goal ≤ ${goal} s` : `OVER goal ${goal} s`;
console.log(
  `${SCORECARDS} scorecards (PDF): ${cards.seconds.toFixed(1)} s, ${((cards.seconds / SCORECARDS) * 1000).toFixed(0)} ms each, ${(cards.result / 1e6).toFixed(1)} MB, CPU ${cards.cpu.toFixed(1)} s (${verdict(cards.seconds, 60)})`,
);
console.log(
  `results workbook, ${unitCount} units in ${model.sets.length} sets: ${workbook.seconds.toFixed(2)} s, ${(workbook.result.length / 1e3).toFixed(0)} kB, CPU ${workbook.cpu.toFixed(2)} s (${verdict(workbook.seconds, 3)})`,
);
console.log(`peak memory (maxRSS): ${peakMb.toFixed(0)} MB`);

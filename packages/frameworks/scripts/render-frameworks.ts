/**
 * Turns the catalogue and the set plans into the two framework files (format v1). Pure: no I/O, so
 * the test can check that the committed JSON is what the catalogue produces.
 */
import type { Framework, Index, IndexSet, InputDef, Method, SubIndex } from '@dti/core';
import { CATALOGUE } from './catalogue/index';
import type { ItemSpec, MethodSpec } from './catalogue/model';
import { SET_PLANS, type IndexPlan, type SetPlan } from './catalogue/sets';
import { ZERO_DENOMINATORS } from './catalogue/zero-denominators';

export const ID_2644 = 'LC-2644-2022';
export const ID_3019 = 'LC-3019-2023';

type Version = typeof ID_2644 | typeof ID_3019;

const TITLE =
  'Bộ chỉ số đánh giá, xếp hạng mức độ chuyển đổi số của các địa phương, cơ quan đảng, cơ quan nhà nước, ' +
  'Mặt trận Tổ quốc và các tổ chức chính trị - xã hội trên địa bàn tỉnh Lào Cai';

const LEVELS = [
  { code: 'DAN_DAT', name: 'Dẫn dắt', abovePercent: 75 },
  { code: 'NANG_CAO', name: 'Nâng cao', abovePercent: 50 },
  { code: 'HINH_THANH', name: 'Hình thành', abovePercent: 25 },
  { code: 'KHOI_DONG', name: 'Khởi động', abovePercent: null },
];

const PILLARS = [
  { code: 'CQS', name: 'Chính quyền số' },
  { code: 'KTS', name: 'Kinh tế số' },
  { code: 'XHS', name: 'Xã hội số' },
];

/** Builds one framework as a plain object. */
export function buildFramework(version: Version): Framework {
  const is3019 = version === ID_3019;
  const framework: Framework = {
    formatVersion: 1,
    id: version,
    title: TITLE,
    decision: is3019
      ? { number: '3019/QĐ-UBND', date: '2023-11-28', issuer: 'UBND tỉnh Lào Cai' }
      : { number: '2644/QĐ-UBND', date: '2022-11-07', issuer: 'UBND tỉnh Lào Cai' },
    provenance: 'reconstructed',
    rankPrecision: 2,
    levels: LEVELS,
    sets: SET_PLANS.map((plan) => buildSet(plan, version)),
  };
  if (is3019) return { ...framework, replaces: ID_2644 };
  return framework;
}

/** The two files' text, keyed by framework id: 2-space JSON with a final newline. */
export function renderFrameworks(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const version of [ID_2644, ID_3019] as const) {
    out[version] = `${JSON.stringify(orderTopLevel(buildFramework(version)), null, 2)}\n`;
  }
  return out;
}

function orderTopLevel(f: Framework): Record<string, unknown> {
  const { formatVersion, id, title, decision, replaces, provenance, rankPrecision, levels, sets } = f;
  return replaces === undefined
    ? { formatVersion, id, title, decision, provenance, rankPrecision, levels, sets }
    : { formatVersion, id, title, decision, replaces, provenance, rankPrecision, levels, sets };
}

function buildSet(plan: SetPlan, version: Version): IndexSet {
  const v = version === ID_3019 ? 1 : 0;
  const indices = plan.indices.map((index) => buildIndex(plan, index, version));
  const set: IndexSet = {
    id: plan.id,
    name: plan.name,
    unitKind: plan.unitKind,
    maxPoints: plan.max[v],
    indices,
  };
  if (plan.withPillars) set.pillars = PILLARS;
  checkSum(plan.max[v], indices, `${version} ${plan.id}`);
  const names = new Set<string>();
  for (const sub of indices.flatMap((i) => i.subIndices)) {
    if (names.has(sub.name)) throw new Error(`${version} ${plan.id}: tên trùng "${sub.name}"`);
    names.add(sub.name);
  }
  return set.pillars
    ? {
        id: set.id,
        name: set.name,
        unitKind: set.unitKind,
        maxPoints: set.maxPoints,
        pillars: set.pillars,
        indices,
      }
    : set;
}

function buildIndex(plan: SetPlan, index: IndexPlan, version: Version): Index {
  const is3019 = version === ID_3019;
  const firstAdded = index.rows.findIndex((r) => r.p2644 === undefined);
  if (firstAdded >= 0 && index.rows.slice(firstAdded).some((r) => r.p2644 !== undefined)) {
    throw new Error(`${plan.id} ${index.code}: các chỉ số của 2644 phải đứng trước các chỉ số bổ sung`);
  }
  const rows = is3019 ? index.rows : index.rows.filter((r) => r.p2644 !== undefined);
  const subIndices = rows.map((row, i) => {
    const def = CATALOGUE[row.key];
    if (!def) throw new Error(`Không có "${row.key}" trong danh mục`);
    const points = is3019 ? row.p3019 : (row.p2644 as number);
    const introducedIn = row.p2644 === undefined ? ID_3019 : ID_2644;
    const spec = withZeroChoice(def(plan.scope), row.key);
    const tags = [...new Set([...(spec.tags ?? []), ...(row.tags ?? [])])].sort();
    return buildSubIndex(`${index.code}.${i + 1}`, spec, points, tags, introducedIn, `${plan.id} ${row.key}`);
  });
  const max = index.max[is3019 ? 1 : 0];
  checkSum(max, subIndices, `${version} ${plan.id} chỉ số ${index.code}`);
  const out: Index = { code: index.code, name: index.name, maxPoints: max, subIndices };
  return index.pillars
    ? { code: out.code, name: out.name, maxPoints: out.maxPoints, pillars: index.pillars, subIndices }
    : out;
}

/** The item with what b = 0 scores, from the recorded choice of its catalogue key. */
function withZeroChoice(spec: ItemSpec, key: string): ItemSpec {
  if (spec.method.type !== 'ratio') return spec;
  const choice = ZERO_DENOMINATORS[key];
  if (!choice) throw new Error(`"${key}": chưa ghi lựa chọn khi mẫu số bằng 0 (zero-denominators.ts)`);
  return { ...spec, method: { ...spec.method, whenZeroDenominator: choice.choice } };
}

function buildSubIndex(
  code: string,
  spec: ItemSpec,
  max: number,
  tags: string[],
  introducedIn: string,
  where: string,
): SubIndex {
  const method = toMethod(spec.method, max, where);
  return {
    code,
    name: spec.name,
    maxPoints: max,
    tags,
    introducedIn,
    inputs: spec.inputs.map((input): InputDef => ({ ...input })),
    method,
    description: `${spec.basis} ${describe(spec, method, max)}`,
    evidence: spec.evidence,
    source: spec.source,
    verifier: spec.verifier,
  };
}

function toMethod(spec: MethodSpec, max: number, where: string): Method {
  switch (spec.type) {
    case 'steps':
      return {
        type: 'steps',
        input: spec.input,
        steps: spec.steps.map((s) => ({ atLeast: s.atLeast, points: exact(max * s.fraction, where) })),
      };
    case 'count':
      return { type: 'count', input: spec.input, pointsEach: exact(max / spec.fullAt, where) };
    case 'ratio':
    case 'boolean':
    case 'percent':
    case 'choice':
    case 'parts':
    case 'relative':
    case 'manual':
      return spec;
  }
}

/** Points with at most two decimals, or the table is refused (choose the points so it divides). */
function exact(value: number, where: string): number {
  const rounded = Math.round(value * 100) / 100;
  if (Math.abs(rounded - value) > 1e-9) throw new Error(`${where}: điểm ${value} không chẵn đến 0,01`);
  return rounded;
}

function checkSum(total: number, parts: { maxPoints: number }[], where: string): void {
  const sum = parts.reduce((a, p) => a + p.maxPoints, 0);
  if (sum !== total) throw new Error(`${where}: tổng ${sum} khác ${total}`);
}

/** Vietnamese number: comma decimals. */
function vn(n: number): string {
  return String(n).replace('.', ',');
}

function label(spec: ItemSpec, key: string): string {
  return spec.inputs.find((i) => i.key === key)?.label ?? key;
}

/** How it is scored, in words, from the method actually written to the file. */
function describe(spec: ItemSpec, method: Method, max: number): string {
  switch (method.type) {
    case 'boolean':
      return `Đạt: ${vn(max)} điểm; không đạt: 0 điểm.`;
    case 'ratio': {
      const a = label(spec, method.numerator);
      const b = label(spec, method.denominator);
      const target = method.target ?? 1;
      const formula =
        target === 1
          ? `Tỷ lệ = a/b; Điểm = Tỷ lệ × ${vn(max)}.`
          : `Tỷ lệ = a/b; Điểm = min(1; Tỷ lệ / ${vn(target * 100)}%) × ${vn(max)} (đạt từ ${vn(target * 100)}% trở lên được điểm tối đa).`;
      const zero =
        method.whenZeroDenominator === 'full'
          ? ' Nếu b = 0: được điểm tối đa.'
          : method.whenZeroDenominator === 'zero'
            ? ' Nếu b = 0: 0 điểm.'
            : ' Nếu b = 0 (không phát sinh): chỉ số không tính vào điểm tối đa của đơn vị.';
      return `a: ${a}; b: ${b}. ${formula}${zero}`;
    }
    case 'percent': {
      const target = method.target ?? 100;
      const p = label(spec, method.input);
      return target === 100
        ? `p: ${p}. Điểm = p% × ${vn(max)}.`
        : `p: ${p}. Điểm = min(1; p / ${vn(target)}%) × ${vn(max)} (đạt từ ${vn(target)}% trở lên được điểm tối đa).`;
    }
    case 'steps': {
      const unit = spec.method.type === 'steps' ? spec.method.unit : '';
      const parts = method.steps.map((s, i) => {
        const above = i === 0 ? undefined : method.steps[i - 1]?.atLeast;
        const range =
          above === undefined
            ? `từ ${s.atLeast} ${unit} trở lên`
            : above === s.atLeast + 1
              ? `${s.atLeast} ${unit}`
              : `từ ${s.atLeast} đến dưới ${above} ${unit}`;
        return `${range}: ${vn(s.points)} điểm`;
      });
      const lowest = method.steps[method.steps.length - 1]?.atLeast ?? 0;
      return `${cap(parts.join('; '))}; dưới ${lowest} ${unit}: 0 điểm.`;
    }
    case 'choice':
      return `${method.options.map((o) => `${o.label}: ${vn(round2(o.fraction * max))} điểm`).join('; ')}.`;
    case 'parts':
      return `Cộng điểm các phần đạt được: ${method.parts
        .map((p) => `${label(spec, p.input)}: ${vn(round2(p.fraction * max))} điểm`)
        .join('; ')}.`;
    case 'count': {
      const unit = spec.method.type === 'count' ? spec.method.unit : '';
      return `Mỗi ${unit} được ${vn(method.pointsEach)} điểm, tối đa ${vn(max)} điểm.`;
    }
    case 'relative':
      return `Điểm = giá trị của đơn vị / giá trị cao nhất trong nhóm xếp hạng × ${vn(max)}; giá trị cao nhất bằng 0 thì 0 điểm.`;
    case 'manual':
      return `Hội đồng thẩm định chấm trực tiếp từ 0 đến ${vn(max)} điểm trên cơ sở điểm đơn vị đề xuất và minh chứng.`;
    case 'none':
      return 'Thu thập thông tin, không tính điểm.';
  }
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

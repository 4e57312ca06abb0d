/**
 * Validation of a values file (scoring-io.md, "Values in") against a framework: the whole file is
 * rejected with every problem listed (unit, sub-index, input, Vietnamese reason, English code).
 */
import type { Problem, ProblemCode } from '../errors/problem';
import type { Framework, InputDef, SubIndex } from '../framework/framework-types';
import { planSet } from './set-plan';
import type { InputValue, UnitInput, ValuesInput } from './values-types';

/** Outcome of validating values: the typed input, or every problem found. */
export type ValuesValidation = { ok: true; input: ValuesInput } | { ok: false; problems: Problem[] };

interface Where {
  unit?: string;
  subIndex?: string;
  input?: string;
}

/** Validates a parsed values file against a framework. */
export function validateValues(framework: Framework, raw: unknown): ValuesValidation {
  const problems: Problem[] = [];
  const report = (where: Where, code: ProblemCode, message: string): void => {
    const path = [
      where.unit && `đơn vị ${where.unit}`,
      where.subIndex && `chỉ số ${where.subIndex}`,
      where.input,
    ]
      .filter(Boolean)
      .join(' / ');
    problems.push({ path: path || '$', code, message, ...where });
  };
  if (!isRecord(raw)) {
    report({}, 'VAL_PARSE', 'Tệp giá trị phải là một đối tượng JSON có framework, set và units.');
    return { ok: false, problems };
  }
  if (raw.framework !== framework.id) {
    report(
      {},
      'VAL_FRAMEWORK',
      `Tệp giá trị dành cho bộ chỉ số "${String(raw.framework)}", không phải "${framework.id}".`,
    );
  }
  const plan = typeof raw.set === 'string' ? planSet(framework, raw.set) : undefined;
  if (!plan) {
    const known = framework.sets.map((s) => s.id).join(', ');
    report({}, 'VAL_SET', `Bộ chỉ số "${String(raw.set)}" không có trong ${framework.id} (có: ${known}).`);
  }
  if (!Array.isArray(raw.units)) {
    report({}, 'VAL_PARSE', 'Trường "units" phải là danh sách đơn vị.');
    return { ok: false, problems };
  }
  const seen = new Set<string>();
  raw.units.forEach((unit: unknown, i) => {
    if (!isRecord(unit)) {
      report({ unit: `#${i + 1}` }, 'VAL_UNIT', 'Mỗi đơn vị phải là một đối tượng có code, name và values.');
      return;
    }
    const code = typeof unit.code === 'string' && unit.code.trim() !== '' ? unit.code : `#${i + 1}`;
    if (code.startsWith('#')) report({ unit: code }, 'VAL_UNIT', 'Thiếu mã đơn vị (code).');
    if (typeof unit.name !== 'string' || unit.name.trim() === '')
      report({ unit: code }, 'VAL_UNIT', 'Thiếu tên đơn vị (name).');
    if (unit.group !== undefined && typeof unit.group !== 'string') {
      report({ unit: code }, 'VAL_UNIT', 'Nhóm xếp hạng (group) phải là chuỗi ký tự.');
    }
    if (seen.has(code))
      report({ unit: code }, 'VAL_DUPLICATE_UNIT', `Mã đơn vị "${code}" xuất hiện nhiều lần.`);
    seen.add(code);
    if (unit.values === undefined) return;
    if (!isRecord(unit.values)) {
      report({ unit: code }, 'VAL_TYPE', 'Trường "values" phải là đối tượng theo mã chỉ số thành phần.');
      return;
    }
    if (!plan) return;
    for (const [subCode, subValues] of Object.entries(unit.values)) {
      const planned = plan.subsByCode.get(subCode);
      const where = { unit: code, subIndex: subCode };
      if (!planned) {
        report(
          where,
          'VAL_UNKNOWN_SUB_INDEX',
          `Chỉ số thành phần "${subCode}" không có trong bộ ${plan.set.id}.`,
        );
      } else if (!isRecord(subValues)) {
        report(where, 'VAL_TYPE', 'Giá trị của một chỉ số thành phần phải là đối tượng theo mã đầu vào.');
      } else {
        checkSubValues(planned.sub, planned.inputs, subValues, where, report);
      }
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, input: normalizeValues(raw as unknown as ValuesInput) };
}

/** Drops null values and gives every unit a `values` object, so scoring needs no checks. */
function normalizeValues(input: ValuesInput): ValuesInput {
  const units = input.units.map((unit): UnitInput => {
    const values = unit.values ?? {};
    let copy: Record<string, Record<string, InputValue>> | undefined;
    for (const code in values) {
      const subValues = values[code]!;
      if (!hasNull(subValues)) continue;
      copy ??= { ...values };
      const kept: Record<string, InputValue> = {};
      for (const key in subValues)
        if (subValues[key] !== null && subValues[key] !== undefined) kept[key] = subValues[key];
      copy[code] = kept;
    }
    const out: UnitInput = { code: unit.code, name: unit.name, values: copy ?? values };
    if (unit.group !== undefined) out.group = unit.group;
    return out;
  });
  return { framework: input.framework, set: input.set, units };
}

function hasNull(values: Record<string, unknown>): boolean {
  for (const key in values) if (values[key] === null || values[key] === undefined) return true;
  return false;
}

type Report = (where: Where, code: ProblemCode, message: string) => void;

function checkSubValues(
  sub: SubIndex,
  inputs: ReadonlyMap<string, InputDef>,
  values: Record<string, unknown>,
  where: Where,
  report: Report,
): void {
  const method = sub.method;
  const at = (key: string): Where => ({ ...where, input: key });
  for (const key in values) {
    const value = values[key];
    if (value === null || value === undefined) continue;
    if (method.type === 'manual' && key === 'points') {
      if (typeof value !== 'number' || !Number.isFinite(value))
        report(at(key), 'VAL_TYPE', 'Điểm phải là một số.');
      else if (value < 0) report(at(key), 'VAL_RANGE', 'Điểm không được âm.');
      else if (value > sub.maxPoints) {
        report(
          at(key),
          'VAL_MANUAL_ABOVE_MAX',
          `Điểm ${value} vượt điểm tối đa ${sub.maxPoints} của chỉ số.`,
        );
      }
      continue;
    }
    const input = inputs.get(key);
    if (!input) {
      const known =
        [...inputs.keys(), ...(method.type === 'manual' ? ['points'] : [])].join(', ') || '(không có)';
      report(at(key), 'VAL_UNKNOWN_INPUT', `Chỉ số ${sub.code} không có đầu vào "${key}" (có: ${known}).`);
      continue;
    }
    const problem = checkInputValue(input, value, method.type === 'choice' ? method.options : undefined);
    if (problem) report(at(key), problem[0], problem[1]);
  }
  if (method.type === 'ratio') {
    const a = values[method.numerator];
    const b = values[method.denominator];
    const hasA = a !== undefined && a !== null;
    const hasB = b !== undefined && b !== null;
    if (hasA !== hasB) {
      const absent = hasA ? method.denominator : method.numerator;
      report(at(absent), 'VAL_INCOMPLETE', `Thiếu "${absent}": tỉ lệ cần cả tử số và mẫu số.`);
    } else if (typeof a === 'number' && typeof b === 'number' && a > b && !method.allowAboveOne) {
      report(
        at(method.numerator),
        'VAL_RATIO_ABOVE_ONE',
        `Tử số (${a}) lớn hơn mẫu số (${b}): số được đếm không thể vượt tổng số.`,
      );
    }
  }
}

/** The problem with one input value, if any: [code, Vietnamese message]. */
function checkInputValue(
  input: InputDef,
  value: unknown,
  options: readonly { value: string }[] | undefined,
): [ProblemCode, string] | undefined {
  switch (input.type) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : ['VAL_TYPE', 'Cần giá trị có/không (true/false).'];
    case 'text':
      return typeof value === 'string' ? undefined : ['VAL_TYPE', 'Cần một chuỗi ký tự.'];
    case 'choice':
      if (typeof value === 'string' && options?.some((o) => o.value === value)) return undefined;
      return [
        'VAL_CHOICE',
        `Lựa chọn "${String(value)}" không hợp lệ (có: ${(options ?? []).map((o) => o.value).join(', ')}).`,
      ];
    case 'integer':
    case 'number':
    case 'percent': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return ['VAL_TYPE', 'Cần một số.'];
      if (input.type === 'integer' && !Number.isInteger(value)) return ['VAL_TYPE', 'Cần một số nguyên.'];
      const min = input.min ?? (input.type === 'percent' ? 0 : undefined);
      const max = input.max ?? (input.type === 'percent' ? 100 : undefined);
      if (min !== undefined && value < min)
        return ['VAL_RANGE', `Giá trị ${value} nhỏ hơn mức tối thiểu ${min}.`];
      if (max !== undefined && value > max)
        return ['VAL_RANGE', `Giá trị ${value} lớn hơn mức tối đa ${max}.`];
      if (min === undefined && value < 0) return ['VAL_RANGE', `Giá trị ${value} không được âm.`];
      return undefined;
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

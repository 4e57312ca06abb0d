/**
 * Rules of a framework that span fields (framework-format.md, "Validation of a framework"). They
 * run on the raw parsed file, guarding every access, so that they report their problems even when
 * other parts of the file have structural errors: every problem is reported at once.
 */
import type { Problem, ProblemCode } from '../errors/problem';
import { formatJsonPath } from './json-path';

type Path = (string | number)[];
type Raw = Record<string, unknown>;

const SUM_TOLERANCE = 1e-9;
const NUMERIC_INPUTS = new Set(['integer', 'number', 'percent']);

/** Checks the cross-field rules of a framework file and returns every problem found. */
export function checkFrameworkRules(raw: unknown): Problem[] {
  const problems: Problem[] = [];
  const report = (path: Path, code: ProblemCode, message: string): void => {
    problems.push({ path: formatJsonPath(path), code, message });
  };
  if (!isObject(raw)) return problems;
  checkLevels(raw.levels, report);
  const sets = objects(raw.sets);
  checkUnique(sets, 'id', ['sets'], 'bộ chỉ số', report);
  for (const [s, set] of sets) checkSet(set, ['sets', s], report);
  return problems;
}

type Report = (path: Path, code: ProblemCode, message: string) => void;

function checkLevels(levels: unknown, report: Report): void {
  const list = objects(levels);
  checkUnique(list, 'code', ['levels'], 'mức độ', report);
  let previous = Infinity;
  list.forEach(([i, level], position) => {
    const above = level.abovePercent;
    const isLast = position === list.length - 1;
    if (isLast && above !== null) {
      report(
        ['levels', i, 'abovePercent'],
        'FW_LEVELS_ORDER',
        'Mức độ cuối cùng phải có abovePercent = null.',
      );
    }
    if (!isLast && above === null) {
      report(
        ['levels', i, 'abovePercent'],
        'FW_LEVELS_ORDER',
        'Chỉ mức độ cuối cùng được có abovePercent = null.',
      );
    }
    if (typeof above === 'number') {
      if (above >= previous) {
        report(
          ['levels', i, 'abovePercent'],
          'FW_LEVELS_ORDER',
          `Các mức độ phải xếp theo abovePercent giảm dần (${above} không nhỏ hơn ${previous}).`,
        );
      }
      previous = above;
    }
  });
}

function checkSet(set: Raw, path: Path, report: Report): void {
  const pillars = new Set(objects(set.pillars).map(([, p]) => p.code));
  checkUnique(objects(set.pillars), 'code', [...path, 'pillars'], 'trụ cột', report);
  const indices = objects(set.indices);
  checkUnique(indices, 'code', [...path, 'indices'], 'chỉ số chính', report);
  const allSubs: [number, Raw, Path][] = [];
  for (const [i, index] of indices) {
    const indexPath = [...path, 'indices', i];
    const pillarList = Array.isArray(index.pillars) ? (index.pillars as unknown[]) : [];
    pillarList.forEach((p, k) => {
      if (typeof p === 'string' && !pillars.has(p)) {
        report(
          [...indexPath, 'pillars', k],
          'FW_UNKNOWN_PILLAR',
          `Trụ cột "${p}" không được khai báo trong bộ chỉ số.`,
        );
      }
    });
    const subs = objects(index.subIndices);
    for (const [j, sub] of subs) {
      allSubs.push([j, sub, [...indexPath, 'subIndices', j]]);
      checkSubIndex(sub, [...indexPath, 'subIndices', j], report);
    }
    checkSum(
      index.maxPoints,
      subs,
      indexPath,
      `chỉ số chính ${String(index.code)}`,
      'chỉ số thành phần',
      report,
    );
  }
  checkSum(set.maxPoints, indices, path, `bộ chỉ số ${String(set.id)}`, 'chỉ số chính', report);
  const seen = new Map<unknown, Path>();
  for (const [, sub, subPath] of allSubs) {
    if (typeof sub.code !== 'string') continue;
    const first = seen.get(sub.code);
    if (first) {
      report(
        [...subPath, 'code'],
        'FW_DUPLICATE',
        `Mã chỉ số thành phần "${sub.code}" bị trùng (đã có tại ${formatJsonPath(first)}).`,
      );
    } else seen.set(sub.code, subPath);
  }
}

function checkSum(
  total: unknown,
  parts: [number, Raw][],
  path: Path,
  whole: string,
  partName: string,
  report: Report,
): void {
  if (typeof total !== 'number') return;
  const values = parts.map(([, p]) => p.maxPoints);
  if (!values.every((v): v is number => typeof v === 'number')) return;
  const sum = values.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - total) > SUM_TOLERANCE) {
    report(
      [...path, 'maxPoints'],
      'FW_SUM_MISMATCH',
      `Tổng điểm tối đa của các ${partName} (${formatPoints(sum)}) khác điểm tối đa của ${whole} (${formatPoints(total)}).`,
    );
  }
}

function checkSubIndex(sub: Raw, path: Path, report: Report): void {
  const inputs = objects(sub.inputs);
  checkUnique(inputs, 'key', [...path, 'inputs'], 'đầu vào', report);
  const declared = new Map(inputs.map(([k, input]) => [input.key, { type: input.type, at: k }]));
  for (const [k, input] of inputs) {
    if (typeof input.min === 'number' && typeof input.max === 'number' && input.min > input.max) {
      report(
        [...path, 'inputs', k, 'min'],
        'FW_RANGE',
        `Giá trị nhỏ nhất (${input.min}) lớn hơn giá trị lớn nhất (${input.max}).`,
      );
    }
  }
  const method = sub.method;
  if (!isObject(method) || typeof method.type !== 'string') return;
  const max = typeof sub.maxPoints === 'number' ? sub.maxPoints : undefined;
  const methodPath = [...path, 'method'];
  const used = new Set<unknown>();
  const need = (key: unknown, field: Path, allowed: ReadonlySet<unknown>, kind: string): void => {
    used.add(key);
    if (typeof key !== 'string') return;
    const input = declared.get(key);
    if (!input) {
      report(
        [...methodPath, ...field],
        'FW_UNKNOWN_INPUT',
        `Phương pháp tính dùng đầu vào "${key}" chưa được khai báo trong inputs.`,
      );
    } else if (!allowed.has(input.type)) {
      report(
        [...path, 'inputs', input.at, 'type'],
        'FW_INPUT_TYPE',
        `Đầu vào "${key}" có kiểu "${String(input.type)}", phương pháp "${String(method.type)}" cần ${kind}.`,
      );
    }
  };
  const numeric = 'kiểu số (integer, number hoặc percent)';
  switch (method.type) {
    case 'boolean':
      need(method.input, ['input'], new Set(['boolean']), 'kiểu boolean');
      break;
    case 'ratio':
      need(method.numerator, ['numerator'], NUMERIC_INPUTS, numeric);
      need(method.denominator, ['denominator'], NUMERIC_INPUTS, numeric);
      break;
    case 'percent':
      need(method.input, ['input'], new Set(['percent', 'number']), 'kiểu percent');
      break;
    case 'steps':
      need(method.input, ['input'], NUMERIC_INPUTS, numeric);
      checkSteps(method.steps, max, [...methodPath, 'steps'], report);
      break;
    case 'choice':
      need(method.input, ['input'], new Set(['choice']), 'kiểu choice');
      checkChoice(method.options, [...methodPath, 'options'], report);
      break;
    case 'parts':
      for (const [k, part] of objects(method.parts)) {
        need(part.input, ['parts', k, 'input'], new Set(['boolean']), 'kiểu boolean');
      }
      checkParts(method.parts, [...methodPath, 'parts'], report);
      break;
    case 'count':
    case 'relative':
      need(method.input, ['input'], NUMERIC_INPUTS, numeric);
      break;
    case 'none':
      if (max !== undefined && max !== 0) {
        report(
          [...path, 'maxPoints'],
          'FW_NONE_POINTS',
          'Chỉ số thành phần chỉ thu thập, không chấm điểm (none) phải có điểm tối đa bằng 0.',
        );
      }
      return;
    case 'manual':
      return;
    default:
      return;
  }
  for (const [k, input] of inputs) {
    if (!used.has(input.key)) {
      report(
        [...path, 'inputs', k],
        'FW_UNUSED_INPUT',
        `Đầu vào "${String(input.key)}" được khai báo nhưng phương pháp tính không dùng.`,
      );
    }
  }
}

function checkSteps(steps: unknown, max: number | undefined, path: Path, report: Report): void {
  let previous = Infinity;
  for (const [k, step] of objects(steps)) {
    if (typeof step.atLeast === 'number') {
      if (step.atLeast >= previous) {
        report(
          [...path, k, 'atLeast'],
          'FW_STEPS_ORDER',
          `Các bậc phải có atLeast giảm dần nghiêm ngặt (${step.atLeast} sau ${previous}).`,
        );
      }
      previous = step.atLeast;
    }
    if (typeof step.points === 'number' && max !== undefined && step.points > max) {
      report(
        [...path, k, 'points'],
        'FW_STEPS_ABOVE_MAX',
        `Điểm của bậc (${formatPoints(step.points)}) vượt điểm tối đa (${formatPoints(max)}).`,
      );
    }
  }
}

function checkChoice(options: unknown, path: Path, report: Report): void {
  const list = objects(options);
  checkUnique(list, 'value', path, 'lựa chọn', report);
  for (const [k, option] of list) checkFraction(option.fraction, [...path, k, 'fraction'], report);
}

function checkParts(parts: unknown, path: Path, report: Report): void {
  const list = objects(parts);
  let sum = 0;
  let complete = true;
  for (const [k, part] of list) {
    checkFraction(part.fraction, [...path, k, 'fraction'], report);
    if (typeof part.fraction === 'number') sum += part.fraction;
    else complete = false;
  }
  if (complete && list.length > 0 && Math.abs(sum - 1) > SUM_TOLERANCE) {
    report(path, 'FW_PARTS_SUM', `Tổng tỉ lệ các phần phải bằng 1 (đang là ${formatPoints(sum)}).`);
  }
}

function checkFraction(value: unknown, path: Path, report: Report): void {
  if (typeof value === 'number' && (value < 0 || value > 1)) {
    report(path, 'FW_FRACTION_RANGE', `Tỉ lệ phải nằm trong khoảng [0, 1] (đang là ${value}).`);
  }
}

function checkUnique(list: [number, Raw][], field: string, path: Path, what: string, report: Report): void {
  const seen = new Map<unknown, number>();
  for (const [i, item] of list) {
    const value = item[field];
    if (typeof value !== 'string') continue;
    const first = seen.get(value);
    if (first !== undefined) {
      report(
        [...path, i, field],
        'FW_DUPLICATE',
        `Mã ${what} "${value}" bị trùng (đã có tại vị trí ${first + 1}).`,
      );
    } else seen.set(value, i);
  }
}

function formatPoints(n: number): string {
  return String(Math.round(n * 1e9) / 1e9);
}

function isObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object elements of an array, with their positions; anything else gives none. */
function objects(value: unknown): [number, Raw][] {
  if (!Array.isArray(value)) return [];
  const out: [number, Raw][] = [];
  value.forEach((item, i) => {
    if (isObject(item)) out.push([i, item]);
  });
  return out;
}

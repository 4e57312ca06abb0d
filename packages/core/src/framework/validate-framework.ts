/**
 * Validation of a framework file: structure (Zod schema) and cross-field rules, every problem at
 * once, each with its JSON path, a code and a Vietnamese message.
 */
import type { z } from 'zod';
import type { Problem } from '../errors/problem';
import { frameworkSchema } from './framework-schema';
import { checkFrameworkRules } from './framework-rules';
import type { Framework } from './framework-types';
import { formatJsonPath } from './json-path';

/** Outcome of validating a framework: the typed framework, or every problem found. */
export type FrameworkValidation = { ok: true; framework: Framework } | { ok: false; problems: Problem[] };

/** Validates a parsed framework file (format v1) and reports every problem at once. */
export function validateFramework(raw: unknown): FrameworkValidation {
  const parsed = frameworkSchema.safeParse(raw, { reportInput: true });
  const problems = parsed.success ? [] : parsed.error.issues.flatMap(describeIssue);
  problems.push(...checkFrameworkRules(raw));
  if (problems.length > 0 || !parsed.success) return { ok: false, problems: sortProblems(problems) };
  const { $schema: _ignored, ...framework } = parsed.data;
  return { ok: true, framework: framework as Framework };
}

const TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  boolean: 'true/false',
  array: 'danh sách',
  object: 'đối tượng',
  null: 'null',
};

function describeIssue(issue: z.core.$ZodIssue): Problem[] {
  const path = formatJsonPath(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) {
        return [{ path, code: 'FW_REQUIRED', message: 'Thiếu trường bắt buộc.' }];
      }
      return [
        {
          path,
          code: 'FW_TYPE',
          message: `Sai kiểu dữ liệu: cần ${TYPE_NAMES[issue.expected] ?? issue.expected}.`,
        },
      ];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: formatJsonPath([...issue.path, key]),
        code: 'FW_UNKNOWN_FIELD' as const,
        message: `Trường "${key}" không có trong định dạng v1 (gõ nhầm tên trường?).`,
      }));
    case 'invalid_value':
      if (issue.path.length === 1 && issue.path[0] === 'formatVersion') {
        return [{ path, code: 'FW_FORMAT_VERSION', message: 'Chỉ hỗ trợ định dạng formatVersion = 1.' }];
      }
      return [
        {
          path,
          code: 'FW_TYPE',
          message: `Giá trị không hợp lệ; chấp nhận: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`,
        },
      ];
    case 'invalid_union':
      return [{ path, code: 'FW_TYPE', message: describeUnion(issue) }];
    case 'too_small':
      return [
        {
          path,
          code: 'FW_RANGE',
          message: describeBound('nhỏ nhất', issue.minimum, issue.inclusive, issue.origin),
        },
      ];
    case 'too_big':
      return [
        {
          path,
          code: 'FW_RANGE',
          message: describeBound('lớn nhất', issue.maximum, issue.inclusive, issue.origin),
        },
      ];
    case 'invalid_format':
      return [
        {
          path,
          code: 'FW_TYPE',
          message: `Sai định dạng (${issue.format === 'date' ? 'ngày dạng yyyy-mm-dd' : issue.format}).`,
        },
      ];
    case 'not_multiple_of':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
      return [{ path, code: 'FW_TYPE', message: 'Giá trị không hợp lệ.' }];
  }
}

function describeUnion(issue: z.core.$ZodIssueInvalidUnion): string {
  if (issue.discriminator === 'type') {
    return 'Phương pháp tính (method.type) phải là một trong: boolean, ratio, percent, steps, choice, parts, count, relative, manual, none.';
  }
  return 'Giá trị không khớp với dạng nào được chấp nhận.';
}

function describeBound(
  which: string,
  bound: number | bigint,
  inclusive: boolean | undefined,
  origin: string,
): string {
  if (origin === 'array') return `Danh sách phải có ít nhất ${bound} phần tử.`;
  if (origin === 'string') return 'Không được để trống.';
  return `Giá trị ${which} cho phép là ${bound}${inclusive === false ? ' (không tính bằng)' : ''}.`;
}

function sortProblems(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}|${p.code}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

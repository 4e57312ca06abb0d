// Reading a filled data-entry template back: all or nothing, every problem with its sheet, cell and
// Vietnamese reason. The hidden sheet says which unit, period and framework the file is for.
import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import { foldVietnamese, validateValues, type InputDef, type InputValue, type SubIndex } from '@dti/core';
import { cellNumber, cellText, plainCell, type PlainCell } from './cell-value';
import {
  cellPath,
  choiceOptionsOf,
  ENTRY_COLUMNS,
  ENTRY_SHEET,
  entryInputsOf,
  MAP_COLUMNS,
  MAP_HEADER_ROW,
  META_KEYS,
  META_SHEET,
  NO,
  TEMPLATE_KIND,
  TEMPLATE_VERSION,
  YES,
  type MetaKey,
  type ValuesTemplateExpected,
  type ValuesTemplateProblem,
  type ValuesTemplateProblemCode,
  type ValuesTemplateResult,
} from './values-template-layout';

type Values = Record<string, Record<string, InputValue>>;

/** Reads a filled template made for `expected` (framework, set, unit, year). */
export async function readValuesTemplate(
  bytes: Uint8Array,
  expected: ValuesTemplateExpected,
): Promise<ValuesTemplateResult> {
  const fail = (path: string, code: ValuesTemplateProblemCode, message: string): ValuesTemplateResult => ({
    ok: false,
    problems: [{ path, code, message }],
  });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return fail('Tệp', 'TEMPLATE_UNREADABLE', 'Không đọc được tệp: cần tệp Excel (.xlsx) tải từ hệ thống.');
  }
  const metaSheet = workbook.getWorksheet(META_SHEET);
  const entry = workbook.getWorksheet(ENTRY_SHEET);
  const meta = metaSheet ? readMeta(metaSheet) : undefined;
  if (!metaSheet || !meta || meta.template !== TEMPLATE_KIND) {
    return fail(
      `Sheet ${META_SHEET}`,
      'TEMPLATE_UNREADABLE',
      `Không đọc được trang ẩn "${META_SHEET}" nhận diện phiếu: hãy dùng phiếu nhập liệu tải từ hệ thống.`,
    );
  }
  if (meta.version !== TEMPLATE_VERSION) {
    return fail(
      cellPath(META_SHEET, 'B2'),
      'TEMPLATE_VERSION',
      `Phiếu mẫu phiên bản ${meta.version ?? '?'} không còn dùng được (hiện là ${TEMPLATE_VERSION}): hãy tải phiếu mới.`,
    );
  }
  const mismatch = describeMismatch(meta, expected);
  if (mismatch) return fail(`Sheet ${META_SHEET}`, 'TEMPLATE_MISMATCH', mismatch);
  if (!entry) {
    return fail(`Sheet ${ENTRY_SHEET}`, 'TEMPLATE_UNREADABLE', `Không tìm thấy trang "${ENTRY_SHEET}".`);
  }
  const set = expected.framework.sets.find((s) => s.id === expected.set);
  const subs = new Map((set?.indices ?? []).flatMap((i) => i.subIndices).map((s) => [s.code, s]));

  const problems: ValuesTemplateProblem[] = [];
  const values: Values = {};
  const cells = new Map<string, string>();
  const failed = new Set<string>();
  for (let r = MAP_HEADER_ROW + 1; r <= metaSheet.rowCount; r++) {
    const row = metaSheet.getRow(r);
    const at = Number(cellText(plainCell(row.getCell(MAP_COLUMNS.row).value)));
    const subCode = cellText(plainCell(row.getCell(MAP_COLUMNS.subIndex).value));
    const key = cellText(plainCell(row.getCell(MAP_COLUMNS.input).value));
    if (subCode === undefined || key === undefined) continue;
    const sub = subs.get(subCode);
    const input = sub && entryInputsOf(sub).find((i) => i.key === key);
    if (!sub || !input || !Number.isInteger(at) || at < 1) {
      return fail(
        cellPath(META_SHEET, `B${r}`),
        'TEMPLATE_MISMATCH',
        `Phiếu có chỉ số "${subCode}/${key}" không còn trong bộ chỉ số ${expected.framework.id}: hãy tải phiếu mới.`,
      );
    }
    const cell = entry.getRow(at).getCell(ENTRY_COLUMNS.value);
    const address = cellPath(ENTRY_SHEET, cell.address);
    cells.set(`${subCode}/${key}`, address);
    const read = readInput(sub, input, plainCell(cell.value), cell.numFmt);
    if (read === undefined) continue;
    if ('problem' in read) {
      failed.add(subCode);
      problems.push({
        path: address,
        code: read.problem[0],
        message: read.problem[1],
        subIndex: subCode,
        input: key,
      });
      continue;
    }
    (values[subCode] ??= {})[key] = read.value;
  }
  const checked = validateValues(expected.framework, {
    framework: expected.framework.id,
    set: expected.set,
    units: [{ code: expected.unit, name: meta.unitName ?? expected.unit, values }],
  });
  if (!checked.ok) {
    for (const p of checked.problems) {
      if (p.subIndex !== undefined && failed.has(p.subIndex)) continue;
      const address = cells.get(`${p.subIndex}/${p.input}`) ?? `Sheet ${ENTRY_SHEET}`;
      const problem: ValuesTemplateProblem = {
        path: address,
        code: p.code as ValuesTemplateProblemCode,
        message: p.message,
      };
      if (p.subIndex !== undefined) problem.subIndex = p.subIndex;
      if (p.input !== undefined) problem.input = p.input;
      problems.push(problem);
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    unit: expected.unit,
    year: expected.year,
    framework: expected.framework.id,
    set: expected.set,
    values,
  };
}

function readMeta(sheet: Worksheet): Partial<Record<MetaKey, string>> | undefined {
  const out: Partial<Record<MetaKey, string>> = {};
  META_KEYS.forEach((key, i) => {
    const row = sheet.getRow(i + 1);
    if (cellText(plainCell(row.getCell(1).value)) !== key) return;
    const value = cellText(plainCell(row.getCell(2).value));
    if (value !== undefined) out[key] = value;
  });
  return Object.keys(out).length === 0 ? undefined : out;
}

function describeMismatch(
  meta: Partial<Record<MetaKey, string>>,
  expected: ValuesTemplateExpected,
): string | undefined {
  const differences: string[] = [];
  if (meta.unit !== expected.unit) {
    differences.push(
      `đơn vị ${meta.unit ?? '?'}${meta.unitName ? ` (${meta.unitName})` : ''} thay vì ${expected.unit}`,
    );
  }
  if (meta.year !== String(expected.year))
    differences.push(`năm ${meta.year ?? '?'} thay vì ${expected.year}`);
  if (meta.framework !== expected.framework.id) {
    differences.push(`bộ chỉ số ${meta.framework ?? '?'} thay vì ${expected.framework.id}`);
  }
  if (meta.set !== expected.set) differences.push(`nhóm chỉ số ${meta.set ?? '?'} thay vì ${expected.set}`);
  if (differences.length === 0) return undefined;
  return `Phiếu này không dành cho kỳ nhập liệu đang mở: ${differences.join('; ')}. Hãy nộp đúng phiếu của đơn vị và năm đánh giá.`;
}

type Read = { value: InputValue } | { problem: [ValuesTemplateProblemCode, string] } | undefined;

/** A cell as the input's type: Có/Không → boolean, an option label → its value, text → number. */
function readInput(sub: SubIndex, input: InputDef, cell: PlainCell, numFmt: string | undefined): Read {
  if (cell.kind === 'empty') return undefined;
  switch (input.type) {
    case 'boolean': {
      if (cell.kind === 'boolean') return { value: cell.value };
      const text = foldVietnamese(cellText(cell) ?? '').trim();
      if (text === foldVietnamese(YES)) return { value: true };
      if (text === foldVietnamese(NO)) return { value: false };
      return { problem: ['VAL_TYPE', `"${cellText(cell)}" không hợp lệ: chỉ chọn "${YES}" hoặc "${NO}".`] };
    }
    case 'choice': {
      const options = choiceOptionsOf(sub, input);
      const text = cellText(cell) ?? '';
      const wanted = foldVietnamese(text).trim();
      const option =
        options.find((o) => o.label.trim() === text.trim()) ??
        options.find((o) => foldVietnamese(o.label).trim() === wanted) ??
        options.find((o) => o.value === text.trim());
      if (option) return { value: option.value };
      return {
        problem: [
          'VAL_CHOICE',
          `"${text}" không có trong danh sách: ${options.map((o) => o.label).join('; ')}.`,
        ],
      };
    }
    case 'text':
      return { value: (cellText(cell) ?? '').trim() };
    case 'integer':
    case 'number':
    case 'percent': {
      const percentText = cell.kind === 'text' && /%\s*$/.test(cell.text);
      const number = percentText
        ? cellNumber({ kind: 'text', text: cell.text.replace(/%\s*$/, '') })
        : cellNumber(cell);
      if (number === null || number === undefined) {
        return { problem: ['VAL_TYPE', `"${cellText(cell)}" không phải là số.`] };
      }
      // A percent typed as 85% is stored as 0.85 with a percent format.
      const scaled =
        input.type === 'percent' && !percentText && numFmt?.includes('%') ? number * 100 : number;
      const value = Math.round(scaled * 1e9) / 1e9;
      if (input.type === 'integer' && !Number.isInteger(value)) {
        return { problem: ['VAL_TYPE', `${cellText(cell)} không phải là số nguyên.`] };
      }
      return { value };
    }
  }
}

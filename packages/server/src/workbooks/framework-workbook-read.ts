// Reading a framework workbook written by `writeFrameworkWorkbook` (and possibly edited in Excel or
// LibreOffice) back into a raw framework object, reporting every problem with sheet, row and column.
import ExcelJS from 'exceljs';
import type { Row, Worksheet } from 'exceljs';
import type { Problem, ProblemCode } from '@dti/core';
import { cellNumber, cellText, plainCell, type PlainCell } from './cell-value';
import {
  decodeList,
  decodePillars,
  INFO_MARKER_COLUMN,
  INFO_SHEET,
  LEVEL_HEADERS,
  MACHINE_COLUMNS,
  META_ROWS,
  type MetaKey,
  parseJson,
  ROW_KINDS,
  SET_HEADERS,
  VISIBLE_COLUMNS,
} from './framework-workbook-layout';

/** Outcome of reading a framework workbook: the raw framework (to validate), or every problem. */
export type FrameworkWorkbookResult = { ok: true; raw: unknown } | { ok: false; problems: Problem[] };

type Raw = Record<string, unknown>;

/** Collects problems with the `Sheet …, hàng …, cột …` location users can find in their software. */
class ProblemList {
  readonly items: Problem[] = [];
  add(path: string, code: ProblemCode, message: string): void {
    this.items.push({ path, code, message });
  }
}

/** A cell of a sheet, addressed for messages by its column header. */
class CellReader {
  constructor(
    private readonly sheet: string,
    private readonly row: Row,
    private readonly problems: ProblemList,
  ) {}

  path(column: string): string {
    return `Sheet ${this.sheet}, hàng ${this.row.number}, cột ${column}`;
  }

  cell(column: number | undefined): PlainCell {
    return column === undefined ? { kind: 'empty' } : plainCell(this.row.getCell(column).value);
  }

  /** Text of an optional cell, exactly as written (`undefined` when empty). */
  text(column: number | undefined): string | undefined {
    return cellText(this.cell(column));
  }

  /** Text of a required cell; a problem when empty. */
  required(column: number | undefined, header: string, trim = false): string | undefined {
    const text = this.text(column);
    if (text === undefined) {
      this.problems.add(this.path(header), 'FW_REQUIRED', `Ô "${header}" không được để trống.`);
      return undefined;
    }
    return trim ? text.trim() : text;
  }

  /** A number (numeric cell or number written as text); a problem when it is something else. */
  number(column: number | undefined, header: string, required: boolean): number | undefined {
    const value = cellNumber(this.cell(column));
    if (value === null) {
      const shown = this.text(column) ?? '';
      this.problems.add(this.path(header), 'FW_TYPE', `Ô "${header}" phải là một số, đang là "${shown}".`);
      return undefined;
    }
    if (value === undefined && required) {
      this.problems.add(this.path(header), 'FW_REQUIRED', `Ô "${header}" không được để trống.`);
    }
    return value;
  }

  /** A list of codes (`a, b` or JSON); `undefined` when empty. */
  list(column: number | undefined, header: string): string[] | undefined {
    const text = this.text(column);
    if (text === undefined) return undefined;
    const list = decodeList(text);
    if (list === null) {
      this.problems.add(
        this.path(header),
        'FW_TYPE',
        `Ô "${header}" phải là danh sách mã cách nhau bởi dấu phẩy.`,
      );
      return undefined;
    }
    return list;
  }

  /** A JSON cell that must hold an array or an object. */
  json(column: number | undefined, header: string, shape: 'array' | 'object'): unknown {
    const text = this.required(column, header);
    if (text === undefined) return undefined;
    const value = parseJson(text);
    if (value === undefined) {
      this.problems.add(this.path(header), 'FW_PARSE', `Ô "${header}" không phải JSON hợp lệ.`);
      return undefined;
    }
    const isArray = Array.isArray(value);
    const ok = shape === 'array' ? isArray : typeof value === 'object' && value !== null && !isArray;
    if (!ok) {
      const expected = shape === 'array' ? 'một danh sách JSON ([…])' : 'một đối tượng JSON ({…})';
      this.problems.add(this.path(header), 'FW_TYPE', `Ô "${header}" phải là ${expected}.`);
      return undefined;
    }
    return value;
  }
}

/**
 * Reads a framework workbook back into the raw framework object, to be checked by core's
 * `validateFramework`. Every problem of the workbook (missing sheets or columns, empty required cells,
 * text where a number belongs, broken JSON) is reported at once with sheet, row and column.
 */
export async function readFrameworkWorkbook(bytes: Buffer | Uint8Array): Promise<FrameworkWorkbookResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    const buffer = Buffer.isBuffer(bytes)
      ? bytes
      : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    await workbook.xlsx.load(buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ path: '$', code: 'FW_PARSE', message: `Không đọc được tệp Excel: ${detail}` }],
    };
  }

  const problems = new ProblemList();
  const info = findSheet(workbook, INFO_SHEET);
  if (!info) {
    problems.add(`Sheet ${INFO_SHEET}`, 'FW_WORKBOOK_LAYOUT', `Thiếu trang tính "${INFO_SHEET}".`);
    return { ok: false, problems: problems.items };
  }
  const { framework, sets } = readInfoSheet(info, problems);
  const used = new Set([info.name]);
  framework.sets = sets.map(({ set, sheet, path }) => {
    const ws = findSheet(workbook, sheet);
    if (!ws) {
      problems.add(path, 'FW_WORKBOOK_LAYOUT', `Không có trang tính "${sheet}" cho bộ chỉ số.`);
      return set;
    }
    used.add(ws.name);
    set.indices = readSetSheet(ws, problems);
    return set;
  });
  workbook.eachSheet((ws) => {
    if (!used.has(ws.name) && findHeaderRow(ws) !== undefined) {
      problems.add(
        `Sheet ${ws.name}`,
        'FW_WORKBOOK_LAYOUT',
        `Trang tính "${ws.name}" có dạng bộ chỉ số nhưng không có trong danh sách bộ chỉ số ở trang "${INFO_SHEET}".`,
      );
    }
  });
  return problems.items.length > 0 ? { ok: false, problems: problems.items } : { ok: true, raw: framework };
}

function findSheet(workbook: ExcelJS.Workbook, name: string): Worksheet | undefined {
  return (
    workbook.getWorksheet(name) ??
    workbook.worksheets.find((ws) => ws.name.toLowerCase() === name.toLowerCase())
  );
}

interface ListedSet {
  set: Raw;
  sheet: string;
  path: string;
}

function readInfoSheet(ws: Worksheet, problems: ProblemList): { framework: Raw; sets: ListedSet[] } {
  const meta = new Map<MetaKey, { value: PlainCell; cells: CellReader }>();
  const levels: Raw[] = [];
  const sets: ListedSet[] = [];
  const metaKeys = new Set<string>(META_ROWS.map(([key]) => key));
  const [levelCode, levelName, levelAbove] = LEVEL_HEADERS;
  const [setId, setName, setKind, setMax, setPillars, setSheet] = SET_HEADERS;

  for (let r = 2; r <= ws.rowCount; r += 1) {
    const row = ws.getRow(r);
    const cells = new CellReader(ws.name, row, problems);
    const marker = cells.text(INFO_MARKER_COLUMN)?.trim();
    if (marker === undefined) continue;
    if (marker === 'level') {
      const abovePercent = cells.number(3, levelAbove, false);
      levels.push({
        code: cells.required(1, levelCode, true),
        name: cells.required(2, levelName),
        abovePercent: abovePercent ?? null,
      });
    } else if (marker === 'set') {
      const id = cells.required(1, setId, true);
      const set: Raw = {
        id,
        name: cells.required(2, setName),
        unitKind: cells.required(3, setKind, true),
        maxPoints: cells.number(4, setMax, true),
      };
      const pillarsText = cells.text(5);
      if (pillarsText !== undefined) {
        const pillars = decodePillars(pillarsText);
        if (pillars === null) {
          problems.add(cells.path(setPillars), 'FW_TYPE', 'Mỗi dòng trụ cột phải có dạng "mã: tên".');
        } else set.pillars = pillars;
      }
      set.indices = [];
      const sheet = cells.text(6)?.trim() ?? id ?? '';
      sets.push({ set, sheet, path: cells.path(setSheet) });
    } else if (metaKeys.has(marker)) {
      const key = marker as MetaKey;
      if (meta.has(key)) {
        problems.add(cells.path('key'), 'FW_DUPLICATE', `Dòng "${key}" xuất hiện hai lần.`);
      } else meta.set(key, { value: cells.cell(2), cells });
    } else if (marker !== 'key') {
      problems.add(cells.path('key'), 'FW_UNKNOWN_FIELD', `Không biết dòng "${marker}".`);
    }
  }

  const label = (key: MetaKey): string => META_ROWS.find(([k]) => k === key)?.[1] ?? key;
  const metaText = (key: MetaKey, required: boolean): string | undefined => {
    const entry = meta.get(key);
    const text = entry ? cellText(entry.value) : undefined;
    if (text === undefined && required) missing(key);
    return text;
  };
  const metaNumber = (key: MetaKey): number | undefined => {
    const entry = meta.get(key);
    if (!entry) return missing(key);
    return entry.cells.number(2, 'Giá trị', true);
  };
  const missing = (key: MetaKey): undefined => {
    const entry = meta.get(key);
    const path = entry ? entry.cells.path('Giá trị') : `Sheet ${ws.name}`;
    problems.add(path, 'FW_REQUIRED', `Thiếu "${label(key)}" (${key}).`);
    return undefined;
  };

  const framework: Raw = {
    formatVersion: metaNumber('formatVersion'),
    id: metaText('id', true)?.trim(),
    title: metaText('title', true),
  };
  const decision: Raw = {};
  const number = metaText('decision.number', false);
  const date = metaText('decision.date', false)?.trim();
  const issuer = metaText('decision.issuer', false);
  if (number !== undefined) decision.number = number;
  if (date !== undefined)
    decision.date = /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(date) ? vietnameseToIso(date) : date;
  if (issuer !== undefined) decision.issuer = issuer;
  if (Object.keys(decision).length > 0) framework.decision = decision;
  const replaces = metaText('replaces', false)?.trim();
  if (replaces !== undefined) framework.replaces = replaces;
  framework.provenance = metaText('provenance', true)?.trim();
  framework.rankPrecision = metaNumber('rankPrecision');
  framework.levels = levels;
  return { framework, sets };
}

/** `28/11/2023` → `2023-11-28`. */
function vietnameseToIso(date: string): string {
  const [d = '', m = '', y = ''] = date.split('/');
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** The header row of a set sheet (the first of its first ten rows with a `kind` cell): header → column. */
function findHeaderRow(ws: Worksheet): { row: number; headers: Map<string, number> } | undefined {
  for (let r = 1; r <= Math.min(10, ws.rowCount); r += 1) {
    const headers = new Map<string, number>();
    ws.getRow(r).eachCell((cell, column) => {
      const text = cellText(plainCell(cell.value))?.trim();
      if (text !== undefined && !headers.has(text)) headers.set(text, column);
    });
    if (headers.has('kind')) return { row: r, headers };
  }
  return undefined;
}

function readSetSheet(ws: Worksheet, problems: ProblemList): Raw[] {
  const found = findHeaderRow(ws);
  if (!found) {
    problems.add(`Sheet ${ws.name}`, 'FW_WORKBOOK_LAYOUT', 'Không tìm thấy hàng tiêu đề (có cột "kind").');
    return [];
  }
  const { row: headerRow, headers } = found;
  const v = VISIBLE_COLUMNS;
  const needed = [v.name, v.maxPoints, v.description, v.evidence, v.source, v.verifier, ...MACHINE_COLUMNS];
  const absent = needed.filter((h) => !headers.has(h));
  if (absent.length > 0) {
    for (const h of absent) {
      problems.add(`Sheet ${ws.name}, cột ${h}`, 'FW_WORKBOOK_LAYOUT', `Thiếu cột "${h}" ở hàng tiêu đề.`);
    }
    return [];
  }
  const col = (h: string): number | undefined => headers.get(h);
  const indexOnly = [
    v.evidence,
    v.source,
    v.verifier,
    'tags',
    'introducedIn',
    'replacesCodes',
    'inputs',
    'method',
  ];

  const indices: Raw[] = [];
  let current: Raw[] | undefined;
  for (let r = headerRow + 1; r <= ws.rowCount; r += 1) {
    const row = ws.getRow(r);
    const cells = new CellReader(ws.name, row, problems);
    if (needed.every((h) => cells.text(col(h)) === undefined)) continue;
    const kind = cells.required(col('kind'), 'kind', true);
    if (kind === 'index') {
      for (const h of indexOnly) {
        if (cells.text(col(h)) !== undefined) {
          problems.add(
            cells.path(h),
            'FW_UNKNOWN_FIELD',
            `Hàng chỉ số chính không dùng cột "${h}": để trống.`,
          );
        }
      }
      const index: Raw = {
        code: cells.required(col('code'), 'code', true),
        name: cells.required(col(v.name), v.name),
        maxPoints: cells.number(col(v.maxPoints), v.maxPoints, true),
      };
      const pillars = cells.list(col('pillars'), 'pillars');
      if (pillars !== undefined) index.pillars = pillars;
      current = [];
      index.subIndices = current;
      indices.push(index);
    } else if (kind === 'subIndex') {
      if (cells.text(col('pillars')) !== undefined) {
        problems.add(cells.path('pillars'), 'FW_UNKNOWN_FIELD', 'Trụ cột chỉ ghi ở hàng chỉ số chính.');
      }
      const sub = readSubIndex(cells, col);
      if (current) current.push(sub);
      else {
        problems.add(
          cells.path('kind'),
          'FW_WORKBOOK_LAYOUT',
          'Chỉ số thành phần phải nằm dưới một hàng chỉ số chính (kind = index).',
        );
      }
    } else if (kind !== undefined) {
      problems.add(
        cells.path('kind'),
        'FW_TYPE',
        `Cột "kind" phải là ${ROW_KINDS.join(' hoặc ')}, đang là "${kind}".`,
      );
    }
  }
  return indices;
}

function readSubIndex(cells: CellReader, col: (h: string) => number | undefined): Raw {
  const v = VISIBLE_COLUMNS;
  const sub: Raw = {
    code: cells.required(col('code'), 'code', true),
    name: cells.required(col(v.name), v.name),
    maxPoints: cells.number(col(v.maxPoints), v.maxPoints, true),
  };
  const tags = cells.list(col('tags'), 'tags');
  if (tags !== undefined) sub.tags = tags;
  const introducedIn = cells.text(col('introducedIn'))?.trim();
  if (introducedIn !== undefined) sub.introducedIn = introducedIn;
  const replacesCodes = cells.list(col('replacesCodes'), 'replacesCodes');
  if (replacesCodes !== undefined) sub.replacesCodes = replacesCodes;
  sub.inputs = cells.json(col('inputs'), 'inputs', 'array');
  sub.method = cells.json(col('method'), 'method', 'object');
  const optional = [
    ['description', v.description],
    ['evidence', v.evidence],
    ['source', v.source],
    ['verifier', v.verifier],
  ] as const;
  for (const [field, header] of optional) {
    const text = cells.text(col(header));
    if (text !== undefined) sub[field] = text;
  }
  return sub;
}

// Reading a reorganisation file (docs/spec/reorganisation.md) into checked rows: every cell
// checked, every problem with its row, column (Vietnamese header) and REORG_* code. Pure.
import {
  IsoDate,
  UnitCode,
  UnitKind,
  reorganisationColumns,
  reorganisationEvents,
  type ReorganisationEvent,
} from '@dti/contract';
import type { AppErrorDetail } from '../shared/app-error';
import type { CellTable } from './unit-import-file';

/** One row of a reorganisation file, its cells checked. */
export interface ReorganisationRow {
  rowNumber: number;
  effectiveDate: string;
  event: ReorganisationEvent;
  code: string;
  name: string;
  /** Empty when the file leaves it to the predecessor's kind. */
  kind: string;
  /** null: the column is empty (directly under the province). */
  parentCode: string | null;
  predecessors: string[];
  legalBasis: string;
  note: string;
}

type ColumnKey = (typeof reorganisationColumns)[number]['key'];

/** The Vietnamese header of a column, as problems name it. */
export function columnHeader(key: ColumnKey): string {
  return reorganisationColumns.find((c) => c.key === key)?.header ?? key;
}

const eventAliases = new Map<string, ReorganisationEvent>(
  Object.entries(reorganisationEvents).flatMap(([vi, en]) => [
    [vi, vi as ReorganisationEvent],
    [en, vi as ReorganisationEvent],
  ]),
);

const NAME_REQUIRED: readonly ReorganisationEvent[] = ['thanh_lap', 'hop_nhat', 'chia_tach', 'doi_ten'];

/** Accepts `dd/mm/yyyy` and `yyyy-mm-dd`; undefined when neither is a real day. */
export function parseDay(text: string): string | undefined {
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = vn ? `${vn[3]}-${vn[2]?.padStart(2, '0')}-${vn[1]?.padStart(2, '0')}` : text;
  return IsoDate.safeParse(iso).success ? iso : undefined;
}

/** How many predecessors each event takes: [min, max]. */
const PREDECESSOR_COUNT: Record<ReorganisationEvent, [number, number]> = {
  thanh_lap: [0, 0],
  hop_nhat: [2, Infinity],
  chia_tach: [1, 1],
  doi_ten: [0, 1],
  dieu_chuyen: [0, 0],
  giai_the: [0, 0],
};

function predecessorRule(event: ReorganisationEvent): string {
  const [min, max] = PREDECESSOR_COUNT[event];
  if (max === 0) return `Sự kiện "${event}" không có đơn vị tiền thân; để trống cột.`;
  if (min === max) return `Sự kiện "${event}" cần đúng ${min} mã tiền thân.`;
  if (max === Infinity) return `Sự kiện "${event}" cần ít nhất ${min} mã tiền thân khác nhau.`;
  return `Sự kiện "${event}" có nhiều nhất ${max} mã tiền thân (mã cũ khi đổi mã).`;
}

/**
 * Checks the header and every cell. Returns the rows whose cells are all good (for the checks
 * against the registry) and every problem found; the file is good only when `problems` is empty.
 */
export function checkReorganisationTable(table: CellTable): {
  rows: ReorganisationRow[];
  problems: AppErrorDetail[];
} {
  const problems: AppErrorDetail[] = [];
  const [head, ...body] = table.rows;
  if (!head) {
    return {
      rows: [],
      problems: [{ row: 1, code: 'REORG_EMPTY_FILE', message: 'Tệp không có dòng tiêu đề.' }],
    };
  }
  const names = head.cells.map((c) => c.trim().toLowerCase());
  const index = new Map<ColumnKey, number>();
  for (const col of reorganisationColumns) {
    const at = names.findIndex((n) => n === col.header || n === col.alias);
    if (at >= 0) index.set(col.key, at);
    else if (col.required) {
      problems.push({
        row: head.rowNumber,
        column: col.header,
        code: 'REORG_MISSING_COLUMN',
        message: `Thiếu cột "${col.header}" (hoặc "${col.alias}").`,
      });
    }
  }
  names.forEach((n) => {
    if (n !== '' && !reorganisationColumns.some((c) => c.header === n || c.alias === n)) {
      problems.push({
        row: head.rowNumber,
        column: n,
        code: 'REORG_UNKNOWN_COLUMN',
        message: `Cột "${n}" không có trong định dạng tệp sắp xếp đơn vị.`,
      });
    }
  });
  if (problems.length > 0) return { rows: [], problems };

  const rows: ReorganisationRow[] = [];
  let fileDate: { day: string; row: number } | undefined;
  for (const { rowNumber, cells } of body) {
    if (cells.every((c) => c.trim() === '')) continue;
    const get = (key: ColumnKey) => {
      const at = index.get(key);
      return at === undefined ? '' : (cells[at] ?? '').trim().normalize('NFC');
    };
    const before = problems.length;
    const problem = (key: ColumnKey, code: string, message: string) =>
      problems.push({ row: rowNumber, column: columnHeader(key), code, message });

    const dayText = get('effectiveDate');
    const day = parseDay(dayText);
    if (day === undefined) {
      problem('effectiveDate', 'REORG_INVALID_DATE', `Ngày hiệu lực "${dayText}" phải có dạng dd/mm/yyyy.`);
    } else if (fileDate === undefined) {
      fileDate = { day, row: rowNumber };
    } else if (day !== fileDate.day) {
      problem(
        'effectiveDate',
        'REORG_DATE_MISMATCH',
        `Mọi sự kiện của một tệp có cùng ngày hiệu lực (dòng ${fileDate.row}: ${fileDate.day}); tách thành tệp khác.`,
      );
    }
    const eventText = get('event').toLowerCase();
    const event = eventAliases.get(eventText);
    if (event === undefined) {
      problem(
        'event',
        'REORG_INVALID_EVENT',
        `Sự kiện "${eventText}" không hợp lệ; dùng một trong: ${Object.keys(reorganisationEvents).join(', ')}.`,
      );
    }
    const code = get('code');
    if (!UnitCode.safeParse(code).success) {
      problem('code', 'REORG_INVALID_CODE', `Mã đơn vị "${code}" không hợp lệ.`);
    }
    const name = get('name');
    if (event !== undefined && NAME_REQUIRED.includes(event) && name === '') {
      problem('name', 'REORG_NAME_REQUIRED', `Sự kiện "${event}" cần tên chính thức của đơn vị.`);
    }
    const kind = get('kind');
    if (kind !== '' && !UnitKind.safeParse(kind).success) {
      problem('kind', 'REORG_INVALID_KIND', `Loại đơn vị "${kind}" không hợp lệ.`);
    } else if (kind === '' && event === 'thanh_lap') {
      problem(
        'kind',
        'REORG_KIND_REQUIRED',
        'Đơn vị thành lập mới cần loại đơn vị (commune, department, …).',
      );
    }
    const parentCode = get('parentCode');
    if (parentCode !== '' && !UnitCode.safeParse(parentCode).success) {
      problem('parentCode', 'REORG_INVALID_CODE', `Mã cấp trên "${parentCode}" không hợp lệ.`);
    } else if (parentCode !== '' && parentCode === code) {
      problem('parentCode', 'REORG_SELF_PARENT', 'Đơn vị không thể là cấp trên của chính nó.');
    }
    const predecessors = get('predecessors')
      .split(';')
      .map((p) => p.trim())
      .filter((p) => p !== '');
    for (const p of predecessors) {
      if (!UnitCode.safeParse(p).success) {
        problem('predecessors', 'REORG_INVALID_CODE', `Mã tiền thân "${p}" không hợp lệ.`);
      }
    }
    const distinct = new Set(predecessors);
    if (distinct.size < predecessors.length) {
      problem('predecessors', 'REORG_DUPLICATE_PREDECESSOR', 'Một mã tiền thân được ghi hai lần.');
    }
    if (event !== undefined) {
      const [min, max] = PREDECESSOR_COUNT[event];
      if (distinct.size < min || distinct.size > max) {
        problem('predecessors', 'REORG_PREDECESSOR_COUNT', predecessorRule(event));
      }
    }
    const legalBasis = get('legalBasis');
    if (legalBasis === '') {
      problem(
        'legalBasis',
        'REORG_LEGAL_BASIS_REQUIRED',
        'Thiếu căn cứ pháp lý (văn bản quyết định sự kiện).',
      );
    }
    if (problems.length > before || event === undefined || day === undefined) continue;
    rows.push({
      rowNumber,
      effectiveDate: day,
      event,
      code,
      name,
      kind,
      parentCode: parentCode === '' ? null : parentCode,
      predecessors,
      legalBasis,
      note: get('note'),
    });
  }
  if (rows.length === 0 && problems.length === 0) {
    problems.push({
      row: head.rowNumber + 1,
      code: 'REORG_EMPTY_FILE',
      message: 'Tệp không có sự kiện nào.',
    });
  }
  return { rows, problems };
}

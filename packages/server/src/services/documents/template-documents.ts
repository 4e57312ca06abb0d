// The data-entry template of a unit (an Excel workbook pre-filled with its stored values) and the
// import of a filled one: all or nothing for bad cells and for items changed since the template was
// made; every changed item saved in one transaction through the assessment service (saveItems: its
// window and version checks), so a stale item or a refusal half-way stores nothing.
import ExcelJS from 'exceljs';
import type { UnitValues } from '@dti/core';
import type { ItemSave } from '@dti/contract';
import type { ItemRow } from '../../db/assessments.repository';
import type { Store } from '../../db/store';
import {
  ENTRY_SHEET,
  META_SHEET,
  readValuesTemplate,
  writeValuesTemplate,
  type ValuesTemplateProblem,
} from '../../workbooks';
import type { Actor } from '../shared/actor';
import { AppError, type AppErrorDetail } from '../shared/app-error';
import type { AssessmentService } from '../cycle/assessment.service';
import type { Clock } from '../shared/clock';
import { loadUnitInPeriod, requireUnitReader, type FrameworkCache } from '../cycle/cycle-context';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What importing a template did. */
export interface TemplateImport {
  year: number;
  unit: string;
  set: string;
  /** Items written (new or changed). */
  saved: string[];
  /** Items whose value in the file equals the stored one. */
  unchanged: string[];
}

/** Sets the creation time recorded in the workbook's properties (kept by Excel and LibreOffice). */
async function stampCreated(bytes: Buffer, at: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  workbook.created = at;
  workbook.modified = at;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** What a template file says about itself, before it is read against a period. */
interface TemplatePeek {
  unit: string | undefined;
  year: number | undefined;
  created: Date | undefined;
  /** `subCode/inputKey` → `Sheet Nhập liệu, ô F12`. */
  cells: Map<string, string>;
}

/** Reads the identity, the creation time and the cell map of a template; undefined when unreadable. */
async function peekTemplate(bytes: Uint8Array): Promise<TemplatePeek | undefined> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return undefined;
  }
  const meta = workbook.getWorksheet(META_SHEET);
  const entry = workbook.getWorksheet(ENTRY_SHEET);
  if (!meta) return undefined;
  const text = (value: unknown) =>
    typeof value === 'string' || typeof value === 'number' ? String(value).trim() : undefined;
  const keys = new Map<string, string>();
  let mapStart: number | undefined;
  meta.eachRow((row, r) => {
    const a = text(row.getCell(1).value);
    const b = text(row.getCell(2).value);
    if (a === 'row' && b === 'subIndex') mapStart = r + 1;
    else if (mapStart === undefined && a !== undefined && b !== undefined) keys.set(a, b);
  });
  let valueColumn = 6;
  entry?.eachRow((row) => {
    row.eachCell((cell, c) => {
      if (text(cell.value) === 'Giá trị') valueColumn = c;
    });
  });
  const cells = new Map<string, string>();
  if (mapStart !== undefined && entry) {
    for (let r = mapStart; r <= meta.rowCount; r++) {
      const row = meta.getRow(r);
      const at = Number(text(row.getCell(1).value));
      const sub = text(row.getCell(2).value);
      const key = text(row.getCell(3).value);
      if (!Number.isInteger(at) || sub === undefined || key === undefined) continue;
      cells.set(`${sub}/${key}`, `Sheet ${ENTRY_SHEET}, ô ${entry.getRow(at).getCell(valueColumn).address}`);
    }
  }
  const year = Number(keys.get('year'));
  const created =
    workbook.created instanceof Date && !Number.isNaN(workbook.created.getTime())
      ? workbook.created
      : undefined;
  return { unit: keys.get('unit'), year: Number.isInteger(year) ? year : undefined, created, cells };
}

function rejectTemplate(problems: ValuesTemplateProblem[]): AppError {
  return new AppError(
    'IMPORT_REJECTED',
    `Phiếu nhập liệu có ${problems.length} lỗi; không lưu giá trị nào.`,
    problems.map((p) => ({ path: p.path, code: p.code, message: p.message })),
  );
}

const sameValues = (a: unknown, b: unknown): boolean =>
  JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));

function sortKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, sortKeys(v)]),
  );
}

/** Template use cases (part of the documents service). */
export function createTemplateDocuments(deps: {
  store: Store;
  assessment: AssessmentService;
  clock: Clock;
  frameworks: FrameworkCache;
}) {
  const { store, assessment, clock, frameworks } = deps;
  return {
    /** The data-entry template of a unit for a year, pre-filled with its stored values. */
    async template(
      actor: Actor,
      year: number,
      unitCode: string,
    ): Promise<{ bytes: Buffer; mediaType: string; fileName: string }> {
      const context = await loadUnitInPeriod(store.repos, frameworks, year, unitCode);
      requireUnitReader(actor, context.unit);
      const { period, unit, set, framework } = context;
      const items = await store.repos.assessments.listUnitItems(period.id, unit.id);
      const values: UnitValues = {};
      for (const item of items) values[item.subCode] = item.values as UnitValues[string];
      const deadline = await store.repos.periods.findDeadline(period.id, set.id);
      const extension = await store.repos.periods.findExtension(period.id, unit.id);
      const end = extension && deadline && extension.until > deadline ? extension.until : deadline;
      const bytes = await writeValuesTemplate({
        framework,
        set: set.id,
        unit: { code: unit.code, name: unit.name },
        year,
        ...(end ? { deadline: end.toISOString() } : {}),
        values,
      });
      return {
        bytes: await stampCreated(bytes, clock.now()),
        mediaType: XLSX_TYPE,
        fileName: `phieu-nhap-lieu-${year}-${unit.code}.xlsx`,
      };
    },

    /**
     * Imports a filled template, all or nothing. `expected` (from the address) is checked against the
     * file; without it (command line) the file's own unit and year are used. Items changed since the
     * template was made (stored later than its creation time, with another value) are conflicts:
     * every one is reported and nothing is stored.
     */
    async importTemplate(
      actor: Actor,
      bytes: Uint8Array,
      expected?: { year: number; unitCode: string },
    ): Promise<TemplateImport> {
      const peek = await peekTemplate(bytes);
      if (!peek) {
        throw rejectTemplate([
          {
            path: 'Tệp',
            code: 'TEMPLATE_UNREADABLE',
            message: 'Không đọc được tệp: cần phiếu nhập liệu (.xlsx) tải từ hệ thống.',
          },
        ]);
      }
      const year = expected?.year ?? peek.year;
      const unitCode = expected?.unitCode ?? peek.unit;
      if (year === undefined || unitCode === undefined) {
        throw rejectTemplate([
          {
            path: `Sheet ${META_SHEET}`,
            code: 'TEMPLATE_UNREADABLE',
            message: 'Phiếu không ghi đơn vị hoặc năm đánh giá: hãy tải phiếu mới từ hệ thống.',
          },
        ]);
      }
      const context = await loadUnitInPeriod(store.repos, frameworks, year, unitCode);
      requireUnitReader(actor, context.unit);
      const read = await readValuesTemplate(bytes, {
        framework: context.framework,
        set: context.set.id,
        unit: unitCode,
        year,
      });
      if (!read.ok) throw rejectTemplate(read.problems);

      const stored = new Map(
        (await store.repos.assessments.listUnitItems(context.period.id, context.unit.id)).map((i) => [
          i.subCode,
          i,
        ]),
      );
      const created = peek.created;
      /** The first value cell of an item (`1.2` → `Sheet Nhập liệu, ô F12`). */
      const cellOf = (subCode: string | undefined): string | undefined => {
        if (subCode === undefined) return undefined;
        const key = Object.keys(read.values[subCode] ?? {})[0];
        return key === undefined ? undefined : peek.cells.get(`${subCode}/${key}`);
      };
      const changed: { subCode: string; values: ItemSave['values']; current: ItemRow | undefined }[] = [];
      const unchanged: string[] = [];
      const conflicts: AppErrorDetail[] = [];
      for (const [subCode, values] of Object.entries(read.values)) {
        const current = stored.get(subCode);
        if (current && sameValues(current.values, values)) {
          unchanged.push(subCode);
          continue;
        }
        if (current && created !== undefined && current.updatedAt.getTime() > created.getTime()) {
          const firstKey = Object.keys(values)[0] ?? '';
          conflicts.push({
            path: peek.cells.get(`${subCode}/${firstKey}`) ?? `Sheet ${ENTRY_SHEET}, chỉ số ${subCode}`,
            code: 'VERSION_CONFLICT',
            message: `Chỉ số ${subCode} đã được ${current.updatedByName} sửa lúc ${current.updatedAt.toISOString()}, sau khi tải phiếu; giá trị trong phiếu không được ghi đè.`,
            current: {
              values: current.values,
              version: current.version,
              updatedBy: current.updatedByName,
              updatedAt: current.updatedAt.toISOString(),
            },
          });
          continue;
        }
        changed.push({ subCode, values, current });
      }
      if (conflicts.length > 0) {
        throw new AppError(
          'VERSION_CONFLICT',
          `${conflicts.length} chỉ số đã được sửa sau khi tải phiếu; không lưu giá trị nào. Hãy tải phiếu mới rồi nhập lại.`,
          conflicts,
        );
      }
      // One transaction for every changed item: a stale item or a refusal stores nothing.
      try {
        await assessment.saveItems(
          actor,
          year,
          unitCode,
          changed.map((i) => ({
            subCode: i.subCode,
            values: i.values,
            baseVersion: i.current?.version ?? 0,
          })),
        );
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        throw new AppError(
          error.code,
          error.message,
          error.details.map((d) => {
            const cell = cellOf(d.path);
            return cell === undefined ? d : { ...d, path: cell };
          }),
        );
      }
      const saved = changed.map((i) => i.subCode);
      return { year, unit: unitCode, set: context.set.id, saved, unchanged };
    },
  };
}

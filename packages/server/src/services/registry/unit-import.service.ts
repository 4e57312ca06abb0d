// Importing units from CSV/XLSX: all or nothing, every problem listed with its row and column.
import type { UnitImportResult } from '@dti/contract';
import type { UnitRow } from '../../db/units.repository';
import type { Store } from '../../db/store';
import { requireRole, type Actor } from '../shared/actor';
import { AppError, type AppErrorDetail } from '../shared/app-error';
import { recordAudit } from '../shared/audit.service';
import { checkUnitTable, readCellTable, type ImportFormat, type UnitImportRow } from './unit-import-file';

const PARENT_COLUMN = 'ma_cap_tren';

function reject(problems: AppErrorDetail[]): AppError {
  return new AppError(
    'IMPORT_REJECTED',
    `Tệp có ${problems.length} lỗi; chưa có thay đổi nào được ghi. Sửa các lỗi dưới đây rồi nhập lại.`,
    problems,
  );
}

/** Orders rows so that a parent listed in the file comes before its children; reports cycles. */
function orderRows(rows: UnitImportRow[], existing: Map<string, UnitRow>, problems: AppErrorDetail[]) {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const idToCode = new Map([...existing.values()].map((u) => [u.id, u.code]));
  const parentOf = (code: string): string | null => {
    const row = byCode.get(code);
    if (row) return row.parentCode;
    const parentId = existing.get(code)?.parentId ?? null;
    return parentId === null ? null : (idToCode.get(parentId) ?? null);
  };
  const depth = new Map<string, number>();
  for (const row of rows) {
    if (row.parentCode !== null && !byCode.has(row.parentCode) && !existing.has(row.parentCode)) {
      problems.push({
        row: row.rowNumber,
        column: PARENT_COLUMN,
        code: 'UNKNOWN_PARENT',
        message: `Không có đơn vị cấp trên mã "${row.parentCode}" (trong tệp hay trong danh mục).`,
      });
      continue;
    }
    const chain = new Set<string>([row.code]);
    let cursor = row.parentCode;
    while (cursor !== null && !chain.has(cursor)) {
      chain.add(cursor);
      cursor = parentOf(cursor);
    }
    if (cursor !== null) {
      problems.push({
        row: row.rowNumber,
        column: PARENT_COLUMN,
        code: 'PARENT_CYCLE',
        message: `Mã cấp trên "${row.parentCode}" tạo vòng lặp cấp trên.`,
      });
    }
    depth.set(row.code, [...chain].filter((c) => byCode.has(c)).length);
  }
  return [...rows].sort((a, b) => (depth.get(a.code) ?? 0) - (depth.get(b.code) ?? 0));
}

/** Unit import. */
export function createUnitImportService(store: Store) {
  return {
    async importUnits(
      actor: Actor,
      bytes: Buffer,
      format: ImportFormat,
      dryRun: boolean,
    ): Promise<UnitImportResult> {
      requireRole(actor, ['admin']);
      let table;
      try {
        table = await readCellTable(bytes, format);
      } catch {
        throw reject([
          { row: 1, code: 'UNREADABLE', message: `Không đọc được tệp ${format.toUpperCase()}.` },
        ]);
      }
      const checked = checkUnitTable(table);
      if (!checked.ok) throw reject(checked.problems);

      return store.transaction(async (repos) => {
        const existing = new Map((await repos.units.listUnits()).map((u) => [u.code, u]));
        const problems: AppErrorDetail[] = [];
        const ordered = orderRows(checked.rows, existing, problems);
        if (problems.length > 0) throw reject(problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)));

        const ids = new Map([...existing.values()].map((u) => [u.code, u.id]));
        const result: UnitImportResult = { dryRun, created: 0, updated: 0, unchanged: 0 };
        for (const row of ordered) {
          const current = existing.get(row.code);
          const fields = {
            name: row.name,
            shortName: row.shortName,
            kind: row.kind,
            adminType: row.adminType,
            parentId: row.parentCode === null ? null : (ids.get(row.parentCode) ?? -1),
            validFrom: row.validFrom,
            validUntil: row.validUntil,
          };
          if (!current) {
            result.created++;
            if (dryRun) continue;
            const created = await repos.units.insertUnit({ code: row.code, ...fields });
            ids.set(row.code, created.id);
            await recordAudit(repos, actor, {
              action: 'import',
              entity: 'unit',
              entityId: created.id,
              after: created,
            });
            continue;
          }
          const same = (Object.keys(fields) as (keyof typeof fields)[]).every(
            (k) => fields[k] === current[k],
          );
          if (same) {
            result.unchanged++;
            continue;
          }
          result.updated++;
          if (dryRun) continue;
          const updated = await repos.units.updateUnit(current.id, fields);
          await recordAudit(repos, actor, {
            action: 'import',
            entity: 'unit',
            entityId: current.id,
            before: current,
            after: updated,
          });
        }
        return result;
      });
    },
  };
}

/** Unit import. */
export type UnitImportService = ReturnType<typeof createUnitImportService>;

// What a reorganisation file does to the registry, decided without touching it: units created,
// continued (renamed, moved), ended; lineage and in-place changes; every problem against the
// registry (row, column, REORG_* code). Pure: the registry is passed in.
import type { AdminType } from '@dti/contract';
import type { AppErrorDetail } from '../shared/app-error';
import { columnHeader, type ReorganisationRow } from './reorganisation-file';

/** The fields of a registry unit the plan reads. */
export interface RegistryUnit {
  id: number;
  code: string;
  name: string;
  kind: string;
  adminType: string | null;
  parentId: number | null;
  validFrom: string;
  validUntil: string | null;
}

/** A unit to insert (valid from the effective day). */
export interface PlannedUnit {
  code: string;
  name: string;
  shortName: string;
  kind: string;
  adminType: AdminType | null;
  /** null: top level. */
  parentCode: string | null;
}

/** New values of a unit that continues (only what changes). */
export interface PlannedUpdate {
  code: string;
  name?: string;
  shortName?: string;
  kind?: string;
  adminType?: AdminType | null;
  parentCode?: string | null;
}

/** A lineage row by codes. */
export interface PlannedLineage {
  kind: 'merged_into' | 'split_from' | 'renamed';
  fromCode: string;
  toCode: string;
  legalBasis: string;
  note: string;
}

/** An in-place change by code. */
export interface PlannedChange {
  code: string;
  kind: 'renamed' | 'transferred' | 'abolished';
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  legalBasis: string;
  note: string;
}

/** The plan of a file: what to write, the lists the answer shows, every problem. */
export interface ReorganisationPlan {
  effectiveDate: string | null;
  /** The day before the effective day: the last day of the units that end. */
  lastDay: string | null;
  create: PlannedUnit[];
  update: PlannedUpdate[];
  end: string[];
  lineage: PlannedLineage[];
  changes: PlannedChange[];
  ended: string[];
  created: string[];
  renamed: string[];
  moved: string[];
  problems: AppErrorDetail[];
}

/** `yyyy-mm-dd` → the day before. */
export function dayBefore(iso: string): string {
  const day = new Date(`${iso}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** True when the unit is in force on `day`. */
export function isValidOn(unit: Pick<RegistryUnit, 'validFrom' | 'validUntil'>, day: string): boolean {
  return unit.validFrom <= day && (unit.validUntil === null || unit.validUntil >= day);
}

const ADMIN_PREFIXES: [string, AdminType][] = [
  ['Thành phố ', 'thanh_pho'],
  ['Thị trấn ', 'thi_tran'],
  ['Thị xã ', 'thi_xa'],
  ['Phường ', 'phuong'],
  ['Huyện ', 'huyen'],
  ['Tỉnh ', 'tinh'],
  ['Xã ', 'xa'],
];

/** The administrative type a name announces (`Xã …` → xa), and the name without it. */
function nameParts(name: string): { adminType: AdminType | undefined; shortName: string } {
  const hit = ADMIN_PREFIXES.find(([prefix]) => name.startsWith(prefix));
  return hit
    ? { adminType: hit[1], shortName: name.slice(hit[0].length).trim() || name }
    : { adminType: undefined, shortName: name };
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Decides what a file does; `problems` lists everything wrong with it against the registry. */
export function planReorganisation(
  rows: readonly ReorganisationRow[],
  registry: readonly RegistryUnit[],
): ReorganisationPlan {
  const problems: AppErrorDetail[] = [];
  const effectiveDate = rows[0]?.effectiveDate ?? null;
  const empty: ReorganisationPlan = {
    effectiveDate,
    lastDay: effectiveDate && dayBefore(effectiveDate),
    create: [],
    update: [],
    end: [],
    lineage: [],
    changes: [],
    ended: [],
    created: [],
    renamed: [],
    moved: [],
    problems,
  };
  if (effectiveDate === null) return empty;
  const lastDay = dayBefore(effectiveDate);
  const byCode = new Map(registry.map((u) => [u.code, u]));
  const codeOfId = new Map(registry.map((u) => [u.id, u.code]));
  const problem = (
    row: ReorganisationRow,
    column: Parameters<typeof columnHeader>[0],
    code: string,
    message: string,
  ) => problems.push({ row: row.rowNumber, column: columnHeader(column), code, message });
  const label = (code: string) => {
    const u = byCode.get(code);
    return u ? `"${u.name}" (${code})` : `"${code}"`;
  };

  /** An existing unit in force on the day before; a problem otherwise. */
  const existing = (row: ReorganisationRow, column: 'code' | 'predecessors', code: string) => {
    const unit = byCode.get(code);
    if (!unit) {
      problem(
        row,
        column,
        column === 'code' ? 'REORG_UNKNOWN_UNIT' : 'REORG_UNKNOWN_PREDECESSOR',
        `Không có đơn vị mã "${code}" trong danh mục.`,
      );
      return undefined;
    }
    if (unit.validUntil !== null && unit.validUntil <= lastDay && isValidOn(unit, lastDay)) {
      problem(
        row,
        column,
        'REORG_ALREADY_ENDED',
        `Đơn vị ${label(code)} đã kết thúc ngày ${unit.validUntil} (tệp đã được áp dụng?).`,
      );
      return undefined;
    }
    if (!isValidOn(unit, lastDay)) {
      problem(
        row,
        column,
        'REORG_NOT_VALID',
        `Đơn vị ${label(code)} không còn hiệu lực ngày ${lastDay} (trước ngày hiệu lực).`,
      );
      return undefined;
    }
    return unit;
  };

  // Who ends, who continues, who is new: by code, with the row that says so.
  const endedBy = new Map<string, ReorganisationRow>();
  const continuedBy = new Map<string, ReorganisationRow>();
  const createdBy = new Map<string, ReorganisationRow>();
  const refused: ReorganisationRow[] = [];
  const splitKept = new Set(
    rows.filter((r) => r.event === 'chia_tach' && r.predecessors[0] === r.code).map((r) => r.code),
  );
  const end = (row: ReorganisationRow, column: 'code' | 'predecessors', code: string) => {
    const other = endedBy.get(code);
    const sameSplit = other && other.event === 'chia_tach' && row.event === 'chia_tach';
    if (other && !sameSplit) {
      problem(
        row,
        column,
        'REORG_ENDED_TWICE',
        `Đơn vị ${label(code)} đã kết thúc ở dòng ${other.rowNumber}.`,
      );
      return;
    }
    endedBy.set(code, row);
  };
  const continueUnit = (row: ReorganisationRow, code: string) => {
    const other = continuedBy.get(code);
    if (other) {
      problem(
        row,
        'code',
        'REORG_DUPLICATE_EVENT',
        `Đơn vị ${label(code)} đã có sự kiện ở dòng ${other.rowNumber}; đổi tên kèm điều chuyển thì ghi mã cấp trên trên dòng đổi tên.`,
      );
      return;
    }
    continuedBy.set(code, row);
  };
  const createUnit = (row: ReorganisationRow, code: string) => {
    const taken = byCode.get(code);
    const other = createdBy.get(code);
    if (taken) {
      problem(row, 'code', 'REORG_CODE_TAKEN', `Mã "${code}" đã thuộc đơn vị ${label(code)} trong danh mục.`);
      refused.push(row);
    } else if (other) {
      problem(row, 'code', 'REORG_DUPLICATE_CODE', `Mã "${code}" đã là kết quả của dòng ${other.rowNumber}.`);
    } else createdBy.set(code, row);
  };

  for (const row of rows) {
    switch (row.event) {
      case 'thanh_lap':
        createUnit(row, row.code);
        break;
      case 'hop_nhat': {
        for (const p of row.predecessors) {
          if (!existing(row, 'predecessors', p)) continue;
          if (p !== row.code) end(row, 'predecessors', p);
        }
        if (row.predecessors.includes(row.code)) continueUnit(row, row.code);
        else createUnit(row, row.code);
        break;
      }
      case 'chia_tach': {
        const [p = ''] = row.predecessors;
        const ok = existing(row, 'predecessors', p);
        if (ok && !splitKept.has(p)) end(row, 'predecessors', p);
        if (p === row.code) continueUnit(row, row.code);
        else createUnit(row, row.code);
        break;
      }
      case 'doi_ten': {
        const [old] = row.predecessors;
        if (old === undefined || old === row.code) {
          if (existing(row, 'code', row.code)) continueUnit(row, row.code);
        } else {
          if (existing(row, 'predecessors', old)) end(row, 'predecessors', old);
          createUnit(row, row.code);
        }
        break;
      }
      case 'dieu_chuyen':
        if (existing(row, 'code', row.code)) continueUnit(row, row.code);
        break;
      case 'giai_the':
        if (existing(row, 'code', row.code)) end(row, 'code', row.code);
        break;
    }
  }
  for (const [code, row] of continuedBy) {
    const ender = endedBy.get(code);
    if (ender) {
      problem(
        row,
        'code',
        'REORG_ENDED_AND_CONTINUED',
        `Đơn vị ${label(code)} vừa kết thúc (dòng ${ender.rowNumber}) vừa tiếp tục trong cùng tệp.`,
      );
    }
  }

  // Parents on the effective day: a unit of this file (new or continuing) or one in force that
  // this file does not end. An empty column means directly under the province.
  const province = registry.find(
    (u) => u.kind === 'province' && isValidOn(u, lastDay) && !endedBy.has(u.code),
  );
  const resolveParent = (row: ReorganisationRow, kind: string): string | null | undefined => {
    if (row.parentCode === null) return kind === 'province' ? null : (province?.code ?? null);
    const code = row.parentCode;
    if (createdBy.has(code) || continuedBy.has(code)) return code;
    const unit = byCode.get(code);
    if (!unit) {
      problem(
        row,
        'parentCode',
        'REORG_UNKNOWN_PARENT',
        `Không có đơn vị cấp trên mã "${code}" (trong tệp hay trong danh mục).`,
      );
      return undefined;
    }
    if (!isValidOn(unit, lastDay) || endedBy.has(code)) {
      problem(
        row,
        'parentCode',
        'REORG_PARENT_ENDED',
        `Đơn vị cấp trên ${label(code)} không còn hiệu lực ngày ${effectiveDate}.`,
      );
      return undefined;
    }
    return code;
  };

  const create: PlannedUnit[] = [];
  const update: PlannedUpdate[] = [];
  const lineage: PlannedLineage[] = [];
  const changes: PlannedChange[] = [];
  const renamed = new Set<string>();
  const moved = new Set<string>();
  const notes = (row: ReorganisationRow) => ({ legalBasis: row.legalBasis, note: row.note });

  for (const row of refused) resolveParent(row, row.kind);
  for (const [code, row] of createdBy) {
    const source = byCode.get(row.predecessors[0] ?? '');
    const kind = row.kind || source?.kind || '';
    const parentCode = resolveParent(row, kind);
    if (parentCode === undefined) continue;
    const parts = nameParts(row.name);
    create.push({
      code,
      name: row.name,
      shortName: parts.shortName,
      kind,
      adminType:
        parts.adminType ??
        (row.event === 'doi_ten' ? ((source?.adminType ?? null) as AdminType | null) : null),
      parentCode,
    });
    if (row.event === 'doi_ten') renamed.add(code);
  }
  for (const [code, row] of continuedBy) {
    const unit = byCode.get(code);
    if (!unit || endedBy.has(code)) continue;
    const change: PlannedUpdate = { code };
    const currentParent = unit.parentId === null ? null : (codeOfId.get(unit.parentId) ?? null);
    const takesParent = row.event !== 'doi_ten' || row.parentCode !== null;
    if (takesParent) {
      const parentCode = resolveParent(row, row.kind || unit.kind);
      if (parentCode === undefined) continue;
      if (parentCode !== currentParent) {
        change.parentCode = parentCode;
        moved.add(code);
        changes.push({
          code,
          kind: 'transferred',
          before: { parentCode: currentParent },
          after: { parentCode },
          ...notes(row),
        });
      }
    }
    const name = row.name || unit.name;
    const kind = row.kind || unit.kind;
    if (name !== unit.name || kind !== unit.kind) {
      const parts = nameParts(name);
      Object.assign(change, {
        name,
        shortName: parts.shortName,
        kind,
        adminType: parts.adminType ?? unit.adminType,
      });
      renamed.add(code);
      changes.push({
        code,
        kind: 'renamed',
        before: { name: unit.name, kind: unit.kind },
        after: { name, kind },
        ...notes(row),
      });
    }
    if (Object.keys(change).length > 1) update.push(change);
  }
  for (const row of rows) {
    if (row.event === 'hop_nhat') {
      for (const p of row.predecessors) {
        if (p !== row.code && endedBy.get(p) === row)
          lineage.push({ kind: 'merged_into', fromCode: p, toCode: row.code, ...notes(row) });
      }
    } else if (
      row.event === 'chia_tach' &&
      row.predecessors[0] !== row.code &&
      byCode.has(row.predecessors[0] ?? '')
    ) {
      lineage.push({
        kind: 'split_from',
        fromCode: row.predecessors[0] ?? '',
        toCode: row.code,
        ...notes(row),
      });
    } else if (
      row.event === 'doi_ten' &&
      row.predecessors[0] !== undefined &&
      row.predecessors[0] !== row.code
    ) {
      lineage.push({ kind: 'renamed', fromCode: row.predecessors[0], toCode: row.code, ...notes(row) });
    } else if (row.event === 'giai_the' && endedBy.get(row.code) === row) {
      changes.push({
        code: row.code,
        kind: 'abolished',
        before: { validUntil: byCode.get(row.code)?.validUntil ?? null },
        after: { validUntil: lastDay },
        ...notes(row),
      });
    }
  }

  // New units whose parents (new units of this file too) come back to themselves.
  const createdParent = new Map(create.map((u) => [u.code, u.parentCode]));
  for (const unit of create) {
    const seen = new Set([unit.code]);
    let cursor = unit.parentCode;
    while (cursor !== null && createdParent.has(cursor) && !seen.has(cursor)) {
      seen.add(cursor);
      cursor = createdParent.get(cursor) ?? null;
    }
    const row = createdBy.get(unit.code);
    if (cursor !== null && seen.has(cursor) && row) {
      problem(
        row,
        'parentCode',
        'REORG_PARENT_CYCLE',
        `Mã cấp trên "${unit.parentCode}" tạo vòng lặp cấp trên.`,
      );
    }
  }

  // No child left under a parent that ends: each must be ended, or given a parent, by this file.
  const parentSet = new Set(
    [...continuedBy.keys()].filter((c) => moved.has(c) || continuedBy.get(c)?.event !== 'doi_ten'),
  );
  for (const unit of registry) {
    if (unit.parentId === null || !isValidOn(unit, lastDay)) continue;
    if (endedBy.has(unit.code) || parentSet.has(unit.code)) continue;
    const parentCode = codeOfId.get(unit.parentId) ?? '';
    const ender = endedBy.get(parentCode);
    if (!ender) continue;
    problem(
      ender,
      ender.event === 'giai_the' ? 'code' : 'predecessors',
      'REORG_ORPHAN_CHILD',
      `Đơn vị ${label(unit.code)} vẫn thuộc ${label(parentCode)}, đơn vị kết thúc: điều chuyển, sáp nhập hoặc giải thể nó trong cùng tệp.`,
    );
  }

  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return {
    effectiveDate,
    lastDay,
    create,
    update,
    end: [...endedBy.keys()].sort(byString),
    lineage,
    changes,
    ended: [...endedBy.keys()].sort(byString),
    created: [...createdBy.keys()].filter((c) => !renamed.has(c)).sort(byString),
    renamed: [...renamed].sort(byString),
    moved: [...moved].sort(byString),
    problems,
  };
}

// The unit registry: list, tree, detail, create, update, lineage. Import is in unit-import.service.ts.
import { compareVietnamese, foldVietnamese } from '@dti/core';
import type { LineageCreate, UnitCreate, UnitListQuery, UnitUpdate } from '@dti/contract';
import type { LineageRow, UnitRow } from '../../db/units.repository';
import type { Repositories, Store } from '../../db/store';
import { requireRole, type Actor } from '../shared/actor';
import { AppError, notFound } from '../shared/app-error';
import { recordAudit } from '../shared/audit.service';

/** Roles that may read the registry (every signed-in account). */
export const unitReaders = ['admin', 'unit_officer', 'unit_head', 'council_member', 'leader'] as const;

/** A unit with its children, sorted by Vietnamese name. */
export type UnitTreeNode = UnitRow & { children: UnitTreeNode[] };

/** Sorts units by name in Vietnamese order, then by code. */
export function sortUnits<T extends { name: string; code: string }>(rows: T[]): T[] {
  return rows.sort((a, b) => compareVietnamese(a.name, b.name) || a.code.localeCompare(b.code));
}

function checkDates(validFrom: string, validUntil: string | null): void {
  if (validUntil !== null && validUntil < validFrom) {
    throw new AppError('INVALID_INPUT', 'Ngày hết hiệu lực phải sau ngày có hiệu lực.', [
      { path: 'validUntil', message: 'Ngày hết hiệu lực trước ngày có hiệu lực.' },
    ]);
  }
}

/** Throws unless `parentId` exists and is not `unitId` itself or one of its descendants. */
async function checkParent(
  repos: Repositories,
  unitId: number | null,
  parentId: number | null,
): Promise<void> {
  let cursor = parentId;
  const seen = new Set<number>();
  while (cursor !== null && !seen.has(cursor)) {
    if (cursor === unitId) {
      throw new AppError(
        'INVALID_INPUT',
        'Đơn vị cấp trên không thể là chính nó hay đơn vị cấp dưới của nó.',
        [{ path: 'parentId', message: 'Tạo vòng lặp cấp trên.' }],
      );
    }
    seen.add(cursor);
    const parent = await repos.units.findUnitById(cursor);
    if (!parent) {
      throw new AppError('INVALID_INPUT', 'Đơn vị cấp trên không tồn tại.', [
        { path: 'parentId', message: `Không có đơn vị mã số ${cursor}.` },
      ]);
    }
    cursor = parent.parentId;
  }
}

/** The registry's use cases except import. */
export function createUnitsService(store: Store) {
  const { units } = store.repos;
  return {
    async listUnits(actor: Actor, query: UnitListQuery): Promise<UnitRow[]> {
      requireRole(actor, unitReaders);
      const rows = await units.listUnits(query);
      const needle = query.q === undefined ? '' : foldVietnamese(query.q.trim());
      const found =
        needle === '' ? rows : rows.filter((u) => foldVietnamese(`${u.code} ${u.name}`).includes(needle));
      return sortUnits(found);
    },

    /** The whole registry (or the units in force on `validOn`) as a forest, sorted by name. */
    async getUnitTree(actor: Actor, validOn?: string): Promise<UnitTreeNode[]> {
      requireRole(actor, unitReaders);
      const nodes = new Map<number, UnitTreeNode>();
      for (const row of await units.listUnits({ validOn })) nodes.set(row.id, { ...row, children: [] });
      const roots: UnitTreeNode[] = [];
      for (const node of nodes.values()) {
        const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
        (parent ? parent.children : roots).push(node);
      }
      const sortDeep = (list: UnitTreeNode[]) => {
        sortUnits(list).forEach((n) => sortDeep(n.children));
        return list;
      };
      return sortDeep(roots);
    },

    async getUnit(actor: Actor, id: number): Promise<UnitRow & { lineage: LineageRow[] }> {
      requireRole(actor, unitReaders);
      const row = await units.findUnitById(id);
      if (!row) throw notFound('đơn vị');
      return { ...row, lineage: await units.listLineage(id) };
    },

    async createUnit(actor: Actor, input: UnitCreate): Promise<UnitRow> {
      requireRole(actor, ['admin']);
      const validUntil = input.validUntil ?? null;
      checkDates(input.validFrom, validUntil);
      return store.transaction(async (repos) => {
        if ((await repos.units.findUnitsByCodes([input.code])).length > 0) {
          throw new AppError('CONFLICT', `Mã đơn vị "${input.code}" đã có.`, [
            { path: 'code', message: 'Mã đơn vị đã được dùng.' },
          ]);
        }
        const parentId = input.parentId ?? null;
        await checkParent(repos, null, parentId);
        const row = await repos.units.insertUnit({
          code: input.code,
          name: input.name,
          shortName: input.shortName ?? input.name,
          kind: input.kind,
          adminType: input.adminType ?? null,
          parentId,
          validFrom: input.validFrom,
          validUntil,
        });
        await recordAudit(repos, actor, { action: 'create', entity: 'unit', entityId: row.id, after: row });
        return row;
      });
    },

    async updateUnit(actor: Actor, id: number, input: UnitUpdate): Promise<UnitRow> {
      requireRole(actor, ['admin']);
      return store.transaction(async (repos) => {
        const current = await repos.units.findUnitById(id);
        if (!current) throw notFound('đơn vị');
        const next = {
          name: input.name ?? current.name,
          shortName: input.shortName ?? current.shortName,
          kind: input.kind ?? current.kind,
          adminType: input.adminType === undefined ? current.adminType : input.adminType,
          parentId: input.parentId === undefined ? current.parentId : input.parentId,
          validFrom: input.validFrom ?? current.validFrom,
          validUntil: input.validUntil === undefined ? current.validUntil : input.validUntil,
        };
        checkDates(next.validFrom, next.validUntil);
        const changed = (Object.keys(next) as (keyof typeof next)[]).some(
          (key) => JSON.stringify(next[key]) !== JSON.stringify(current[key]),
        );
        if (!changed) return current; // nothing to write, nothing to audit
        if (next.parentId !== current.parentId) await checkParent(repos, id, next.parentId);
        const row = await repos.units.updateUnit(id, next);
        if (!row) throw notFound('đơn vị');
        await recordAudit(repos, actor, {
          action: 'update',
          entity: 'unit',
          entityId: id,
          before: current,
          after: row,
        });
        return row;
      });
    },

    /** Records a lineage event (a merger, split or renaming) between two existing units. */
    async addLineage(actor: Actor, input: LineageCreate): Promise<LineageRow> {
      requireRole(actor, ['admin']);
      if (input.fromUnitId === input.toUnitId) {
        throw new AppError('INVALID_INPUT', 'Hai đơn vị của một sự kiện phải khác nhau.');
      }
      return store.transaction(async (repos) => {
        for (const id of [input.fromUnitId, input.toUnitId]) {
          if (!(await repos.units.findUnitById(id))) throw notFound(`đơn vị mã số ${id}`);
        }
        const row = await repos.units.insertLineage(input);
        await recordAudit(repos, actor, {
          action: 'create',
          entity: 'unit_lineage',
          entityId: row.id,
          after: row,
        });
        return row;
      });
    },
  };
}

/** The registry's use cases except import. */
export type UnitsService = ReturnType<typeof createUnitsService>;

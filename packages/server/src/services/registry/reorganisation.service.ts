// A reorganisation of the unit registry as one operation (docs/spec/reorganisation.md): the file
// is read and checked whole, then every event is written in one transaction, or nothing is.
import type { ReorganisationResult, ReorganisationUnit } from '@dti/contract';
import type { Repositories, Store } from '../../db/store';
import type { UnitRow } from '../../db/units.repository';
import { requireRole, type Actor } from '../shared/actor';
import { AppError, type AppErrorDetail } from '../shared/app-error';
import { recordAudit } from '../shared/audit.service';
import { checkReorganisationTable } from './reorganisation-file';
import { planReorganisation, type ReorganisationPlan } from './reorganisation-plan';
import { readCellTable, type ImportFormat } from './unit-import-file';

/** Options of one run. */
export interface ReorganiseOptions {
  dryRun: boolean;
  /** The file's name, kept in the audit log. */
  fileName?: string | undefined;
}

function countByKind(codes: readonly string[], kinds: Map<string, string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const code of codes) {
    const kind = kinds.get(code) ?? '';
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

/** The answer: lists, counts per unit kind, the units named (as they will be; as they were if ended). */
function answer(
  plan: ReorganisationPlan,
  registry: readonly UnitRow[],
  dryRun: boolean,
): ReorganisationResult {
  const units = new Map<string, ReorganisationUnit>(
    registry.map((u) => [u.code, { code: u.code, name: u.name, kind: u.kind }]),
  );
  for (const u of plan.create) units.set(u.code, { code: u.code, name: u.name, kind: u.kind });
  for (const u of plan.update) {
    const current = units.get(u.code);
    if (current)
      units.set(u.code, { code: u.code, name: u.name ?? current.name, kind: u.kind ?? current.kind });
  }
  const kinds = new Map([...units.values()].map((u) => [u.code, u.kind]));
  const named = new Set([...plan.ended, ...plan.created, ...plan.renamed, ...plan.moved]);
  const ok = plan.problems.length === 0;
  return {
    effectiveDate: plan.effectiveDate,
    ended: plan.ended,
    created: plan.created,
    renamed: plan.renamed,
    moved: plan.moved,
    problems: plan.problems,
    dryRun,
    applied: ok && !dryRun,
    counts: {
      ended: countByKind(plan.ended, kinds),
      created: countByKind(plan.created, kinds),
      renamed: countByKind(plan.renamed, kinds),
      moved: countByKind(plan.moved, kinds),
    },
    units: [...named].sort().flatMap((code) => {
      const unit = units.get(code);
      return unit ? [unit] : [];
    }),
  };
}

/** Writes a plan without problems; every write audited. */
async function applyPlan(repos: Repositories, actor: Actor, plan: ReorganisationPlan, registry: UnitRow[]) {
  const effectiveDate = plan.effectiveDate ?? '';
  const lastDay = plan.lastDay ?? '';
  const ids = new Map(registry.map((u) => [u.code, u.id]));
  const before = new Map(registry.map((u) => [u.code, u]));
  const idOf = (code: string): number => {
    const id = ids.get(code);
    if (id === undefined) throw new Error(`reorganisation plan names an unknown unit ${code}`);
    return id;
  };

  // New units, parents first (a parent may be new too; the plan has no cycles).
  let pending = plan.create;
  while (pending.length > 0) {
    const ready = pending.filter((u) => u.parentCode === null || ids.has(u.parentCode));
    if (ready.length === 0) throw new Error('reorganisation plan has a parent cycle');
    const rows = await repos.units.insertUnits(
      ready.map(({ parentCode, ...u }) => ({
        ...u,
        parentId: parentCode === null ? null : idOf(parentCode),
        validFrom: effectiveDate,
        validUntil: null,
      })),
    );
    for (const row of rows) {
      ids.set(row.code, row.id);
      await recordAudit(repos, actor, { action: 'reorganise', entity: 'unit', entityId: row.id, after: row });
    }
    pending = pending.filter((u) => !ids.has(u.code));
  }
  for (const { code, parentCode, ...fields } of plan.update) {
    const row = await repos.units.updateUnit(idOf(code), {
      ...fields,
      ...(parentCode === undefined ? {} : { parentId: parentCode === null ? null : idOf(parentCode) }),
    });
    await recordAudit(repos, actor, {
      action: 'reorganise',
      entity: 'unit',
      entityId: idOf(code),
      before: before.get(code),
      after: row,
    });
  }
  for (const code of plan.end) {
    const row = await repos.units.updateUnit(idOf(code), { validUntil: lastDay });
    await recordAudit(repos, actor, {
      action: 'reorganise',
      entity: 'unit',
      entityId: idOf(code),
      before: before.get(code),
      after: row,
    });
  }
  await repos.units.insertLineageRows(
    plan.lineage.map((l) => ({
      kind: l.kind,
      fromUnitId: idOf(l.fromCode),
      toUnitId: idOf(l.toCode),
      effectiveDate,
      note: l.note,
      legalBasis: l.legalBasis,
    })),
  );
  await repos.units.insertUnitChanges(
    plan.changes.map((c) => ({
      unitId: idOf(c.code),
      kind: c.kind,
      effectiveDate,
      before: c.before,
      after: c.after,
      legalBasis: c.legalBasis,
      note: c.note,
    })),
  );
}

/** Rejection of a file with problems, for callers that need an error (API, start-up loader). */
export function rejectReorganisation(problems: AppErrorDetail[]): AppError {
  return new AppError(
    'IMPORT_REJECTED',
    `Tệp sắp xếp đơn vị có ${problems.length} lỗi; chưa có thay đổi nào được ghi. Sửa các lỗi dưới đây rồi gửi lại.`,
    problems,
  );
}

/** Reorganises the registry from a file in a store (a transaction, when the caller holds one). */
export async function reorganiseRegistry(
  store: Store,
  actor: Actor,
  bytes: Buffer,
  format: ImportFormat,
  options: ReorganiseOptions,
): Promise<ReorganisationResult> {
  requireRole(actor, ['admin']);
  let table;
  try {
    table = await readCellTable(bytes, format);
  } catch {
    table = undefined;
  }
  if (!table) {
    const plan = planReorganisation([], []);
    plan.problems.push({
      row: 1,
      code: 'REORG_UNREADABLE',
      message: `Không đọc được tệp ${format.toUpperCase()}.`,
    });
    return answer(plan, [], options.dryRun);
  }
  const checked = checkReorganisationTable(table);
  return store.transaction(async (repos) => {
    const registry = await repos.units.listUnits();
    const plan = planReorganisation(checked.rows, registry);
    plan.problems = [...checked.problems, ...plan.problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    const result = answer(plan, registry, options.dryRun);
    if (!result.applied) return result;
    await applyPlan(repos, actor, plan, registry);
    await recordAudit(repos, actor, {
      action: 'reorganise',
      entity: 'registry',
      entityId: plan.effectiveDate ?? '',
      after: {
        file: options.fileName ?? null,
        effectiveDate: result.effectiveDate,
        ended: result.ended,
        created: result.created,
        renamed: result.renamed,
        moved: result.moved,
      },
    });
    return result;
  });
}

/** Reorganisation use cases. */
export function createReorganisationService(store: Store) {
  return {
    /** Checks a file and, unless `dryRun` or a problem, applies it whole. Problems are in the answer. */
    reorganise: (actor: Actor, bytes: Buffer, format: ImportFormat, options: ReorganiseOptions) =>
      reorganiseRegistry(store, actor, bytes, format, options),
  };
}

/** Reorganisation use cases. */
export type ReorganisationService = ReturnType<typeof createReorganisationService>;

// First start: seed the unit registry, create the first administrator.
import type { Store } from '../../db/store';
import { buildUnitSeed } from '../../db/seed/unit-seed';
import { readReorganisationFiles, shippedReorganisationsDir } from '../../db/seed/reorganisation-files';
import { AppError, type AppErrorDetail } from '../shared/app-error';
import { reorganiseRegistry } from '../registry/reorganisation.service';
import type { Actor } from '../shared/actor';
import { recordAudit } from '../shared/audit.service';
import { generatePassword, hashPassword } from '../accounts/passwords';

/** The system actor of start-up work. */
export const startupActor: Actor = { kind: 'system', name: 'khởi động' };

/**
 * Seeds the unit registry when it is empty, then applies the shipped reorganisation files (file-name
 * order, each all or nothing) in the same transaction: a bad file stores nothing at all. Returns
 * the number of units of the 2023 seed. `reorganisationsDir: null` applies none (tests written
 * against the 2023 registry).
 */
export async function seedUnitsIfEmpty(
  store: Store,
  options: { reorganisationsDir?: string | null } = {},
): Promise<number> {
  if ((await store.repos.units.countUnits()) > 0) return 0;
  const files =
    options.reorganisationsDir === null
      ? []
      : await readReorganisationFiles(options.reorganisationsDir ?? shippedReorganisationsDir);
  return store.atomically(async (tx) => {
    const seeded = await seedRegistry(tx);
    for (const file of files) {
      const result = await reorganiseRegistry(tx, startupActor, file.bytes, file.format, {
        dryRun: false,
        fileName: file.name,
      });
      if (result.problems.length > 0) {
        throw new AppError(
          'IMPORT_REJECTED',
          `Tệp sắp xếp đơn vị kèm theo "${file.name}" có ${result.problems.length} lỗi; chưa có gì được ghi.`,
          result.problems as AppErrorDetail[],
        );
      }
    }
    return seeded;
  });
}

async function seedRegistry(store: Store): Promise<number> {
  const seed = buildUnitSeed();
  return store.transaction(async (repos) => {
    const ids = new Map<string, number>();
    // Parents come first in the seed: insert level by level so each batch knows its parents' ids.
    let pending = seed.units;
    while (pending.length > 0) {
      const ready = pending.filter((u) => u.parentCode === null || ids.has(u.parentCode));
      if (ready.length === 0) throw new Error('unit seed has a unit whose parent is missing');
      const rows = await repos.units.insertUnits(
        ready.map(({ parentCode, ...u }) => ({
          ...u,
          parentId: parentCode === null ? null : (ids.get(parentCode) ?? null),
        })),
      );
      for (const row of rows) ids.set(row.code, row.id);
      pending = pending.filter((u) => !ids.has(u.code));
    }
    for (const event of seed.lineage) {
      const fromUnitId = ids.get(event.fromCode);
      const toUnitId = ids.get(event.toCode);
      if (fromUnitId === undefined || toUnitId === undefined)
        throw new Error('lineage seed names a missing unit');
      await repos.units.insertLineage({
        kind: event.kind,
        fromUnitId,
        toUnitId,
        effectiveDate: event.effectiveDate,
        note: event.note,
      });
    }
    await recordAudit(repos, startupActor, {
      action: 'seed',
      entity: 'unit',
      entityId: '*',
      after: { units: ids.size, lineage: seed.lineage.length },
    });
    return ids.size;
  });
}

/**
 * Creates the account `admin` when there is no account at all. Returns the password when it was
 * generated (to print once), `null` when it came from the settings, undefined when nothing was done.
 */
export async function ensureFirstAdmin(
  store: Store,
  password: string | undefined,
): Promise<string | null | undefined> {
  if ((await store.repos.users.countUsers()) > 0) return undefined;
  const chosen = password ?? generatePassword();
  const passwordHash = await hashPassword(chosen);
  await store.transaction(async (repos) => {
    if ((await repos.users.countUsers()) > 0) return;
    const row = await repos.users.insertUser({
      username: 'admin',
      fullName: 'Quản trị hệ thống',
      role: 'admin',
      passwordHash,
    });
    const { passwordHash: _hidden, ...after } = row;
    await recordAudit(repos, startupActor, { action: 'create', entity: 'user', entityId: row.id, after });
  });
  return password === undefined ? chosen : null;
}

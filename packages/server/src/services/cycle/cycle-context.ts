// Looking up what every assessment-cycle use case needs: the period of a year, its framework (cached
// briefly: frameworks change rarely and are read on every save), a unit and the set it answers.
import type { Framework, IndexSet } from '@dti/core';
import type { PeriodRow } from '../../db/periods.repository';
import type { Repositories } from '../../db/store';
import type { UnitRow } from '../../db/units.repository';
import type { Actor } from '../shared/actor';
import { noUnitsNote } from '../../reports';
import { AppError, notFound } from '../shared/app-error';

/** A period with its framework. */
export interface PeriodContext {
  period: PeriodRow;
  framework: Framework;
}

/** A unit in a period, with the set it is assessed by. */
export interface UnitContext extends PeriodContext {
  unit: UnitRow;
  set: IndexSet;
}

const CACHE_MS = 5_000;

/** Reads frameworks through a short cache. */
export function createFrameworkCache() {
  const cache = new Map<string, { framework: Framework; at: number }>();
  // Concurrent reads of the same framework share one query (a framework weighs hundreds of kB).
  const reading = new Map<string, Promise<Framework>>();
  return {
    async get(repos: Repositories, id: string): Promise<Framework> {
      const hit = cache.get(id);
      if (hit && Date.now() - hit.at < CACHE_MS) return hit.framework;
      const running = reading.get(id);
      if (running) return running;
      const read = (async () => {
        const row = await repos.frameworks.findFramework(id);
        if (!row) throw notFound(`bộ chỉ số "${id}"`);
        const framework = row.content as Framework;
        cache.set(id, { framework, at: Date.now() });
        return framework;
      })();
      reading.set(id, read);
      try {
        return await read;
      } finally {
        reading.delete(id);
      }
    },
  };
}

/** Reads frameworks through a short cache. */
export type FrameworkCache = ReturnType<typeof createFrameworkCache>;

/** The period of a year with its framework. */
export async function loadPeriod(
  repos: Repositories,
  frameworks: FrameworkCache,
  year: number,
): Promise<PeriodContext> {
  const period = await repos.periods.findPeriodByYear(year);
  if (!period) throw notFound(`kỳ đánh giá năm ${year}`);
  return { period, framework: await frameworks.get(repos, period.frameworkId) };
}

/** The set of a framework that assesses units of `kind`. */
export function setForKind(framework: Framework, kind: string): IndexSet | undefined {
  return framework.sets.find((s) => s.unitKind === kind);
}

/** A unit (by code) in the period of a year, with its set. */
export async function loadUnitInPeriod(
  repos: Repositories,
  frameworks: FrameworkCache,
  year: number,
  unitCode: string,
): Promise<UnitContext> {
  const context = await loadPeriod(repos, frameworks, year);
  const [unit] = await repos.units.findUnitsByCodes([unitCode]);
  if (!unit) throw notFound(`đơn vị "${unitCode}"`);
  if (!isUnitInYear(unit, year)) {
    throw new AppError(
      'INVALID_INPUT',
      `Đơn vị "${unit.name}" không còn hiệu lực ngày 31/12/${year}: không thuộc kỳ đánh giá năm ${year}.`,
    );
  }
  const set = setForKind(context.framework, unit.kind);
  if (!set) {
    throw new AppError(
      'INVALID_INPUT',
      `Đơn vị "${unit.name}" không thuộc bộ chỉ số nào của ${context.framework.id}.`,
    );
  }
  return { ...context, unit, set };
}

/** Throws FORBIDDEN unless the actor may act for `unit` (its own officer or head; the system). */
export function requireUnitWriter(actor: Actor, unit: UnitRow, roles: readonly string[]): void {
  if (actor.kind === 'system') return;
  if (actor.kind === 'user' && roles.includes(actor.role) && actor.unitId === unit.id) return;
  throw new AppError('FORBIDDEN', 'Chỉ cán bộ của chính đơn vị mới được thực hiện thao tác này.');
}

/** Throws FORBIDDEN unless the actor may see `unit` (every role but another unit's staff). */
export function requireUnitReader(actor: Actor, unit: UnitRow): void {
  if (actor.kind === 'system') return;
  if (actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED', 'Vui lòng đăng nhập để tiếp tục.');
  if (actor.role === 'unit_officer' || actor.role === 'unit_head') {
    if (actor.unitId !== unit.id) {
      throw new AppError('FORBIDDEN', 'Tài khoản chỉ xem được dữ liệu của đơn vị mình.');
    }
  }
}

/**
 * True when a unit belongs to the period of a year: it is in force on the last day of the data
 * window, 31/12 of the year (docs/spec/reorganisation.md). A unit that ended during the year (merged,
 * abolished) is not in it; the unit that followed it is.
 */
export function isUnitInYear(unit: Pick<UnitRow, 'validFrom' | 'validUntil'>, year: number): boolean {
  const lastDay = `${year}-12-31`;
  return unit.validFrom <= lastDay && (unit.validUntil === null || unit.validUntil >= lastDay);
}

/** The Vietnamese sentence a set with no unit in force says (API field and pages). */
export function noUnitsMessage(setName: string, year: number): string {
  return noUnitsNote({ name: setName }, year);
}

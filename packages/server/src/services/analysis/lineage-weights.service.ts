// Weights of a merged unit's predecessors (issue 12, §3): the comparable figure of a year before a
// merger is the mean of the predecessors' percent, with equal weights unless an administrator sets
// weights (for example population). Stored in the settings table under `lineageWeights:<unitCode>`,
// validated whole, audited.
import { predecessorCodes } from '@dti/core';
import type { Repositories, Store } from '../../db/store';
import { auditIdentity, requireRole, type Actor } from '../shared/actor';
import { AppError, notFound, type AppErrorDetail } from '../shared/app-error';
import { recordAudit } from '../shared/audit.service';
import type { Clock } from '../shared/clock';
import { unitLineageOf } from './unit-lineage';

/** Largest weight accepted (population of a commune fits; a guard against typing mistakes). */
export const MAX_LINEAGE_WEIGHT = 10_000_000;

const keyOf = (unitCode: string) => `lineageWeights:${unitCode}`;

/** The weights of a unit's predecessors as stored and what may carry one. */
export interface LineageWeights {
  unitCode: string;
  /** Predecessor code → weight; empty: equal weights. */
  weights: Record<string, number>;
  /** The codes that may carry a weight: the unit (when it kept its code) and its predecessors. */
  predecessors: { code: string; name: string }[];
  updatedAt: string | null;
  updatedBy: string | null;
}

/** The stored weights of a unit (code → positive weight); empty when none. */
export async function readLineageWeights(
  repos: Repositories,
  unitCode: string,
): Promise<Record<string, number>> {
  return lineageWeightsOf((await repos.settings.find(keyOf(unitCode)))?.value);
}

/** Every unit's stored weights: unit code → (code → positive weight); units without any left out. */
export async function readAllLineageWeights(
  repos: Repositories,
): Promise<Record<string, Record<string, number>>> {
  const out: Record<string, Record<string, number>> = {};
  for (const row of await repos.settings.listByPrefix(keyOf(''))) {
    const weights = lineageWeightsOf(row.value);
    if (Object.keys(weights).length > 0) out[row.key.slice(keyOf('').length)] = weights;
  }
  return out;
}

/** The positive weights of a stored value (anything else is ignored). */
function lineageWeightsOf(value: unknown): Record<string, number> {
  if (typeof value !== 'object' || value === null) return {};
  const out: Record<string, number> = {};
  for (const [code, w] of Object.entries(value as Record<string, unknown>)) {
    if (typeof w === 'number' && Number.isFinite(w) && w > 0) out[code] = w;
  }
  return out;
}

/** Every problem of proposed weights, given the codes that may carry one. */
export function checkLineageWeights(
  allowed: ReadonlySet<string>,
  unitCode: string,
  weights: Record<string, unknown>,
): AppErrorDetail[] {
  const problems: AppErrorDetail[] = [];
  if (allowed.size === 0) {
    problems.push({
      path: 'weights',
      code: 'NO_PREDECESSORS',
      message: `Đơn vị ${unitCode} không có đơn vị tiền thân: không đặt trọng số được.`,
    });
  }
  for (const [code, w] of Object.entries(weights)) {
    const path = `weights.${code}`;
    if (!allowed.has(code)) {
      problems.push({
        path,
        code: 'NOT_A_PREDECESSOR',
        message: `Mã "${code}" không phải đơn vị tiền thân của ${unitCode}.`,
      });
    } else if (typeof w !== 'number' || !Number.isFinite(w)) {
      problems.push({ path, code: 'NOT_A_NUMBER', message: `Trọng số của ${code} phải là một số.` });
    } else if (w <= 0) {
      problems.push({ path, code: 'NOT_POSITIVE', message: `Trọng số của ${code} phải lớn hơn 0.` });
    } else if (w > MAX_LINEAGE_WEIGHT) {
      problems.push({
        path,
        code: 'TOO_LARGE',
        message: `Trọng số của ${code} không được quá ${MAX_LINEAGE_WEIGHT.toLocaleString('vi-VN')}.`,
      });
    }
  }
  return problems;
}

/** Predecessor-weights use cases. */
export function createLineageWeightsService(store: Store, clock: Clock) {
  async function context(repos: Repositories, unitCode: string) {
    const [unit] = await repos.units.findUnitsByCodes([unitCode]);
    if (!unit) throw notFound(`đơn vị "${unitCode}"`);
    const lineage = await unitLineageOf(repos, unit);
    const codes = predecessorCodes(unit.code, lineage.links);
    // A unit that absorbed others kept its code: its own earlier figure is one of the predecessors.
    if (lineage.links.some((l) => l.to === unit.code && l.kind === 'merged_into')) codes.unshift(unit.code);
    const predecessors = codes.map((code) => ({ code, name: lineage.units.get(code)?.name ?? code }));
    return { unit, predecessors };
  }

  async function present(repos: Repositories, unitCode: string): Promise<LineageWeights> {
    const { predecessors } = await context(repos, unitCode);
    const row = await repos.settings.find(keyOf(unitCode));
    return {
      unitCode,
      weights: await readLineageWeights(repos, unitCode),
      predecessors,
      updatedAt: row ? row.updatedAt.toISOString() : null,
      updatedBy: row?.updatedByName ?? null,
    };
  }

  return {
    /** The weights of a unit's predecessors (province readers). */
    async getLineageWeights(actor: Actor, unitCode: string): Promise<LineageWeights> {
      requireRole(actor, ['admin', 'leader', 'council_member']);
      return present(store.repos, unitCode);
    },

    /** Replaces the weights (administrators); every problem listed, nothing stored on any. `{}` resets. */
    async setLineageWeights(
      actor: Actor,
      unitCode: string,
      weights: Record<string, unknown>,
    ): Promise<LineageWeights> {
      requireRole(actor, ['admin']);
      const { predecessors } = await context(store.repos, unitCode);
      const problems = checkLineageWeights(new Set(predecessors.map((p) => p.code)), unitCode, weights);
      if (problems.length > 0) {
        throw new AppError(
          'INVALID_INPUT',
          `Trọng số đơn vị tiền thân có ${problems.length} lỗi; chưa lưu gì.`,
          problems,
        );
      }
      return store.transaction(async (repos) => {
        const before = await readLineageWeights(repos, unitCode);
        await repos.settings.upsert(
          keyOf(unitCode),
          weights,
          auditIdentity(actor).actorUsername,
          clock.now(),
        );
        await recordAudit(repos, actor, {
          action: 'set_lineage_weights',
          entity: 'unit',
          entityId: unitCode,
          before,
          after: weights,
        });
        return present(repos, unitCode);
      });
    },
  };
}

/** Predecessor-weights use cases. */
export type LineageWeightsService = ReturnType<typeof createLineageWeightsService>;

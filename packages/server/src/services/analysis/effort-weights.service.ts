// Effort weights per sub-index (issue 8, §4): how hard improving each sub-index of a framework is,
// set by an administrator (default equal: 1), stored in the settings table under
// `effortWeights:<frameworkId>`, used by improvement plans (web and `dti analyze plan`).
import type { EffortWeights } from '@dti/contract';
import type { Framework } from '@dti/core';
import type { Repositories, Store } from '../../db/store';
import { auditIdentity, requireRole, type Actor } from '../shared/actor';
import { AppError, notFound, type AppErrorDetail } from '../shared/app-error';
import { recordAudit } from '../shared/audit.service';
import type { Clock } from '../shared/clock';

/** Largest effort weight accepted (a guard against typing mistakes). */
export const MAX_EFFORT_WEIGHT = 1000;

const keyOf = (frameworkId: string) => `effortWeights:${frameworkId}`;

/** Every sub-index code of a framework (codes shared by several sets count once), in framework order. */
function subCodesOf(framework: Framework): string[] {
  const codes = framework.sets.flatMap((s) => s.indices.flatMap((i) => i.subIndices.map((sub) => sub.code)));
  return [...new Set(codes)];
}

/** The weights an administrator stored for a framework (sub-index code → weight); empty when none. */
export async function readEffortWeights(
  repos: Repositories,
  frameworkId: string,
): Promise<Record<string, number>> {
  const row = await repos.settings.find(keyOf(frameworkId));
  const value = row?.value;
  if (typeof value !== 'object' || value === null) return {};
  const out: Record<string, number> = {};
  for (const [code, w] of Object.entries(value as Record<string, unknown>)) {
    if (typeof w === 'number' && Number.isFinite(w) && w > 0) out[code] = w;
  }
  return out;
}

/** Every problem of a proposed set of weights, in Vietnamese. */
export function checkEffortWeights(framework: Framework, weights: Record<string, unknown>): AppErrorDetail[] {
  const known = new Set(subCodesOf(framework));
  const problems: AppErrorDetail[] = [];
  for (const [code, w] of Object.entries(weights)) {
    const path = `weights.${code}`;
    if (!known.has(code)) {
      problems.push({
        path,
        code: 'UNKNOWN_SUB_INDEX',
        message: `Chỉ số thành phần "${code}" không có trong bộ chỉ số ${framework.id}.`,
      });
    } else if (typeof w !== 'number' || !Number.isFinite(w)) {
      problems.push({ path, code: 'NOT_A_NUMBER', message: `Trọng số của chỉ số ${code} phải là một số.` });
    } else if (w <= 0) {
      problems.push({ path, code: 'NOT_POSITIVE', message: `Trọng số của chỉ số ${code} phải lớn hơn 0.` });
    } else if (w > MAX_EFFORT_WEIGHT) {
      problems.push({
        path,
        code: 'TOO_LARGE',
        message: `Trọng số của chỉ số ${code} không được quá ${MAX_EFFORT_WEIGHT}.`,
      });
    }
  }
  return problems;
}

/** Effort-weights use cases. */
export function createEffortWeightsService(store: Store, clock: Clock) {
  async function loadFramework(repos: Repositories, id: string): Promise<Framework> {
    const row = await repos.frameworks.findFramework(id);
    if (!row) throw notFound(`bộ chỉ số "${id}"`);
    return row.content as Framework;
  }

  async function present(repos: Repositories, framework: Framework): Promise<EffortWeights> {
    const row = await repos.settings.find(keyOf(framework.id));
    const stored = await readEffortWeights(repos, framework.id);
    const codes = subCodesOf(framework);
    return {
      frameworkId: framework.id,
      weights: Object.fromEntries(codes.map((c) => [c, stored[c] ?? 1])),
      custom: codes.filter((c) => stored[c] !== undefined),
      updatedAt: row ? row.updatedAt.toISOString() : null,
      updatedBy: row?.updatedByName ?? null,
    };
  }

  return {
    /** The weights of every sub-index of a framework (signed-in readers). */
    async getEffortWeights(actor: Actor, frameworkId: string): Promise<EffortWeights> {
      requireRole(actor, ['admin', 'leader', 'council_member', 'unit_head', 'unit_officer']);
      return present(store.repos, await loadFramework(store.repos, frameworkId));
    },

    /** Replaces a framework's weights (administrators); every problem listed, nothing stored on any. */
    async setEffortWeights(
      actor: Actor,
      frameworkId: string,
      weights: Record<string, unknown>,
    ): Promise<EffortWeights> {
      requireRole(actor, ['admin']);
      const framework = await loadFramework(store.repos, frameworkId);
      const problems = checkEffortWeights(framework, weights);
      if (problems.length > 0) {
        throw new AppError(
          'INVALID_INPUT',
          `Trọng số công sức có ${problems.length} lỗi; chưa lưu gì.`,
          problems,
        );
      }
      // Weights equal to the default are not stored: "custom" lists only what differs from 1.
      const value = Object.fromEntries(
        Object.entries(weights as Record<string, number>).filter(([, w]) => w !== 1),
      );
      return store.transaction(async (repos) => {
        const before = await readEffortWeights(repos, frameworkId);
        await repos.settings.upsert(
          keyOf(frameworkId),
          value,
          auditIdentity(actor).actorUsername,
          clock.now(),
        );
        await recordAudit(repos, actor, {
          action: 'set_effort_weights',
          entity: 'framework',
          entityId: frameworkId,
          before,
          after: value,
        });
        return present(repos, framework);
      });
    },
  };
}

/** Effort-weights use cases. */
export type EffortWeightsService = ReturnType<typeof createEffortWeightsService>;

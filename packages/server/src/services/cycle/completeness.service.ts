// The completeness dashboard: per set, who submitted (on time or late), who is in draft, who has
// not started, and which filled items have no evidence.
import type { CompletenessSet } from '@dti/contract';
import type { Store } from '../../db/store';
import { requireRole, type Actor } from '../shared/actor';
import { isUnitInYear, loadPeriod, noUnitsMessage, setForKind, type FrameworkCache } from './cycle-context';
import { subIndicesOf } from './cycle-scoring';

/** Completeness use cases. */
export function createCompletenessService(store: Store, frameworks: FrameworkCache) {
  return {
    async completeness(actor: Actor, year: number): Promise<CompletenessSet[]> {
      requireRole(actor, ['admin', 'leader', 'council_member']);
      const { period, framework } = await loadPeriod(store.repos, frameworks, year);
      const units = (await store.repos.units.listUnits()).filter((u) => isUnitInYear(u, year));
      const items = await store.repos.assessments.listPeriodItems(period.id);
      const submissions = new Map(
        (await store.repos.assessments.listSubmissions(period.id)).map((s) => [s.unitId, s]),
      );
      const evidence = new Set(
        (await store.repos.evidence.countPeriodEvidence(period.id)).map((e) => `${e.unitId}/${e.subCode}`),
      );
      const deadlines = new Map(
        (await store.repos.periods.listDeadlines(period.id)).map((d) => [d.setId, d.deadline]),
      );
      const filled = new Map<number, string[]>();
      for (const item of items) filled.set(item.unitId, [...(filled.get(item.unitId) ?? []), item.subCode]);
      return framework.sets.map((set) => {
        const total = subIndicesOf(set).size;
        const rows = units
          .filter((u) => setForKind(framework, u.kind)?.id === set.id)
          .map((u) => {
            const codes = filled.get(u.id) ?? [];
            const submission = submissions.get(u.id);
            return {
              code: u.code,
              name: u.name,
              status: submission
                ? ('submitted' as const)
                : codes.length > 0
                  ? ('draft' as const)
                  : ('not_started' as const),
              late: submission ? submission.late : null,
              submittedAt: submission ? submission.submittedAt.toISOString() : null,
              itemsFilled: codes.length,
              itemsTotal: total,
              itemsMissingEvidence: codes.filter((c) => !evidence.has(`${u.id}/${c}`)),
            };
          });
        return {
          setId: set.id,
          deadline: deadlines.get(set.id)?.toISOString() ?? '',
          submittedOnTime: rows.filter((r) => r.status === 'submitted' && r.late === false).length,
          submittedLate: rows.filter((r) => r.status === 'submitted' && r.late === true).length,
          draft: rows.filter((r) => r.status === 'draft').length,
          notStarted: rows.filter((r) => r.status === 'not_started').length,
          units: rows,
          ...(rows.length === 0
            ? { noUnits: { code: 'NO_UNITS_IN_FORCE' as const, message: noUnitsMessage(set.name, year) } }
            : {}),
        };
      });
    },
  };
}

/** Completeness use cases. */
export type CompletenessService = ReturnType<typeof createCompletenessService>;

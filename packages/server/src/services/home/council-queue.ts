// The council member's queue (issue 14 §3), pure: assignments (by unit, or by main index of a set)
// unfolded into one row per unit with the items to review — the same scope as the progress board —
// how many are reviewed, asked of the unit, and the anomaly flags on those items.
import type { CouncilQueueRow, CouncilQueueState } from '@dti/contract';
import type { Framework } from '@dti/core';
import { compareVietnamese } from '@dti/core';

/** An assignment as the queue needs it. */
export interface QueueAssignment {
  unitId: number | null;
  setId: string | null;
  indexCode: string | null;
}

/** A unit in force in the period's year. */
export interface QueueUnit {
  id: number;
  code: string;
  name: string;
  kind: string;
}

/** An item's review state. */
export interface QueueItem {
  unitId: number;
  subCode: string;
  reviewStatus: string | null;
  answerUntil: Date | null;
}

/** What the queue is built from. */
export interface CouncilQueueInput {
  framework: Framework;
  units: readonly QueueUnit[];
  assignments: readonly QueueAssignment[];
  /** Units never reviewed by this member (their own agency). */
  ownUnitIds: ReadonlySet<number>;
  items: readonly QueueItem[];
  submittedUnitIds: ReadonlySet<number>;
  /** Anomaly flags of the units' sets (unit code, sub-index when the flag is on one, severity). */
  anomalies: readonly { unit: string; subIndex?: string | undefined; severity: string }[];
  now: Date;
}

const setOfKind = (framework: Framework, kind: string) => framework.sets.find((s) => s.unitKind === kind);

/** The order of the queue: what needs the member first, done last. */
const stateOrder: Record<CouncilQueueState, number> = { in_progress: 0, not_started: 1, asked: 2, done: 3 };

/** The state of a unit from its counts. */
export function queueState(counts: { toReview: number; reviewed: number; asked: number; touched: number }) {
  if (counts.asked > 0) return 'asked' as const;
  if (counts.toReview > 0 && counts.reviewed >= counts.toReview) return 'done' as const;
  if (counts.reviewed > 0 || counts.touched > 0) return 'in_progress' as const;
  return 'not_started' as const;
}

/**
 * One row per assigned unit, in queue order: state (in progress, not started, asked, done), then the
 * most anomaly flags (high first), then the Vietnamese name.
 */
export function buildCouncilQueue(input: CouncilQueueInput): CouncilQueueRow[] {
  const { framework } = input;
  // unit id → sub-indices in scope, and the main indices (null: the whole unit)
  const scope = new Map<number, { subs: Set<string>; indices: Set<string> | null }>();
  for (const a of input.assignments) {
    const targets =
      a.unitId === null
        ? input.units.filter((u) => setOfKind(framework, u.kind)?.id === a.setId)
        : input.units.filter((u) => u.id === a.unitId);
    for (const unit of targets) {
      if (input.ownUnitIds.has(unit.id)) continue;
      const set = setOfKind(framework, unit.kind);
      if (!set) continue;
      const entry = scope.get(unit.id) ?? { subs: new Set<string>(), indices: new Set<string>() };
      if (a.indexCode === null) entry.indices = null;
      else entry.indices?.add(a.indexCode);
      for (const index of set.indices) {
        if (a.indexCode !== null && index.code !== a.indexCode) continue;
        for (const sub of index.subIndices) entry.subs.add(sub.code);
      }
      scope.set(unit.id, entry);
    }
  }
  const itemsOf = new Map<number, QueueItem[]>();
  for (const item of input.items) {
    if (!scope.has(item.unitId)) continue;
    const list = itemsOf.get(item.unitId) ?? [];
    list.push(item);
    itemsOf.set(item.unitId, list);
  }
  const byId = new Map(input.units.map((u) => [u.id, u]));
  const flagsOf = new Map<string, CouncilQueueInput['anomalies'][number][]>();
  for (const flag of input.anomalies) {
    const list = flagsOf.get(flag.unit) ?? [];
    list.push(flag);
    flagsOf.set(flag.unit, list);
  }
  const rows: CouncilQueueRow[] = [];
  for (const [unitId, entry] of scope) {
    const unit = byId.get(unitId);
    const set = unit ? setOfKind(framework, unit.kind) : undefined;
    if (!unit || !set) continue;
    const items = (itemsOf.get(unitId) ?? []).filter((i) => entry.subs.has(i.subCode));
    const reviewed = items.filter(
      (i) => i.reviewStatus === 'accepted' || i.reviewStatus === 'adjusted',
    ).length;
    // A request whose answer time has run out is back with the council: it no longer waits for the unit.
    const asked = items.filter(
      (i) => i.reviewStatus === 'requested' && (i.answerUntil === null || i.answerUntil > input.now),
    ).length;
    const touched = items.filter((i) => i.reviewStatus !== null).length;
    const counts = { toReview: entry.subs.size, reviewed, asked, touched };
    // The flags on the items this member reviews (and those on the unit as a whole).
    const flags = (flagsOf.get(unit.code) ?? []).filter(
      (f) => f.subIndex === undefined || entry.subs.has(f.subIndex),
    );
    rows.push({
      unitCode: unit.code,
      unitName: unit.name,
      setId: set.id,
      setName: set.name,
      indexCodes: entry.indices === null ? null : [...entry.indices].sort(),
      submitted: input.submittedUnitIds.has(unitId),
      toReview: counts.toReview,
      reviewed,
      asked,
      state: queueState(counts),
      anomalies: flags.length,
      highAnomalies: flags.filter((f) => f.severity === 'high').length,
    });
  }
  return rows.sort(
    (a, b) =>
      stateOrder[a.state] - stateOrder[b.state] ||
      b.highAnomalies - a.highAnomalies ||
      b.anomalies - a.anomalies ||
      compareVietnamese(a.unitName, b.unitName),
  );
}

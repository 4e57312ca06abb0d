// The officer's progress and next things to do (issue 14 §2), pure: from the unit's set, its saved
// items and the evidence counted per item. An item is entered when core scores it as anything but
// missing; it asks for evidence when its sub-index describes the evidence to attach (`evidence`, as
// the completeness dashboard counts). Next things: the council's open questions first (they have
// their own answer window), then, while the unit may still write, the missing items (the sub-index
// maximum at stake) and the entered items claiming points without evidence (those points at stake).
import { scoreSubIndex, type IndexSet, type InputValue, type SubIndex } from '@dti/core';
import type { OfficerNextItem, OfficerProgress } from '@dti/contract';

/** How many next things the home lists. */
export const NEXT_SHOWN = 10;

/** A saved item, as far as the home reads it. */
export interface OfficerItem {
  subCode: string;
  values: unknown;
  reviewStatus: string | null;
  answerUntil: Date | null;
}

/** What progress and next things are computed from. */
export interface OfficerNextInput {
  set: Pick<IndexSet, 'indices'>;
  items: readonly OfficerItem[];
  /** Evidence files and links per sub-index code. */
  evidenceCounts: ReadonlyMap<string, number>;
  /** The unit may still enter values (period open, before its deadline, not submitted). */
  canWrite: boolean;
  now: Date;
}

/** Progress, the first next things and how many more there are. */
export interface OfficerNext {
  progress: OfficerProgress;
  next: OfficerNextItem[];
  nextMore: number;
}

const kindOrder: Record<OfficerNextItem['kind'], number> = { answer: 0, missing: 1, evidence: 1 };

/** Whether the framework asks for evidence of a sub-index. */
export function requiresEvidence(sub: Pick<SubIndex, 'evidence'>): boolean {
  return (sub.evidence ?? '').trim() !== '';
}

/** The points an entered item claims (a `relative` item, scored only against the group: its maximum). */
function claimedPoints(sub: SubIndex, values: unknown): number | null {
  const score = scoreSubIndex(sub, values as Record<string, InputValue> | undefined);
  if (score.status === 'missing') return null;
  if (sub.method.type === 'relative') return sub.maxPoints;
  return score.status === 'scored' ? score.points : 0;
}

/** Progress and next things of a unit's self-assessment. */
export function officerNext(input: OfficerNextInput): OfficerNext {
  const { set, evidenceCounts, canWrite, now } = input;
  const byCode = new Map(input.items.map((i) => [i.subCode, i]));
  const progress: OfficerProgress = {
    itemsTotal: 0,
    itemsEntered: 0,
    evidenceRequired: 0,
    evidenceAttached: 0,
    reviewRequested: 0,
    reviewAnswered: 0,
  };
  const todo: OfficerNextItem[] = [];
  for (const index of set.indices) {
    for (const sub of index.subIndices) {
      progress.itemsTotal += 1;
      const item = byCode.get(sub.code);
      const claimed = item ? claimedPoints(sub, item.values) : null;
      const evidence = (evidenceCounts.get(sub.code) ?? 0) > 0;
      const base = { subCode: sub.code, name: sub.name, indexCode: index.code, indexName: index.name };
      if (item?.reviewStatus === 'requested') progress.reviewRequested += 1;
      if (item?.reviewStatus === 'answered') progress.reviewAnswered += 1;
      if (item?.reviewStatus === 'requested' && (item.answerUntil === null || item.answerUntil > now)) {
        todo.push({
          ...base,
          kind: 'answer',
          points: claimed ?? sub.maxPoints,
          answerUntil: item.answerUntil?.toISOString() ?? null,
        });
        if (claimed !== null) progress.itemsEntered += 1;
        if (claimed !== null && requiresEvidence(sub)) {
          progress.evidenceRequired += 1;
          if (evidence) progress.evidenceAttached += 1;
        }
        continue;
      }
      if (claimed === null) {
        if (canWrite) todo.push({ ...base, kind: 'missing', points: sub.maxPoints, answerUntil: null });
        continue;
      }
      progress.itemsEntered += 1;
      if (!requiresEvidence(sub)) continue;
      progress.evidenceRequired += 1;
      if (evidence) progress.evidenceAttached += 1;
      else if (canWrite && claimed > 0)
        todo.push({ ...base, kind: 'evidence', points: claimed, answerUntil: null });
    }
  }
  todo.sort(
    (a, b) =>
      kindOrder[a.kind] - kindOrder[b.kind] ||
      b.points - a.points ||
      a.subCode.localeCompare(b.subCode, 'en', { numeric: true }),
  );
  return { progress, next: todo.slice(0, NEXT_SHOWN), nextMore: Math.max(0, todo.length - NEXT_SHOWN) };
}

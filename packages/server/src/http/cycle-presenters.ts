// Thin presenters: assessment-cycle rows → API JSON.
import type { Framework, SubIndex, UnitValues } from '@dti/core';
import type {
  Assessment,
  AssessmentItem,
  CouncilAssignment,
  Evidence,
  ItemReview,
  Period,
  PeriodState,
  Submission,
} from '@dti/contract';
import type { ItemRow, SubmissionRow } from '../services/shared/row-types';
import type { AssignmentView } from '../services/shared/row-types';
import type { AssessmentView } from '../services/cycle/assessment.service';
import type { EvidenceView } from '../services/cycle/evidence.service';
import type { PeriodView } from '../services/cycle/periods.service';
import { finalPointsOf, selfPoints, subIndicesOf } from '../services/cycle/cycle-scoring';
import { formatVietnam, reviewDeadlineOf } from '../services/cycle/vietnam-time';

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

/** A period. */
export function presentPeriod(view: PeriodView): Period {
  const p = view.period;
  return {
    year: p.year,
    frameworkId: p.frameworkId,
    state: p.state as PeriodState,
    dataFrom: p.dataFrom,
    dataTo: p.dataTo,
    answerDays: p.answerDays,
    reviewDeadline: reviewDeadlineOf(p).toISOString(),
    reviewDeadlineVietnam: formatVietnam(reviewDeadlineOf(p)),
    demo: p.demo,
    deadlines: view.deadlines.map((d) => ({
      setId: d.setId,
      deadline: d.deadline.toISOString(),
      deadlineVietnam: formatVietnam(d.deadline),
    })),
    extensions: view.extensions.map((e) => ({
      unitCode: e.unitCode,
      until: e.until.toISOString(),
      reason: e.reason,
      grantedBy: e.grantedBy,
    })),
    decisionNumber: p.decisionNumber,
    decisionDate: p.decisionDate,
    finalizedAt: iso(p.finalizedAt),
    approvedAt: iso(p.approvedAt),
    publishedAt: iso(p.publishedAt),
  };
}

function presentReview(row: ItemRow): ItemReview | null {
  if (row.reviewStatus === null) return null;
  return {
    status: row.reviewStatus as ItemReview['status'],
    councilPoints: row.councilPoints,
    reason: row.reviewReason,
    message: row.reviewMessage,
    answerUntil: iso(row.answerUntil),
    answerNote: row.answerNote,
    reviewedBy: row.reviewedByName,
    reviewedAt: iso(row.reviewedAt),
  };
}

/** One item with the points its values earn. */
export function presentItem(
  framework: Framework,
  sub: SubIndex,
  row: ItemRow,
  evidenceCount: number,
): AssessmentItem {
  const self = selfPoints(framework, sub, row.values as UnitValues[string]);
  const adjusted = finalPointsOf(row);
  const council = adjusted ?? (row.reviewStatus === 'accepted' ? self.points : null);
  return {
    subCode: row.subCode,
    values: row.values as AssessmentItem['values'],
    version: row.version,
    points: self.points,
    max: sub.maxPoints,
    status: self.status,
    councilPoints: council,
    finalPoints: adjusted ?? self.points,
    updatedBy: row.updatedByName,
    updatedAt: row.updatedAt.toISOString(),
    review: presentReview(row),
    evidenceCount,
  };
}

/** A submission. */
export function presentSubmission(row: SubmissionRow): Submission {
  return {
    submittedAt: row.submittedAt.toISOString(),
    submittedBy: row.submittedByName,
    late: row.late,
    itemCount: row.itemCount,
  };
}

/** A piece of evidence. */
export function presentEvidence(row: EvidenceView): Evidence {
  return {
    id: row.id,
    year: row.year,
    unitCode: row.unitCode,
    subCode: row.subCode,
    fileName: row.fileName,
    fileHash: row.fileHash,
    mediaType: row.mediaType,
    size: row.size,
    documentNumber: row.documentNumber,
    documentDate: row.documentDate,
    issuer: row.issuer,
    summary: row.summary,
    outsideWindow: row.outsideWindow,
    uploadedBy: row.uploadedByName,
    createdAt: row.createdAt.toISOString(),
    downloadUrl: `/api/evidence/${row.id}`,
  };
}

/** A council assignment. */
export function presentAssignment(row: AssignmentView): CouncilAssignment {
  return {
    id: row.id,
    memberId: row.memberId,
    memberName: row.memberName,
    unitCode: row.unitCode,
    setId: row.setId,
    indexCode: row.indexCode,
  };
}

/** A unit's self-assessment of `year`, as `GET /api/periods/:year/units/:unitCode/assessment` answers. */
export function presentAssessment(year: number, v: AssessmentView): Assessment {
  const subs = subIndicesOf(v.set);
  return {
    year,
    frameworkId: v.framework.id,
    setId: v.set.id,
    unit: { code: v.unit.code, name: v.unit.name, kind: v.unit.kind },
    periodState: v.period.state,
    deadline: v.deadline.toISOString(),
    deadlineVietnam: formatVietnam(v.deadline),
    extendedUntil: v.extendedUntil?.toISOString() ?? null,
    canWrite: v.canWrite,
    submission: v.submission ? presentSubmission(v.submission) : null,
    items: v.items.flatMap((row) => {
      const sub = subs.get(row.subCode);
      return sub ? [presentItem(v.framework, sub, row, v.evidenceCounts.get(row.subCode) ?? 0)] : [];
    }),
    estimate: v.estimate,
  };
}

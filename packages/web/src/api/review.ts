// Council review: assignments, per-item review, progress.
import type {
  AssessmentItem,
  AssignmentCreate,
  CouncilAssignment,
  ItemReviewAction,
  ReviewProgress,
} from '@dti/contract';
import { requestApi } from './client';

/** Assignments of a period (a council member sees the whole board). */
export function listAssignments(year: number, signal?: AbortSignal): Promise<CouncilAssignment[]> {
  return requestApi<CouncilAssignment[]>(`/api/periods/${year}/review/assignments`, signal ? { signal } : {});
}

/** Assigns a member to a unit or a main index of a set. */
export function createAssignment(year: number, input: AssignmentCreate): Promise<CouncilAssignment> {
  return requestApi<CouncilAssignment>(`/api/periods/${year}/review/assignments`, {
    method: 'POST',
    body: { json: input },
  });
}

/** Removes an assignment. */
export function deleteAssignment(year: number, id: number): Promise<void> {
  return requestApi<undefined>(`/api/periods/${year}/review/assignments/${id}`, { method: 'DELETE' });
}

/** Accept, adjust (with reason) or ask for evidence (with message). */
export function reviewItem(
  year: number,
  unitCode: string,
  subCode: string,
  action: ItemReviewAction,
): Promise<AssessmentItem> {
  return requestApi<AssessmentItem>(
    `/api/periods/${year}/units/${encodeURIComponent(unitCode)}/items/${encodeURIComponent(subCode)}/review`,
    { method: 'POST', body: { json: action } },
  );
}

/** Progress of each member. */
export function getReviewProgress(year: number, signal?: AbortSignal): Promise<ReviewProgress[]> {
  return requestApi<ReviewProgress[]>(`/api/periods/${year}/review/progress`, signal ? { signal } : {});
}

// Assessment periods (kỳ đánh giá): list, create, deadlines, state, extensions, completeness,
// finalise / approve / publish.
import type {
  CompletenessSet,
  ExtensionGrant,
  Period,
  PeriodApproval,
  PeriodCreate,
  PeriodState,
  PeriodUpdate,
} from '@dti/contract';
import { requestApi } from './client';

const opts = (signal?: AbortSignal) => (signal ? { signal } : {});

/** The address of the periods' list (`listPeriods`; the form's early reads use it too). */
export const periodsAddress = '/api/periods';

/** Every period, newest first as the server gives them. */
export function listPeriods(signal?: AbortSignal): Promise<Period[]> {
  return requestApi<Period[]>(periodsAddress, opts(signal));
}

/** One period. */
export function getPeriod(year: number, signal?: AbortSignal): Promise<Period> {
  return requestApi<Period>(`/api/periods/${year}`, opts(signal));
}

/** Creates a period (deadlines default to the decision's). */
export function createPeriod(input: PeriodCreate): Promise<Period> {
  return requestApi<Period>('/api/periods', { method: 'POST', body: { json: input } });
}

/** Moves deadlines or changes the answer window. */
export function updatePeriod(year: number, input: PeriodUpdate): Promise<Period> {
  return requestApi<Period>(`/api/periods/${year}`, { method: 'PATCH', body: { json: input } });
}

/** Moves the period forward to `state` (open, closed, under_review). */
export function transitionPeriod(year: number, state: PeriodState): Promise<Period> {
  return requestApi<Period>(`/api/periods/${year}/state`, { method: 'POST', body: { json: { state } } });
}

/** Grants a unit an extension, with a reason. */
export function grantExtension(year: number, unitCode: string, input: ExtensionGrant): Promise<Period> {
  return requestApi<Period>(`/api/periods/${year}/extensions/${encodeURIComponent(unitCode)}`, {
    method: 'PUT',
    body: { json: input },
  });
}

/** Who submitted (on time / late), who is in draft, who has not started, per set. */
export function getCompleteness(year: number, signal?: AbortSignal): Promise<CompletenessSet[]> {
  return requestApi<CompletenessSet[]>(`/api/periods/${year}/completeness`, opts(signal));
}

/** Freezes the results (snapshot). */
export function finalizePeriod(year: number): Promise<Period> {
  return requestApi<Period>(`/api/periods/${year}/finalize`, { method: 'POST' });
}

/** Records the approving decision. */
export function approvePeriod(year: number, input: PeriodApproval): Promise<Period> {
  return requestApi<Period>(`/api/periods/${year}/approve`, { method: 'POST', body: { json: input } });
}

/** Publishes the results. */
export function publishPeriod(year: number): Promise<Period> {
  return requestApi<Period>(`/api/periods/${year}/publish`, { method: 'POST' });
}

/** The state that follows `state` through the plain state route, or the action that moves it on. */
export function nextStepOf(
  state: PeriodState,
): { kind: 'state'; to: PeriodState } | { kind: 'finalize' | 'approve' | 'publish' } | null {
  switch (state) {
    case 'draft':
      return { kind: 'state', to: 'open' };
    case 'open':
      return { kind: 'state', to: 'closed' };
    case 'closed':
      return { kind: 'state', to: 'under_review' };
    case 'under_review':
      return { kind: 'finalize' };
    case 'ranked':
      return { kind: 'approve' };
    case 'approved':
      return { kind: 'publish' };
    case 'published':
      return null;
  }
}

// The officer's and head's home, and the unit's own published results (always the account's own unit).
import { officerFormAddress, type MyResults, type OfficerFormStart, type OfficerHome } from '@dti/contract';
import { requestApi } from './client';

/** Where the unit stands and what to do next (`GET /api/home/officer`). */
export function getOfficerHome(signal?: AbortSignal): Promise<OfficerHome> {
  return requestApi<OfficerHome>('/api/home/officer', signal ? { signal } : {});
}

/**
 * The form's first screen in one read (`GET /api/home/officer/form`): unit, periods, the opened
 * year's assessment and its framework set; `search` is the form address's query (`?year=`).
 */
export function getOfficerFormStart(search: string): Promise<OfficerFormStart> {
  return requestApi<OfficerFormStart>(officerFormAddress(search));
}

/** Every published year of the unit (`GET /api/home/officer/results`). */
export function getMyResults(signal?: AbortSignal): Promise<MyResults> {
  return requestApi<MyResults>('/api/home/officer/results', signal ? { signal } : {});
}

/** The unit's scorecard PDF of a published year (its own unit's address: unit roles may fetch it). */
export function scorecardPdfHref(year: number, unitCode: string): string {
  return `/api/periods/${year}/units/${encodeURIComponent(unitCode)}/scorecard.pdf`;
}

/** The form opened at one item (`/app/assessment?year=…&item=…`). */
export function assessmentItemHref(year: number, subCode?: string): string {
  return `/app/assessment?year=${year}${subCode ? `&item=${encodeURIComponent(subCode)}` : ''}`;
}

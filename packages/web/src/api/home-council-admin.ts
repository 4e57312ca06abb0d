// The council member's and the administrator's first screens.
import type { AdminHome, CouncilHome } from '@dti/contract';
import { requestApi } from './client';

/** The council member's queue, review deadline and the council's progress. */
export function getCouncilHome(signal?: AbortSignal): Promise<CouncilHome> {
  return requestApi<CouncilHome>('/api/home/council', signal ? { signal } : {});
}

/** The current year's cycle as a checklist (administrators). */
export function getAdminHome(signal?: AbortSignal): Promise<AdminHome> {
  return requestApi<AdminHome>('/api/home/admin', signal ? { signal } : {});
}

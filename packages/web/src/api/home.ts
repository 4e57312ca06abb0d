// The signed-in homes: one aggregated answer per role's first screen.
import type { LeaderHome } from '@dti/contract';
import { requestApi } from './client';

/** The leader's overview (administrators, leaders and the council). */
export function getLeaderHome(signal?: AbortSignal): Promise<LeaderHome> {
  return requestApi<LeaderHome>('/api/home/leader', signal ? { signal } : {});
}

// Results: live results for signed-in readers, published years and results for everyone.
import type { PublicRanking, PublishedYear, SetResults } from '@dti/contract';
import { ApiRequestError, requestApi } from './client';

/** Years with published results; the empty list when nothing is published or the route is missing. */
export async function listPublishedYears(signal?: AbortSignal): Promise<PublishedYear[]> {
  try {
    const answer = await requestApi<unknown>('/api/public/results', signal ? { signal } : {});
    return Array.isArray(answer) ? (answer as PublishedYear[]) : [];
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 404) return [];
    throw error;
  }
}

/** Published results of a year (every set, or one). */
export function getPublishedResults(year: number, set?: string, signal?: AbortSignal): Promise<SetResults[]> {
  return requestApi<SetResults[]>(`/api/public/results/${year}`, {
    query: { set },
    ...(signal ? { signal } : {}),
  });
}

/** Current results of a period (the frozen snapshot once finalised). */
export function getLiveResults(year: number, set?: string, signal?: AbortSignal): Promise<SetResults[]> {
  return requestApi<SetResults[]>(`/api/periods/${year}/results`, {
    query: { set },
    ...(signal ? { signal } : {}),
  });
}

/** The portal's first view: the ranking of one set of a published year (the first set by default). */
export function getPublicRanking(year: number, set?: string, signal?: AbortSignal): Promise<PublicRanking> {
  return requestApi<PublicRanking>(`/api/public/results/${year}/ranking`, {
    query: { set },
    ...(signal ? { signal } : {}),
  });
}

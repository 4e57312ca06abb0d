// Published results for the public portal. `GET /api/public/results` is being built; until it
// exists (404) the portal shows its empty state. Finish the shape here when the contract has it.
import { ApiRequestError, requestApi } from './client';

/** One published result row as the portal shows it (provisional until the contract defines it). */
export interface PublishedResult {
  unitCode: string;
  unitName: string;
  year: number;
  points: number;
  maxPoints: number;
  percent: number;
  level: string;
  rank: number;
}

/** Published results for the portal: a year and its rows. */
export interface PublishedResults {
  year: number | null;
  decision: string | null;
  rows: PublishedResult[];
}

const empty: PublishedResults = { year: null, decision: null, rows: [] };

/** Published results; the empty list when nothing is published or the endpoint does not exist yet. */
export async function fetchPublishedResults(signal?: AbortSignal): Promise<PublishedResults> {
  try {
    const answer = await requestApi<unknown>('/api/public/results', signal ? { signal } : {});
    if (Array.isArray(answer)) return { ...empty, rows: answer as PublishedResult[] };
    if (typeof answer === 'object' && answer !== null && Array.isArray((answer as PublishedResults).rows)) {
      return answer as PublishedResults;
    }
    return empty;
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 404) return empty;
    throw error;
  }
}

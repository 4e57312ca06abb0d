// The objection window: its deadline, a unit's adjusted items and objections, the council's answers.
import type {
  Objection,
  ObjectionAnswer,
  ObjectionCreate,
  ObjectionWindow,
  UnitObjections,
} from '@dti/contract';
import { requestApi } from './client';

const opts = (signal?: AbortSignal) => (signal ? { signal } : {});

/** The window of a period. */
export function getObjectionWindow(year: number, signal?: AbortSignal): Promise<ObjectionWindow> {
  return requestApi<ObjectionWindow>(`/api/periods/${year}/objection-window`, opts(signal));
}

/** Opens the window or moves its deadline (`until` absent: 5 working days). */
export function setObjectionWindow(year: number, until?: string): Promise<ObjectionWindow> {
  return requestApi<ObjectionWindow>(`/api/periods/${year}/objection-window`, {
    method: 'PUT',
    body: { json: until ? { until } : {} },
  });
}

/** Ends the window now. */
export function closeObjectionWindow(year: number): Promise<ObjectionWindow> {
  return requestApi<ObjectionWindow>(`/api/periods/${year}/objection-window/close`, { method: 'POST' });
}

/** A unit's adjusted items and its objections. */
export function getUnitObjections(
  year: number,
  unitCode: string,
  signal?: AbortSignal,
): Promise<UnitObjections> {
  return requestApi<UnitObjections>(
    `/api/periods/${year}/units/${encodeURIComponent(unitCode)}/objections`,
    opts(signal),
  );
}

/** The unit objects to the adjustment of one item. */
export function lodgeObjection(
  year: number,
  unitCode: string,
  subCode: string,
  input: ObjectionCreate,
): Promise<Objection> {
  return requestApi<Objection>(
    `/api/periods/${year}/units/${encodeURIComponent(unitCode)}/items/${encodeURIComponent(subCode)}/objection`,
    { method: 'POST', body: { json: input } },
  );
}

/** Every objection of a period (council, leaders, administrators). */
export function listObjections(year: number, signal?: AbortSignal): Promise<Objection[]> {
  return requestApi<Objection[]>(`/api/periods/${year}/objections`, opts(signal));
}

/** The council's answer. */
export function answerObjection(year: number, id: number, input: ObjectionAnswer): Promise<Objection> {
  return requestApi<Objection>(`/api/periods/${year}/objections/${id}/answer`, {
    method: 'POST',
    body: { json: input },
  });
}

// A unit's self-assessment: read, save an item (versioned), submit, evidence, answer the council.
import type {
  Assessment,
  AssessmentItem,
  Evidence,
  EvidenceCitation,
  ItemSaved,
  ItemValues,
  Submission,
} from '@dti/contract';
import { requestApi } from './client';

const unitPath = (year: number, unitCode: string) =>
  `/api/periods/${year}/units/${encodeURIComponent(unitCode)}`;
const itemPath = (year: number, unitCode: string, subCode: string) =>
  `${unitPath(year, unitCode)}/items/${encodeURIComponent(subCode)}`;

/** The address of a unit's assessment (`getAssessment`; the form's early reads use it too). */
export const assessmentAddress = (year: number, unitCode: string): string =>
  `${unitPath(year, unitCode)}/assessment`;

/** The unit's assessment in a period. */
export function getAssessment(year: number, unitCode: string, signal?: AbortSignal): Promise<Assessment> {
  return requestApi<Assessment>(assessmentAddress(year, unitCode), signal ? { signal } : {});
}

/** Saves one item's values on top of `baseVersion` (409 VERSION_CONFLICT when it is stale). */
export function saveItem(
  year: number,
  unitCode: string,
  subCode: string,
  values: ItemValues,
  baseVersion: number,
): Promise<ItemSaved> {
  return requestApi<ItemSaved>(itemPath(year, unitCode, subCode), {
    method: 'PUT',
    body: { json: { values, baseVersion } },
  });
}

/** The unit head submits the assessment. */
export function submitAssessment(year: number, unitCode: string): Promise<Submission> {
  return requestApi<Submission>(`${unitPath(year, unitCode)}/submit`, { method: 'POST' });
}

/** Evidence attached to one item. */
export function listEvidence(
  year: number,
  unitCode: string,
  subCode: string,
  signal?: AbortSignal,
): Promise<Evidence[]> {
  return requestApi<Evidence[]>(`${itemPath(year, unitCode, subCode)}/evidence`, signal ? { signal } : {});
}

/** Uploads a file with its citation (multipart/form-data). */
export function uploadEvidence(
  year: number,
  unitCode: string,
  subCode: string,
  file: File,
  citation: EvidenceCitation,
): Promise<Evidence> {
  const form = new FormData();
  form.set('documentNumber', citation.documentNumber);
  form.set('documentDate', citation.documentDate);
  form.set('issuer', citation.issuer);
  form.set('summary', citation.summary);
  form.set('file', file, file.name);
  return requestApi<Evidence>(`${itemPath(year, unitCode, subCode)}/evidence`, {
    method: 'POST',
    body: { form },
  });
}

/** Removes a piece of evidence. */
export function removeEvidence(id: number): Promise<void> {
  return requestApi<undefined>(`/api/evidence/${id}`, { method: 'DELETE' });
}

/** The unit's answer to the council's request on an item. */
export function answerItem(
  year: number,
  unitCode: string,
  subCode: string,
  note: string,
): Promise<AssessmentItem> {
  return requestApi<AssessmentItem>(`${itemPath(year, unitCode, subCode)}/answer`, {
    method: 'POST',
    body: { json: { note } },
  });
}

// Frameworks (bộ chỉ số): list, one with content, validate and import a file.
import type { FrameworkDetail, FrameworkSummary, FrameworkValidation, ProvenanceNotes } from '@dti/contract';
import { requestApi, type RequestBody } from './client';

/** Every stored framework, without content. */
export function listFrameworks(signal?: AbortSignal): Promise<FrameworkSummary[]> {
  return requestApi<FrameworkSummary[]>('/api/frameworks', signal ? { signal } : {});
}

/** The address of one framework (`?set=` reads one set's slice). */
export const frameworkAddress = (id: string): string => `/api/frameworks/${encodeURIComponent(id)}`;

/** One framework with its whole file. */
export function getFramework(id: string, signal?: AbortSignal): Promise<FrameworkDetail> {
  return requestApi<FrameworkDetail>(frameworkAddress(id), signal ? { signal } : {});
}

/** One set's slice of a framework: the file with only that set (what a unit's form needs). */
export function getFrameworkSet(id: string, setId: string, signal?: AbortSignal): Promise<FrameworkDetail> {
  return requestApi<FrameworkDetail>(frameworkAddress(id), {
    query: { set: setId },
    ...(signal ? { signal } : {}),
  });
}

/** A framework file's text as a request body: JSON when it parses as JSON, YAML text otherwise. */
export function frameworkFileBody(text: string): RequestBody {
  try {
    return { json: JSON.parse(text) as unknown };
  } catch {
    return { raw: text, contentType: 'application/yaml' };
  }
}

/** Checks a framework file and lists every problem; changes nothing. */
export function validateFramework(body: RequestBody): Promise<FrameworkValidation> {
  return requestApi<FrameworkValidation>('/api/frameworks/validate', { method: 'POST', body });
}

/** Imports (or replaces) a framework. */
export function importFramework(body: RequestBody): Promise<FrameworkSummary> {
  return requestApi<FrameworkSummary>('/api/frameworks', { method: 'POST', body });
}

/** PROVENANCE.md of the built-in frameworks: what is verified, what is reconstructed (public). */
export function getProvenanceNotes(signal?: AbortSignal): Promise<ProvenanceNotes> {
  return requestApi<ProvenanceNotes>('/api/public/framework-provenance', signal ? { signal } : {});
}

// The unit registry: list, tree, detail with lineage, create, update, import.
import type {
  ReorganisationResult,
  Unit,
  UnitCreate,
  UnitDetail,
  UnitImportResult,
  UnitNode,
  UnitUpdate,
} from '@dti/contract';
import { requestApi } from './client';

/** Units, optionally filtered (server-side search ignores diacritics too). */
export function listUnits(
  query: { kind?: string; parentId?: number; validOn?: string; q?: string } = {},
  signal?: AbortSignal,
): Promise<Unit[]> {
  return requestApi<Unit[]>('/api/units', { query, ...(signal ? { signal } : {}) });
}

/** The unit tree (province → districts → communes/agencies). */
export function getUnitTree(validOn?: string, signal?: AbortSignal): Promise<UnitNode[]> {
  return requestApi<UnitNode[]>('/api/units/tree', { query: { validOn }, ...(signal ? { signal } : {}) });
}

/** The address of one unit (`getUnit`; the form's early reads use it too). */
export const unitAddress = (id: number): string => `/api/units/${id}`;

/** One unit with its lineage events. */
export function getUnit(id: number, signal?: AbortSignal): Promise<UnitDetail> {
  return requestApi<UnitDetail>(unitAddress(id), signal ? { signal } : {});
}

/** Creates a unit. */
export function createUnit(input: UnitCreate): Promise<Unit> {
  return requestApi<Unit>('/api/units', { method: 'POST', body: { json: input } });
}

/** Changes a unit (not its code). */
export function updateUnit(id: number, input: UnitUpdate): Promise<Unit> {
  return requestApi<Unit>(`/api/units/${id}`, { method: 'PATCH', body: { json: input } });
}

/** Media types the unit import accepts. */
export const unitImportTypes = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** Imports a CSV or XLSX unit file, all or nothing; `dryRun` only checks it. */
export function importUnits(file: Blob, format: 'csv' | 'xlsx', dryRun: boolean): Promise<UnitImportResult> {
  return requestApi<UnitImportResult>('/api/units/import', {
    method: 'POST',
    query: { dryRun },
    body: { raw: file, contentType: unitImportTypes[format] },
  });
}

/**
 * Sends a reorganisation file (docs/spec/reorganisation.md): `dryRun` answers what would happen and
 * stores nothing; otherwise every event is applied at once, or nothing (problems come as an error).
 */
export function reorganiseUnits(
  file: Blob,
  format: 'csv' | 'xlsx',
  dryRun: boolean,
  fileName: string,
): Promise<ReorganisationResult> {
  return requestApi<ReorganisationResult>('/api/units/reorganise', {
    method: 'POST',
    query: { dryRun, fileName },
    body: { raw: file, contentType: unitImportTypes[format] },
  });
}

// District boundaries of the results map (GeoJSON an administrator uploads; null = the tile map).
import { requestApi } from './client';

/** A district's boundary as the server stores it: GSO code, short name, polygon(s) in WGS84. */
export interface BoundaryFeature {
  type: 'Feature';
  properties: { code: string; name: string };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown[] };
}

/** The nine districts' boundaries. */
export interface DistrictBoundaries {
  type: 'FeatureCollection';
  features: BoundaryFeature[];
}

/** Answer of `GET/PUT /api/map/boundaries`. */
export interface MapBoundaries {
  boundaries: DistrictBoundaries | null;
  fileName: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
}

/** Size limit of a boundary file (the server refuses more). */
export const boundaryFileMaxBytes = 5 * 1024 * 1024;

/** The uploaded boundaries, if any (anyone may read them). */
export function getMapBoundaries(signal?: AbortSignal): Promise<MapBoundaries> {
  return requestApi<MapBoundaries>('/api/map/boundaries', signal ? { signal } : {});
}

/** Uploads a GeoJSON file's text; the server checks it whole and lists every problem. */
export function uploadMapBoundaries(text: string, fileName: string): Promise<MapBoundaries> {
  return requestApi<MapBoundaries>('/api/map/boundaries', {
    method: 'PUT',
    query: { fileName },
    body: { raw: text, contentType: 'application/geo+json' },
  });
}

/** Removes the boundaries: the map goes back to the tile map. */
export function removeMapBoundaries(): Promise<void> {
  return requestApi<undefined>('/api/map/boundaries', { method: 'DELETE' });
}

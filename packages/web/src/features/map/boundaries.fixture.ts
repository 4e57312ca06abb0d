// A schematic boundary file for tests: one rectangle per district, placed like the tiles of the
// tile map. NOT real boundaries (no licensed boundary file exists).
import type { DistrictBoundaries, MapBoundaries } from '../../api/map';
import { districtTileLayout, type DistrictCode } from './district-tile-map';

/** The nine districts as rectangles near Lào Cai (WGS84). */
export function schematicBoundaries(): DistrictBoundaries {
  return {
    type: 'FeatureCollection',
    features: (
      Object.entries(districtTileLayout) as [DistrictCode, { x: number; y: number; name: string }][]
    ).map(([code, { x, y, name }]) => {
      const west = 103.5 + x * 0.3;
      const north = 22.8 - y * 0.3;
      return {
        type: 'Feature',
        properties: { code, name },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [west, north],
              [west + 0.28, north],
              [west + 0.28, north - 0.28],
              [west, north - 0.28],
              [west, north],
            ],
          ],
        },
      };
    }),
  };
}

/** The API's answer with the schematic boundaries. */
export function schematicAnswer(): MapBoundaries {
  return {
    boundaries: schematicBoundaries(),
    fileName: 'so-do.geojson',
    updatedAt: '2025-03-01T02:00:00.000Z',
    updatedBy: 'admin',
  };
}

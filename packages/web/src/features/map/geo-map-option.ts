// The ECharts option of the boundary map: one `map` series over the uploaded GeoJSON (matched by
// the district code), each district filled like its tile on the tile map, its name on it.
import type { DistrictTile } from './district-tile-map';
import { noDataColor, textColorOn } from './level-colors';

/** What the option needs. */
export interface GeoMapOptionInput {
  mapName: string;
  tiles: readonly DistrictTile[];
  colorOf: (value: number) => string;
  formatValue: (value: number) => string;
  noDataText: string;
  /** Narrow screens: names only, smaller (the values are in the buttons under the map). */
  compact?: boolean | undefined;
}

/** `Bát Xát: 60%` or `Bắc Hà: Chưa có dữ liệu`. */
export function describeTile(tile: DistrictTile, formatValue: (v: number) => string, noDataText: string) {
  return `${tile.label}: ${tile.value === null ? noDataText : formatValue(tile.value)}`;
}

/** Lào Cai lies near 22.3° N: this keeps its shape (ECharts' default squeezes it). */
const aspectScale = Math.cos((22.3 * Math.PI) / 180);

function eachPosition(value: unknown, visit: (lon: number, lat: number) => void): void {
  if (!Array.isArray(value)) return;
  if (typeof value[0] === 'number' && typeof value[1] === 'number') visit(value[0], value[1]);
  else for (const item of value) eachPosition(item, visit);
}

/** Width over height of the boundaries as drawn (1.33 when unknown), kept between 0.6 and 2. */
export function aspectRatioOf(features: readonly { geometry: { coordinates: unknown } }[]): number {
  let [west, east, south, north] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const f of features)
    eachPosition(f.geometry.coordinates, (lon, lat) => {
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    });
  if (!(east > west && north > south)) return 4 / 3;
  return Math.min(2, Math.max(0.6, ((east - west) * aspectScale) / (north - south)));
}

/** Builds the option (plain data plus two formatters). */
export function buildGeoMapOption({
  mapName,
  tiles,
  colorOf,
  formatValue,
  noDataText,
  compact = false,
}: GeoMapOptionInput) {
  const byCode = new Map(tiles.map((t) => [t.code, t]));
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (p: { name: string }) => {
        const tile = byCode.get(p.name);
        return tile ? describeTile(tile, formatValue, noDataText) : p.name;
      },
    },
    series: [
      {
        type: 'map',
        map: mapName,
        nameProperty: 'code',
        aspectScale,
        roam: false,
        selectedMode: false,
        layoutCenter: ['50%', '50%'],
        layoutSize: '96%',
        itemStyle: { areaColor: noDataColor, borderColor: '#ffffff', borderWidth: 1.5 },
        label: {
          show: true,
          fontSize: compact ? 11 : 13,
          lineHeight: compact ? 13 : 17,
          // narrow screens: long names wrap onto two lines instead of running into the neighbours
          ...(compact ? { width: 52, overflow: 'break' } : {}),
          fontWeight: 700,
          align: 'center',
          formatter: (p: { name: string }) => {
            const tile = byCode.get(p.name);
            if (!tile) return '';
            if (compact) return tile.label;
            return `${tile.label}\n${tile.value === null ? '—' : formatValue(tile.value)}`;
          },
        },
        // a label that would cover another is left out (the buttons under the map name every district)
        labelLayout: { hideOverlap: true },
        data: tiles.map((tile) => {
          const fill = tile.value === null ? noDataColor : colorOf(tile.value);
          const ink = textColorOn(fill);
          return {
            name: tile.code,
            value: tile.value,
            itemStyle: { areaColor: fill },
            label: { color: ink },
            emphasis: {
              itemStyle: { areaColor: fill, borderColor: '#000000', borderWidth: 3 },
              label: { color: ink },
            },
          };
        }),
      },
    ],
  };
}

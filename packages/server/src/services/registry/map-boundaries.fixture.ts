// A schematic boundary file for tests: one rectangle per district of Lào Cai, placed roughly where
// the district lies. NOT real boundaries (no licensed boundary file exists).

/** Rectangle positions (column, row) of the nine districts, by GSO code, with a name. */
const places: [code: string, name: string, x: number, y: number][] = [
  ['082', 'Huyện Bát Xát', 0, 0],
  ['080', 'Thành phố Lào Cai', 1, 0],
  ['083', 'Huyện Mường Khương', 2, 0],
  ['084', 'Huyện Si Ma Cai', 3, 0],
  ['088', 'Thị xã Sa Pa', 0, 1],
  ['086', 'Huyện Bảo Thắng', 1.5, 1],
  ['085', 'Huyện Bắc Hà', 3, 1],
  ['089', 'Huyện Văn Bàn', 0.5, 2],
  ['087', 'Huyện Bảo Yên', 2.5, 2],
];

function rectangle(x: number, y: number): number[][][] {
  const west = 103.5 + x * 0.3;
  const north = 22.8 - y * 0.3;
  const [east, south] = [west + 0.28, north - 0.28];
  return [
    [
      [west, north],
      [east, north],
      [east, south],
      [west, south],
      [west, north],
    ],
  ];
}

/** The schematic FeatureCollection; `label` chooses which property names each district. */
export function schematicBoundaries(
  label: (code: string, name: string) => Record<string, unknown> = (code) => ({ code }),
) {
  return {
    type: 'FeatureCollection',
    features: places.map(([code, name, x, y]) => ({
      type: 'Feature',
      properties: label(code, name),
      geometry: { type: 'Polygon', coordinates: rectangle(x, y) },
    })),
  };
}

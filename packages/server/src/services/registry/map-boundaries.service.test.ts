import { describe, expect, it } from 'vitest';
import { checkBoundaries, foldDistrictName, type DistrictRef } from './map-boundaries.service';
import { schematicBoundaries } from './map-boundaries.fixture';

const districts: DistrictRef[] = [
  { code: '080', name: 'Thành phố Lào Cai', shortName: 'Lào Cai' },
  { code: '082', name: 'Huyện Bát Xát', shortName: 'Bát Xát' },
  { code: '083', name: 'Huyện Mường Khương', shortName: 'Mường Khương' },
  { code: '084', name: 'Huyện Si Ma Cai', shortName: 'Si Ma Cai' },
  { code: '085', name: 'Huyện Bắc Hà', shortName: 'Bắc Hà' },
  { code: '086', name: 'Huyện Bảo Thắng', shortName: 'Bảo Thắng' },
  { code: '087', name: 'Huyện Bảo Yên', shortName: 'Bảo Yên' },
  { code: '088', name: 'Thị xã Sa Pa', shortName: 'Sa Pa' },
  { code: '089', name: 'Huyện Văn Bàn', shortName: 'Văn Bàn' },
];

describe('checkBoundaries', () => {
  it('accepts one polygon per district named by its code, keeping only code, name and geometry', () => {
    const checked = checkBoundaries(
      schematicBoundaries((code) => ({ ma_huyen: code, dien_tich: 123 })),
      districts,
    );
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.boundaries.features.map((f) => f.properties.code)).toEqual(districts.map((d) => d.code));
    expect(checked.boundaries.features[1]?.properties).toEqual({ code: '082', name: 'Bát Xát' });
  });

  it('matches names without tones or case, with or without "huyện", and numeric codes', () => {
    const names: Record<string, unknown> = {
      '080': 'TP LAO CAI',
      '082': 'bat xat',
      '083': 'Huyện Mường Khương',
      '084': 'SI MA CAI',
      '085': 82 + 3,
      '086': 'Bảo Thắng',
      '087': 'huyen bao yen',
      '088': 'Thị xã Sa Pa',
      '089': 'Văn  Bàn',
    };
    const checked = checkBoundaries(
      schematicBoundaries((code) => ({ NAME_2: names[code] })),
      districts,
    );
    expect(checked).toMatchObject({ ok: true });
    expect(foldDistrictName('Thành phố Lào Cai')).toBe('lao cai');
  });

  it('lists every problem at once: shape, coordinates, open ring, unknown, duplicate and missing districts', () => {
    const file = schematicBoundaries((code) => ({ code }));
    const [bx, lc, mk, smc, sp] = file.features as {
      properties: Record<string, unknown>;
      geometry: { type: string; coordinates: unknown };
    }[];
    if (!bx || !lc || !mk || !smc || !sp) throw new Error('fixture');
    bx.geometry = { type: 'Point', coordinates: [103.8, 22.5] };
    lc.geometry.coordinates = [
      [
        [412_000, 2_490_000],
        [413_000, 2_490_000],
        [413_000, 2_491_000],
        [412_000, 2_490_000],
      ],
    ];
    mk.geometry.coordinates = [
      [
        [104, 22],
        [104.1, 22],
        [104.1, 22.1],
        [104, 22.1],
      ],
    ];
    smc.properties = { ten: 'Huyện Ba Bể' };
    sp.properties = { code: '089' };
    const checked = checkBoundaries(file, districts);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const codes = checked.problems.map((p) => p.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'MAP_FEATURE_SHAPE',
        'MAP_NOT_WGS84',
        'MAP_RING_OPEN',
        'MAP_DISTRICT_UNKNOWN',
        'MAP_DISTRICT_DUPLICATE',
        'MAP_DISTRICT_MISSING',
      ]),
    );
    const byCode = (c: string) => checked.problems.find((p) => p.code === c);
    expect(byCode('MAP_FEATURE_SHAPE')).toMatchObject({
      path: '$.features[0].geometry.type',
      message: 'Hình phải là Polygon hoặc MultiPolygon.',
    });
    expect(byCode('MAP_NOT_WGS84')?.path).toBe('$.features[1].geometry.coordinates[0][0]');
    expect(byCode('MAP_RING_OPEN')?.message).toContain('chưa khép kín');
    expect(byCode('MAP_DISTRICT_UNKNOWN')?.message).toContain('Vùng thứ 4');
    expect(byCode('MAP_DISTRICT_UNKNOWN')?.message).toContain('ten = "Huyện Ba Bể"');
    expect(byCode('MAP_DISTRICT_DUPLICATE')?.message).toContain('Huyện Văn Bàn (089) có ở 2 vùng (thứ 5, 8)');
    expect(byCode('MAP_DISTRICT_MISSING')?.message).toContain('Huyện Si Ma Cai (084), Thị xã Sa Pa (088)');
  });

  it('rejects what is not a FeatureCollection, and a feature naming two districts', () => {
    const notGeo = checkBoundaries({ type: 'Topology' }, districts);
    expect(notGeo).toMatchObject({
      ok: false,
      problems: [{ code: 'MAP_NOT_GEOJSON' }, { code: 'MAP_NOT_GEOJSON' }],
    });
    const file = schematicBoundaries((code) => ({ code, name: code === '082' ? 'Sa Pa' : undefined }));
    const checked = checkBoundaries(file, districts);
    expect(checked).toMatchObject({
      ok: false,
      problems: [{ code: 'MAP_DISTRICT_AMBIGUOUS' }, { code: 'MAP_DISTRICT_MISSING' }],
    });
  });
});

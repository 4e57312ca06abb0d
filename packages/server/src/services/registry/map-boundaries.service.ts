// District boundaries for the results map. An administrator uploads a GeoJSON FeatureCollection:
// it is checked whole (shape, WGS84 coordinates, closed rings, one feature per district named by
// its GSO code or its name), every problem listed in Vietnamese, and nothing is stored if there is
// one. Kept in app_settings under `map.boundaries`; without it the web app draws its tile map.
import { z } from 'zod';
import { foldVietnamese } from '@dti/core';
import type { Store } from '../../db/store';
import type { SettingRow } from '../../db/settings.repository';
import type { UnitRow } from '../../db/units.repository';
import { requireRole, type Actor } from '../shared/actor';
import { AppError, type AppErrorDetail } from '../shared/app-error';
import { recordAudit } from '../shared/audit.service';
import type { Clock } from '../shared/clock';
import { vietnamDate } from '../cycle/vietnam-time';

/** Settings key of the uploaded boundaries. */
export const MAP_BOUNDARIES_KEY = 'map.boundaries';
/** Size limit of a boundary file, in bytes (5 MB). */
export const MAP_BOUNDARIES_MAX_BYTES = 5 * 1024 * 1024;
/** At most this many problems are listed (the rest are counted). */
const MAX_PROBLEMS = 200;

/** A polygon or multipolygon, as GeoJSON (RFC 7946) writes it. */
export type BoundaryGeometry =
  { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };

/** One district's boundary, as stored: its code and name, and the geometry. */
export interface BoundaryFeature {
  type: 'Feature';
  properties: { code: string; name: string };
  geometry: BoundaryGeometry;
}

/** The stored boundaries of every district. */
export interface DistrictBoundaries {
  type: 'FeatureCollection';
  features: BoundaryFeature[];
}

/** What the API returns: the boundaries (null when none were uploaded) and who uploaded them. */
export interface MapBoundariesView {
  boundaries: DistrictBoundaries | null;
  fileName: string | null;
  updatedAt: Date | null;
  updatedBy: string | null;
}

/** A district the boundaries must cover. */
export interface DistrictRef {
  code: string;
  name: string;
  shortName: string;
}

const Position = z.array(z.number({ error: 'Tọa độ phải là số.' })).min(2, {
  error: 'Một điểm phải có kinh độ và vĩ độ.',
});
const Ring = z.array(Position);
const Geometry = z.discriminatedUnion(
  'type',
  [
    z.object({
      type: z.literal('Polygon'),
      coordinates: z.array(Ring).min(1, { error: 'Vùng không có đường bao.' }),
    }),
    z.object({
      type: z.literal('MultiPolygon'),
      coordinates: z.array(z.array(Ring).min(1, { error: 'Mảnh vùng không có đường bao.' })).min(1, {
        error: 'Vùng không có mảnh nào.',
      }),
    }),
  ],
  { error: 'Hình phải là Polygon hoặc MultiPolygon.' },
);
const Feature = z.object({
  type: z.literal('Feature', { error: 'Phần tử phải có "type": "Feature".' }),
  geometry: Geometry.nullable().refine((g) => g !== null, { error: 'Vùng không có hình (geometry).' }),
  properties: z.record(z.string(), z.unknown()).nullable().optional(),
});
const Collection = z.object({
  type: z.literal('FeatureCollection', { error: 'Tệp phải là một GeoJSON FeatureCollection.' }),
  features: z.array(z.unknown(), { error: 'Thiếu danh sách vùng (features).' }),
});

function pathOf(prefix: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`),
    prefix,
  );
}

/** Folds a district name for comparison: no tones, lower case, no "huyện"/"thị xã"/"thành phố". */
export function foldDistrictName(text: string): string {
  return foldVietnamese(text)
    .replace(/[.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(huyen|thanh pho|thi xa|tp|tx|h) /, '')
    .trim();
}

function codeOfValue(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1000)
    return String(value).padStart(3, '0');
  if (typeof value === 'string' && /^\s*\d{1,3}\s*$/.test(value)) return value.trim().padStart(3, '0');
  return undefined;
}

/** The districts a feature's properties name (by code first, then by name). */
function districtsNamedBy(
  properties: Record<string, unknown>,
  districts: readonly DistrictRef[],
): DistrictRef[] {
  const byCode = new Map(districts.map((d) => [d.code, d]));
  const byName = new Map<string, DistrictRef>();
  for (const d of districts) {
    byName.set(foldDistrictName(d.name), d);
    byName.set(foldDistrictName(d.shortName), d);
  }
  const found = new Map<string, DistrictRef>();
  for (const value of Object.values(properties)) {
    const code = codeOfValue(value);
    const byItsCode = code === undefined ? undefined : byCode.get(code);
    if (byItsCode) {
      found.set(byItsCode.code, byItsCode);
      continue;
    }
    if (typeof value === 'string') {
      const named = byName.get(foldDistrictName(value));
      if (named) found.set(named.code, named);
    }
  }
  return [...found.values()];
}

function describeProperties(properties: Record<string, unknown>): string {
  const shown = Object.entries(properties)
    .filter(([, v]) => typeof v === 'string' || typeof v === 'number')
    .slice(0, 4)
    .map(([k, v]) => `${k} = ${JSON.stringify(v).slice(0, 40)}`);
  return shown.length > 0 ? `; thuộc tính có: ${shown.join(', ')}` : '; vùng không có thuộc tính nào';
}

function checkRings(geometry: BoundaryGeometry, where: string, problems: AppErrorDetail[]): void {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  polygons.forEach((polygon, p) => {
    polygon.forEach((ring, r) => {
      const at =
        geometry.type === 'Polygon' ? `${where}.coordinates[${r}]` : `${where}.coordinates[${p}][${r}]`;
      if (ring.length < 4) {
        problems.push({ path: at, code: 'MAP_RING_SHORT', message: 'Đường bao phải có ít nhất 4 điểm.' });
        return;
      }
      const bad = ring.findIndex(
        ([lon, lat]) => lon === undefined || lat === undefined || Math.abs(lon) > 180 || Math.abs(lat) > 90,
      );
      if (bad >= 0) {
        problems.push({
          path: `${at}[${bad}]`,
          code: 'MAP_NOT_WGS84',
          message:
            'Tọa độ không phải kinh độ/vĩ độ WGS84 (kinh độ −180…180, vĩ độ −90…90); hãy xuất tệp theo EPSG:4326.',
        });
        return;
      }
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) {
        problems.push({
          path: at,
          code: 'MAP_RING_OPEN',
          message: 'Đường bao chưa khép kín (điểm cuối phải trùng điểm đầu).',
        });
      }
    });
  });
}

/**
 * Checks a GeoJSON boundary file against the districts it must cover; every problem at once.
 * On success, each feature keeps only its geometry and the district's code and name.
 */
export function checkBoundaries(
  input: unknown,
  districts: readonly DistrictRef[],
): { ok: true; boundaries: DistrictBoundaries } | { ok: false; problems: AppErrorDetail[] } {
  const problems: AppErrorDetail[] = [];
  const top = Collection.safeParse(input);
  if (!top.success) {
    return {
      ok: false,
      problems: top.error.issues.map((i) => ({
        path: pathOf('$', i.path),
        code: 'MAP_NOT_GEOJSON',
        message: i.message,
      })),
    };
  }
  if (top.data.features.length === 0)
    problems.push({ path: '$.features', code: 'MAP_EMPTY', message: 'Tệp không có vùng nào.' });
  const features: BoundaryFeature[] = [];
  const seen = new Map<string, number[]>();
  top.data.features.forEach((raw, index) => {
    const where = `$.features[${index}]`;
    const parsed = Feature.safeParse(raw);
    if (!parsed.success) {
      for (const i of parsed.error.issues)
        problems.push({ path: pathOf(where, i.path), code: 'MAP_FEATURE_SHAPE', message: i.message });
    } else if (parsed.data.geometry) {
      checkRings(parsed.data.geometry, `${where}.geometry`, problems);
    }
    const properties =
      typeof raw === 'object' && raw !== null && 'properties' in raw && typeof raw.properties === 'object'
        ? ((raw.properties ?? {}) as Record<string, unknown>)
        : {};
    const named = districtsNamedBy(properties, districts);
    const [district] = named;
    if (!district) {
      problems.push({
        path: `${where}.properties`,
        code: 'MAP_DISTRICT_UNKNOWN',
        message: `Vùng thứ ${index + 1} không ghi mã hay tên của huyện, thị xã, thành phố nào thuộc tỉnh (cần mã như 082 hoặc tên như Bát Xát)${describeProperties(properties)}.`,
      });
      return;
    }
    if (named.length > 1) {
      problems.push({
        path: `${where}.properties`,
        code: 'MAP_DISTRICT_AMBIGUOUS',
        message: `Vùng thứ ${index + 1} ghi tên nhiều đơn vị cấp huyện khác nhau: ${named.map((d) => `${d.name} (${d.code})`).join(', ')}.`,
      });
      return;
    }
    seen.set(district.code, [...(seen.get(district.code) ?? []), index]);
    if (parsed.success && parsed.data.geometry)
      features.push({
        type: 'Feature',
        properties: { code: district.code, name: district.shortName },
        geometry: parsed.data.geometry,
      });
  });
  for (const [code, indices] of seen) {
    if (indices.length < 2) continue;
    const d = districts.find((x) => x.code === code);
    problems.push({
      path: '$.features',
      code: 'MAP_DISTRICT_DUPLICATE',
      message: `${d?.name ?? code} (${code}) có ở ${indices.length} vùng (thứ ${indices.map((i) => i + 1).join(', ')}); mỗi đơn vị chỉ một vùng, dùng MultiPolygon cho nhiều mảnh.`,
    });
  }
  const missing = districts.filter((d) => !seen.has(d.code));
  if (missing.length > 0 && top.data.features.length > 0) {
    problems.push({
      path: '$.features',
      code: 'MAP_DISTRICT_MISSING',
      message: `Thiếu ranh giới của ${missing.length} đơn vị cấp huyện: ${missing.map((d) => `${d.name} (${d.code})`).join(', ')}.`,
    });
  }
  if (problems.length > 0) {
    if (problems.length <= MAX_PROBLEMS) return { ok: false, problems };
    const extra = problems.length - MAX_PROBLEMS;
    return {
      ok: false,
      problems: [
        ...problems.slice(0, MAX_PROBLEMS),
        { code: 'MAP_MORE_PROBLEMS', message: `… và ${extra} lỗi khác.` },
      ],
    };
  }
  features.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  return { ok: true, boundaries: { type: 'FeatureCollection', features } };
}

interface StoredValue {
  boundaries: DistrictBoundaries;
  fileName: string | null;
}

function viewOf(row: SettingRow | undefined): MapBoundariesView {
  const value = row?.value as StoredValue | undefined;
  if (!row || !value?.boundaries)
    return { boundaries: null, fileName: null, updatedAt: null, updatedBy: null };
  return {
    boundaries: value.boundaries,
    fileName: value.fileName,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedByName,
  };
}

function summaryOf(value: StoredValue | undefined): unknown {
  if (!value?.boundaries) return null;
  return {
    fileName: value.fileName,
    districts: value.boundaries.features.map((f) => f.properties.code),
  };
}

function districtsInForce(units: readonly UnitRow[], today: string): DistrictRef[] {
  return units
    .filter((u) => u.validFrom <= today && (u.validUntil === null || u.validUntil >= today))
    .map((u) => ({ code: u.code, name: u.name, shortName: u.shortName }));
}

function actorName(actor: Actor): string {
  return actor.kind === 'user' ? actor.username : actor.kind === 'system' ? actor.name : '(ẩn danh)';
}

/** Reading (anyone), replacing and removing (administrators) the district boundaries. */
export function createMapBoundariesService(store: Store, clock: Clock) {
  return {
    maxBytes: MAP_BOUNDARIES_MAX_BYTES,

    async getBoundaries(): Promise<MapBoundariesView> {
      return viewOf(await store.repos.settings.find(MAP_BOUNDARIES_KEY));
    },

    /** Checks and stores a boundary file; rejects it whole (IMPORT_REJECTED) with every problem. */
    async replaceBoundaries(
      actor: Actor,
      input: unknown,
      options: { fileName?: string | undefined; bytes?: number | undefined } = {},
    ): Promise<MapBoundariesView> {
      requireRole(actor, ['admin']);
      if (options.bytes !== undefined && options.bytes > MAP_BOUNDARIES_MAX_BYTES) {
        throw new AppError('PAYLOAD_TOO_LARGE', 'Tệp ranh giới lớn hơn 5 MB; hãy đơn giản hóa đường bao.');
      }
      const today = vietnamDate(clock.now());
      const districts = districtsInForce(await store.repos.units.listUnits({ kind: 'district' }), today);
      const checked = checkBoundaries(input, districts);
      if (!checked.ok) {
        throw new AppError(
          'IMPORT_REJECTED',
          `Tệp ranh giới có ${checked.problems.length} lỗi; chưa được lưu, bản đồ giữ nguyên.`,
          checked.problems,
        );
      }
      const value: StoredValue = {
        boundaries: checked.boundaries,
        fileName: options.fileName?.slice(0, 200) ?? null,
      };
      const row = await store.transaction(async (repos) => {
        const before = await repos.settings.find(MAP_BOUNDARIES_KEY);
        const written = await repos.settings.upsert(MAP_BOUNDARIES_KEY, value, actorName(actor), clock.now());
        await recordAudit(repos, actor, {
          action: before ? 'update' : 'create',
          entity: 'map_boundaries',
          entityId: MAP_BOUNDARIES_KEY,
          before: summaryOf(before?.value as StoredValue | undefined),
          after: summaryOf(value),
        });
        return written;
      });
      return viewOf(row);
    },

    /** Removes the boundaries: the map goes back to the tile map. */
    async removeBoundaries(actor: Actor): Promise<void> {
      requireRole(actor, ['admin']);
      await store.transaction(async (repos) => {
        const before = await repos.settings.find(MAP_BOUNDARIES_KEY);
        if (!before) return;
        await repos.settings.remove(MAP_BOUNDARIES_KEY);
        await recordAudit(repos, actor, {
          action: 'delete',
          entity: 'map_boundaries',
          entityId: MAP_BOUNDARIES_KEY,
          before: summaryOf(before.value as StoredValue),
        });
      });
    },
  };
}

/** The district boundaries use cases. */
export type MapBoundariesService = ReturnType<typeof createMapBoundariesService>;

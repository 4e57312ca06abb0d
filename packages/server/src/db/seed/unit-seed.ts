// The unit registry as seeded on first start: built from the copied GSO data and the agency lists.
import data from './laocai-units-2023.json' with { type: 'json' };
import {
  commonDistrictAgencies,
  provinceAgenciesWithProcedures,
  provinceAgenciesWithoutProcedures,
  ruralDistrictAgencies,
  urbanDistrictAgencies,
} from './agencies';

/** A unit to seed; `parentCode` names a unit listed earlier. */
export interface SeedUnit {
  code: string;
  name: string;
  shortName: string;
  kind: string;
  adminType: string | null;
  parentCode: string | null;
  validFrom: string;
  validUntil: string | null;
}

/** A lineage event to seed, by unit codes. */
export interface SeedLineage {
  kind: 'merged_into' | 'split_from' | 'renamed';
  fromCode: string;
  toCode: string;
  effectiveDate: string;
  note: string;
}

/** Units listed parents first (province, its agencies and districts, then their children). */
export interface UnitSeed {
  units: SeedUnit[];
  lineage: SeedLineage[];
}

/** Units that stopped existing inside the seeded layout, with the day after their last day. */
const ended: Record<string, { until: string; into: string; note: string }> = {
  '02872': {
    until: '2024-10-31',
    into: '02839',
    note: 'Nghị quyết 1197/NQ-UBTVQH15: Xã Tà Chải nhập vào Thị trấn Bắc Hà từ ngày 01/11/2024',
  },
};

function nextDay(iso: string): string {
  const day = new Date(`${iso}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** Builds the seed of the unit registry (pure: the same answer every time). */
export function buildUnitSeed(): UnitSeed {
  const validFrom = data.validFrom;
  const province = data.province;
  const units: SeedUnit[] = [
    {
      code: province.code,
      name: province.name,
      shortName: province.shortName,
      kind: 'province',
      adminType: province.type,
      parentCode: null,
      validFrom,
      validUntil: null,
    },
  ];
  const agency = (code: string, name: string, shortName: string, kind: string, parentCode: string) =>
    units.push({ code, name, shortName, kind, adminType: null, parentCode, validFrom, validUntil: null });

  for (const a of provinceAgenciesWithProcedures)
    agency(`${province.code}.${a.suffix}`, a.name, a.name, 'province_agency_tthc', province.code);
  for (const a of provinceAgenciesWithoutProcedures)
    agency(`${province.code}.${a.suffix}`, a.name, a.name, 'province_agency', province.code);

  for (const d of data.districts) {
    units.push({
      code: d.code,
      name: d.name,
      shortName: d.shortName,
      kind: 'district',
      adminType: d.type,
      parentCode: province.code,
      validFrom,
      validUntil: null,
    });
  }
  for (const d of data.districts) {
    const local = d.name.charAt(0).toLocaleLowerCase('vi') + d.name.slice(1);
    const specific = d.type === 'huyen' ? ruralDistrictAgencies : urbanDistrictAgencies;
    for (const a of [...commonDistrictAgencies, ...specific])
      agency(`${d.code}.${a.suffix}`, `${a.name} ${local}`, a.name, 'district_agency', d.code);
  }
  for (const c of data.communes) {
    units.push({
      code: c.code,
      name: c.name,
      shortName: c.shortName,
      kind: 'commune',
      adminType: c.type,
      parentCode: c.districtCode,
      validFrom,
      validUntil: ended[c.code]?.until ?? null,
    });
  }
  const lineage: SeedLineage[] = Object.entries(ended).map(([code, e]) => ({
    kind: 'merged_into',
    fromCode: code,
    toCode: e.into,
    effectiveDate: nextDay(e.until),
    note: e.note,
  }));
  return { units, lineage };
}

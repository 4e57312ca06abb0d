import { z } from 'zod';

/**
 * Kinds of unit in the registry. A framework set applies to the units whose kind equals its
 * `unitKind`; the registry may define more kinds later, so the API accepts any slug.
 */
export const knownUnitKinds = [
  'province',
  'province_agency_tthc',
  'province_agency',
  'district',
  'district_agency',
  'commune',
] as const;

/** A unit kind: one of `knownUnitKinds` or another lower-case slug. */
export const UnitKind = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/);

/** Administrative type from the GSO catalogue (tinh, thanh_pho, thi_xa, huyen, phuong, xa, thi_tran). */
export const AdminType = z.enum(['tinh', 'thanh_pho', 'thi_xa', 'huyen', 'phuong', 'xa', 'thi_tran']);
/** Administrative type from the GSO catalogue. */
export type AdminType = z.infer<typeof AdminType>;

/** ISO date `yyyy-mm-dd`. */
export const IsoDate = z.iso.date();

/** A unit code: GSO code for localities (`02713`), generated code for agencies (`082.PNV`). */
export const UnitCode = z.string().regex(/^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$/);

/** A unit (đơn vị) as the API returns it. `validUntil` null = still in force. */
export const Unit = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  kind: z.string(),
  adminType: AdminType.nullable(),
  parentId: z.number().int().nullable(),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
  updatedAt: z.string(),
});
/** A unit as the API returns it. */
export type Unit = z.infer<typeof Unit>;

/** A unit with its children, for `GET /api/units/tree`. */
export type UnitNode = Unit & { children: UnitNode[] };
/** A unit with its children, for `GET /api/units/tree`. */
export const UnitNode: z.ZodType<UnitNode> = Unit.extend({
  get children() {
    return z.array(UnitNode);
  },
}).meta({ id: 'UnitNode' }); // recursive: a named component of the OpenAPI document

/** Query of `GET /api/units`: filter by kind, parent, validity date, text (diacritics ignored). */
export const UnitListQuery = z.object({
  kind: UnitKind.optional(),
  parentId: z.coerce.number().int().positive().optional(),
  /** Only units in force on this date. */
  validOn: IsoDate.optional(),
  q: z.string().max(100).optional(),
});
/** Query of `GET /api/units`. */
export type UnitListQuery = z.infer<typeof UnitListQuery>;

/** Body of `POST /api/units`. */
export const UnitCreate = z.object({
  code: UnitCode,
  name: z.string().trim().min(1).max(200),
  shortName: z.string().trim().min(1).max(200).optional(),
  kind: UnitKind,
  adminType: AdminType.nullable().optional(),
  parentId: z.number().int().positive().nullable().optional(),
  validFrom: IsoDate,
  validUntil: IsoDate.nullable().optional(),
});
/** Body of `POST /api/units`. */
export type UnitCreate = z.infer<typeof UnitCreate>;

/** Body of `PATCH /api/units/:id`: any field of a unit except its code. */
export const UnitUpdate = UnitCreate.omit({ code: true }).partial();
/** Body of `PATCH /api/units/:id`. */
export type UnitUpdate = z.infer<typeof UnitUpdate>;

/** Kinds of lineage event: how units became other units in a reorganisation. */
export const LineageKind = z.enum(['merged_into', 'split_from', 'renamed']);
/** Kinds of lineage event. */
export type LineageKind = z.infer<typeof LineageKind>;

/**
 * A lineage event: `fromUnitId` was merged into / split into / renamed to `toUnitId` on
 * `effectiveDate` (for `split_from`, `toUnitId` is the new unit split from `fromUnitId`).
 */
export const LineageEvent = z.object({
  id: z.number().int(),
  kind: LineageKind,
  fromUnitId: z.number().int(),
  toUnitId: z.number().int(),
  effectiveDate: z.string(),
  note: z.string(),
});
/** A lineage event. */
export type LineageEvent = z.infer<typeof LineageEvent>;

/** Body of `POST /api/units/lineage`. */
export const LineageCreate = z.object({
  kind: LineageKind,
  fromUnitId: z.number().int().positive(),
  toUnitId: z.number().int().positive(),
  effectiveDate: IsoDate,
  note: z.string().max(1000).default(''),
});
/** Body of `POST /api/units/lineage`. */
export type LineageCreate = z.infer<typeof LineageCreate>;

/** A unit with its lineage, for `GET /api/units/:id`. */
export const UnitDetail = Unit.extend({ lineage: z.array(LineageEvent) });
/** A unit with its lineage. */
export type UnitDetail = z.infer<typeof UnitDetail>;

/** Query of `POST /api/units/import`: `dryRun` checks the file and changes nothing. */
export const UnitImportQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});

/** Answer of a successful unit import. */
export const UnitImportResult = z.object({
  dryRun: z.boolean(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
/** Answer of a successful unit import. */
export type UnitImportResult = z.infer<typeof UnitImportResult>;

/**
 * Columns of a unit import file (CSV or XLSX, first sheet, header row first). Vietnamese header,
 * English alias accepted.
 */
export const unitImportColumns = [
  { key: 'code', header: 'ma', alias: 'code', required: true },
  { key: 'name', header: 'ten', alias: 'name', required: true },
  { key: 'shortName', header: 'ten_ngan', alias: 'short_name', required: false },
  { key: 'kind', header: 'loai', alias: 'kind', required: true },
  { key: 'adminType', header: 'loai_hanh_chinh', alias: 'admin_type', required: false },
  { key: 'parentCode', header: 'ma_cap_tren', alias: 'parent_code', required: false },
  { key: 'validFrom', header: 'hieu_luc_tu', alias: 'valid_from', required: true },
  { key: 'validUntil', header: 'hieu_luc_den', alias: 'valid_until', required: false },
] as const;

// Vietnamese (and English) names of unit kinds and administrative types come from i18n; these are
// the values offered in forms.
import type { AdminType } from '@dti/contract';

/** Unit kinds offered in the form (the registry may hold others; they are shown as-is). */
export const unitKindOptions = [
  'province',
  'province_agency_tthc',
  'province_agency',
  'district',
  'district_agency',
  'commune',
] as const;

/** Administrative types of the GSO catalogue. */
export const adminTypeOptions: readonly AdminType[] = [
  'tinh',
  'thanh_pho',
  'thi_xa',
  'huyen',
  'phuong',
  'xa',
  'thi_tran',
];

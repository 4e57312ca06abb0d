/** The whole catalogue of sub-index wordings, keyed by a stable authoring key. */
import { AN_TOAN_THONG_TIN } from './an-toan-thong-tin';
import { DICH_VU_CONG } from './dich-vu-cong';
import { HA_TANG_SO } from './ha-tang-so';
import { HOAT_DONG_CDS } from './hoat-dong-cds';
import { KINH_TE_SO } from './kinh-te-so';
import type { ItemDef } from './model';
import { NHAN_LUC_SO } from './nhan-luc-so';
import { NHAN_THUC_SO } from './nhan-thuc-so';
import { THE_CHE_SO } from './the-che-so';
import { XA_HOI_SO } from './xa-hoi-so';

export const CATALOGUE: Readonly<Record<string, ItemDef>> = {
  ...NHAN_THUC_SO,
  ...THE_CHE_SO,
  ...HA_TANG_SO,
  ...NHAN_LUC_SO,
  ...AN_TOAN_THONG_TIN,
  ...HOAT_DONG_CDS,
  ...DICH_VU_CONG,
  ...KINH_TE_SO,
  ...XA_HOI_SO,
};

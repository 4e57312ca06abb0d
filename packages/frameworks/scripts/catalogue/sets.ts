/**
 * Which catalogue items each set uses, in which index, with their points under 2644 (2022) and 3019
 * (2023). Within an index the 2644 items come first, so their codes ("1.1", "1.2"…) are the same in
 * both frameworks and 3019 only appends. Counts, scales and the tagged additions follow DOMAIN.md §2;
 * the point split of the 6-index sets is an assumption (research-notes §5.1), kept here as data.
 * Row tags `ATTT` and `HA_TANG_SO` mark the criteria 3019 added on those themes.
 */
import type { SetPlan } from './plan';
import { CQ_HUYEN_SET, TINH_CO_TTHC, TINH_KHONG_TTHC } from './sets-co-quan';
import { HUYEN_SET, XA_SET } from './sets-dia-phuong';

export type { IndexPlan, Row, SetPlan } from './plan';

/** The five sets, in the order of the decision. */
export const SET_PLANS: readonly SetPlan[] = [TINH_CO_TTHC, TINH_KHONG_TTHC, HUYEN_SET, CQ_HUYEN_SET, XA_SET];

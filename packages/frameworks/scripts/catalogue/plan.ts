/**
 * The shape of a set plan: which catalogue items a set uses, in which index, with their points under
 * 2644 (2022) and 3019 (2023). Within an index the 2644 items come first, so their codes ("1.1"…) are
 * the same in both frameworks and 3019 only appends.
 */
import type { Scope } from './model';

/** One sub-index of a set: its catalogue key and points; `p2644` absent = added by 3019. */
export interface Row {
  key: string;
  p2644?: number;
  p3019: number;
  tags?: string[];
}

export interface IndexPlan {
  code: string;
  name: string;
  /** Maximum points under [2644, 3019]. */
  max: [number, number];
  pillars?: string[];
  rows: Row[];
}

export interface SetPlan {
  id: string;
  name: string;
  unitKind: string;
  scope: Scope;
  /** Maximum points under [2644, 3019]. */
  max: [number, number];
  withPillars: boolean;
  indices: IndexPlan[];
}

/** A sub-index that 2644 already had. */
export const o = (key: string, p2644: number, p3019: number): Row => ({ key, p2644, p3019 });
/** A sub-index that 3019 added. */
export const n = (key: string, p3019: number, ...tags: string[]): Row =>
  tags.length > 0 ? { key, p3019, tags } : { key, p3019 };

export const ALL = ['CQS', 'KTS', 'XHS'];
export const NT = 'Nhận thức số';
export const TC = 'Thể chế số';
export const HT = 'Hạ tầng số';
export const NL = 'Nhân lực số';
export const AT = 'An toàn thông tin mạng';

// The signed-in account's own unit, read once and shared by everything on screen that shows it: the
// header's unit name and the unit's own pages (the form, objections). Before, the header and the
// form each asked for it, and the form's second read sat on the way to its first screen (one more
// round trip on 3G). Kept until sign-out (`forgetOwnUnit`) or a reload; a failed read is not kept.
import type { UnitDetail } from '@dti/contract';
import { getUnit } from '../../api/units';

const reads = new Map<number, Promise<UnitDetail>>();

/** The unit `unitId` (the account's own), read once per page load. */
export function readOwnUnit(unitId: number): Promise<UnitDetail> {
  let read = reads.get(unitId);
  if (!read) {
    read = getUnit(unitId);
    reads.set(unitId, read);
    read.catch(() => {
      if (reads.get(unitId) === read) reads.delete(unitId);
    });
  }
  return read;
}

/** Forgets the unit read (sign-out: the next account reads its own). */
export function forgetOwnUnit(): void {
  reads.clear();
}

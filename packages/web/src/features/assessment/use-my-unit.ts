// The signed-in account's unit (code and name), for the unit's own pages.
import type { Unit } from '@dti/contract';
import { useAsync } from '../../api/use-async';
import { readOwnUnit } from '../session/own-unit';
import { useSession } from '../session/session-context';

/** The account's unit, or undefined while loading / when it has none. */
export function useMyUnit(): { unit: Unit | undefined; error: unknown; loading: boolean } {
  const { user } = useSession();
  const unitId = user?.unitId ?? null;
  const state = useAsync(
    () => (unitId === null ? Promise.resolve(undefined) : readOwnUnit(unitId)),
    [unitId],
  );
  return { unit: state.data, error: state.error, loading: state.loading };
}

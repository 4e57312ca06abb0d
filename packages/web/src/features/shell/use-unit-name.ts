// The name of the signed-in user's unit, for the header.
import { useEffect, useState } from 'react';
import { getUnit } from '../../api/units';

/** The unit's name, or null while loading, when there is none, or when it cannot be read. */
export function useUnitName(unitId: number | null): string | null {
  const [name, setName] = useState<{ id: number; name: string } | null>(null);
  useEffect(() => {
    if (unitId === null) return;
    const controller = new AbortController();
    getUnit(unitId, controller.signal)
      .then((unit) => setName({ id: unitId, name: unit.name }))
      .catch(() => undefined);
    return () => controller.abort();
  }, [unitId]);
  return name !== null && name.id === unitId ? name.name : null;
}

// The name of the signed-in user's unit, for the header.
import { useEffect, useState } from 'react';
import { readOwnUnit } from '../session/own-unit';

/** The unit's name, or null while loading, when there is none, or when it cannot be read. */
export function useUnitName(unitId: number | null): string | null {
  const [name, setName] = useState<{ id: number; name: string } | null>(null);
  useEffect(() => {
    if (unitId === null) return;
    let current = true;
    readOwnUnit(unitId)
      .then((unit) => {
        if (current) setName({ id: unitId, name: unit.name });
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [unitId]);
  return name !== null && name.id === unitId ? name.name : null;
}

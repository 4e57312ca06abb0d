// The uploaded district boundaries, fetched once and shared by every map and the upload panel
// (an upload or removal updates them all). A failed read falls back to the tile map.
import { useEffect, useState } from 'react';
import { getMapBoundaries, type MapBoundaries } from '../../api/map';

const none: MapBoundaries = { boundaries: null, fileName: null, updatedAt: null, updatedBy: null };
let current: MapBoundaries | undefined;
let pending: Promise<MapBoundaries> | undefined;
const listeners = new Set<(value: MapBoundaries) => void>();

function load(): Promise<MapBoundaries> {
  pending ??= getMapBoundaries().then(
    (value) => {
      current = value;
      return value;
    },
    () => {
      pending = undefined;
      return none;
    },
  );
  return pending;
}

/** Replaces the shared boundaries after an upload or a removal (null = removed). */
export function publishMapBoundaries(value: MapBoundaries | null): void {
  current = value ?? none;
  pending = Promise.resolve(current);
  for (const listener of listeners) listener(current);
}

/** Forgets what was fetched (tests). */
export function forgetMapBoundaries(): void {
  current = undefined;
  pending = undefined;
}

/** The boundaries (undefined while loading). */
export function useMapBoundaries(): MapBoundaries | undefined {
  const [value, setValue] = useState<MapBoundaries | undefined>(current);
  useEffect(() => {
    let live = true;
    listeners.add(setValue);
    void load().then((v) => {
      if (live) setValue(v);
    });
    return () => {
      live = false;
      listeners.delete(setValue);
    };
  }, []);
  return value;
}

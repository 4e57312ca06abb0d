// The framework as the forms need it: the stored file read as core's model (the server validated
// it on import), the set of a unit, and a module-level cache so pages share one download.
import type { Framework, IndexSet, SubIndex } from '@dti/core';
import { getFramework, getFrameworkSet } from '../../api/frameworks';

const cache = new Map<string, Promise<Framework>>();

/** The framework `id`, downloaded once per page load. */
export function loadFramework(id: string): Promise<Framework> {
  let found = cache.get(id);
  if (!found) {
    found = getFramework(id).then((detail) => detail.content as unknown as Framework);
    found.catch(() => cache.delete(id));
    cache.set(id, found);
  }
  return found;
}

/** The framework `id` with only its set `setId` (a fifth of the file for a unit's form), once per page load. */
export function loadFrameworkSet(id: string, setId: string): Promise<Framework> {
  const key = `${id}\u0000${setId}`;
  let found = cache.get(key);
  if (!found) {
    found = getFrameworkSet(id, setId).then((detail) => detail.content as unknown as Framework);
    found.catch(() => cache.delete(key));
    cache.set(key, found);
  }
  return found;
}

/** The set `setId` of a framework, or undefined. */
export function findSet(framework: Framework, setId: string): IndexSet | undefined {
  return framework.sets.find((s) => s.id === setId);
}

/** Every sub-index of a set by code. */
export function subIndicesOf(set: IndexSet): Map<string, SubIndex> {
  const map = new Map<string, SubIndex>();
  for (const index of set.indices) for (const sub of index.subIndices) map.set(sub.code, sub);
  return map;
}

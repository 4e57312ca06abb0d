// Set names of a framework (id → "Bộ chỉ số DTI cấp huyện"), so that pages show names, not set ids;
// the id stands in until the framework has loaded or when it cannot be read.
import { useEffect, useState } from 'react';
import { loadFramework } from '../assessment/framework-model';

/** A function giving the name of a set of `frameworkId` (the id itself until loaded). */
export function useSetNames(frameworkId: string | undefined): (setId: string) => string {
  const [names, setNames] = useState<Record<string, string>>({});
  useEffect(() => {
    if (!frameworkId) return;
    let live = true;
    loadFramework(frameworkId)
      .then((f) => {
        if (live) setNames(Object.fromEntries(f.sets.map((s) => [s.id, s.name])));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [frameworkId]);
  return (setId) => names[setId] ?? setId;
}

// A section's item cards, mounted one at a time, one small task after another, instead of all
// in one long task: on a slow phone mounting a section of seven item cards with their inputs kept
// the main thread blocked for a quarter of a second (Lighthouse, mobile), typing included. `eager`
// mounts them all at once, for a section that must show an item now (a link to it, `?item=`).
import { startTransition, useEffect, useState, type ReactNode } from 'react';

/** How many more items each step mounts (one item card with its inputs is ≈ 10 ms on this machine). */
const STEP = 1;

/** Renders `items` progressively (all at once when `eager`). */
export function ProgressiveItems<T>({
  items,
  eager,
  render,
}: {
  items: readonly T[];
  eager: boolean;
  render: (item: T) => ReactNode;
}) {
  const [count, setCount] = useState(() => (eager ? items.length : Math.min(STEP, items.length)));
  const shown = eager ? items.length : count;
  useEffect(() => {
    if (shown >= items.length) return;
    const timer = setTimeout(() => startTransition(() => setCount((c) => c + STEP)), 0);
    return () => clearTimeout(timer);
  }, [shown, items.length]);
  return <>{items.slice(0, shown).map(render)}</>;
}

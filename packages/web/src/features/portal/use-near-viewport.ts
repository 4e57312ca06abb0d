// Whether an element has come near the screen: for parts of a page that are worth their requests
// and their rendering only once the visitor scrolls to them (the portal's published results sit
// below the first screen of a phone). Once near, stays near. Where IntersectionObserver is missing
// (old browsers, tests without layout) the element counts as near at once.
import { useEffect, useRef, useState, type RefObject } from 'react';

/** A ref to put on the element, and whether it is (or has been) within `margin` of the screen. */
export function useNearViewport<T extends Element>(margin: string): [RefObject<T | null>, boolean] {
  const ref = useRef<T | null>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, margin]);
  return [ref, near];
}

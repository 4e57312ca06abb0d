// The copies this device keeps for offline work: the service worker (app shell, the form's reads)
// and the edits waiting in IndexedDB. Cleared at sign-out.
import { clearOfflineDrafts } from '../assessment/offline-drafts';

/** Cache holding the API answers the form needs offline (same name as in public/sw.js). */
const API_CACHE = 'dti-api-v1';

/** Registers /sw.js once the page has loaded (so it never competes with the first view). */
export function registerServiceWorker(): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const register = () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/** Forgets the edits waiting on this device and the cached answers of the signed-in account. */
export async function clearOfflineCopies(): Promise<void> {
  await Promise.all([
    clearOfflineDrafts().catch(() => undefined),
    typeof caches === 'undefined' ? undefined : caches.delete(API_CACHE).catch(() => undefined),
  ]);
}

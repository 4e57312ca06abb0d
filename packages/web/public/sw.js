// The service worker of DTI Lào Cai: keeps the application shell and the officer's form usable
// without a connection. Plain JavaScript served as /sw.js (not bundled, so its address never changes).
// - Pages (navigations): network first; without a connection, the last index.html kept.
// - /assets/* (hashed, immutable): from the cache once fetched, else from the network and kept.
// - The API reads the form needs (who is signed in, the form's combined first read, and the reads
//   the form makes itself when that one is missing or another year is chosen: periods, the unit,
//   the assessment, a framework's set): network first, the last answer kept for offline use.
//   Everything else passes through.
// Writes never go through a cache: edits wait in IndexedDB (offline-drafts.ts) until sent. Sign-out
// deletes the API cache (clearOfflineCopies in the page).
/* global self, caches, fetch, URL, Request */
const SHELL = 'dti-shell-v1';
const API = 'dti-api-v1';
const kept = [SHELL, API];

const formReads = [
  /^\/api\/session\/me$/,
  /^\/api\/home\/officer\/form$/,
  /^\/api\/periods$/,
  /^\/api\/units\/\d+$/,
  /^\/api\/periods\/\d{4}\/units\/[^/]+\/assessment$/,
  /^\/api\/frameworks\/[^/]+$/,
];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.add(new Request('/', { cache: 'reload' })))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => !kept.includes(n)).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

async function networkFirst(request, cacheName, cacheKey) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(cacheKey, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(cacheKey);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(SHELL);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate' && !url.pathname.startsWith('/api/')) {
    // every page of the application is index.html
    event.respondWith(networkFirst(request, SHELL, '/'));
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(cacheFirst(request));
  } else if (formReads.some((pattern) => pattern.test(url.pathname))) {
    event.respondWith(networkFirst(request, API, request));
  }
});

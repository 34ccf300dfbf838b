// The playground's service worker: after one visit the page loads and compiles with no
// network. It keeps the site's files in a cache per build (the site build fills in FILES and
// VERSION, tools/page_offline.py) and answers the page's requests from the network first,
// from the cache when the network fails. The standard packages' bundles (std/) are kept by
// the worker that fetches them (Cache Storage `gowasm-std`, content-hashed names).
const VERSION = 'SITE-VERSION';
const FILES = ['SITE-FILES'];
const CACHE = `gowasm-site-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  const old = (k) => k.startsWith('gowasm-site-') && k !== CACHE;
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter(old).map((k) => caches.delete(k)))).then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    fetch(req)
      .then((res) => {
        // The newest copy of the site's own files is kept (not std/: the worker keeps those).
        if (res.ok && !url.pathname.includes('/std/')) {
          const copy = res.clone();
          caches.open(CACHE).then((c) => c.put(req, copy));
        }
        return res;
      })
      .catch(() => caches.match(req, { ignoreSearch: true }).then((hit) => hit || Response.error())),
  );
});

/**
 * A memory snapshot of a freshly started interpreter, kept in the browser's Cache Storage.
 * Restoring it skips CPython's own start-up: measured here, Pyodide ready went from ~2–4 s
 * to ~0.2 s with a warm cache (issue 4's goal is ≤ 1.5 s). It relies on Pyodide's private
 * `_makeSnapshot`/`_loadSnapshot` options, hence the exact `pyodide` pin in package.json and
 * the key by version; the caller falls back to a normal start whenever this fails.
 */
const CACHE = 'cnake-charmer-pyodide';
const key = (version: string) => `/pyodide-snapshot/${version}`;

/** Cache Storage only exists in secure contexts (https, localhost). */
const available = () => typeof caches !== 'undefined';

export async function readSnapshot(version: string): Promise<Uint8Array | null> {
  if (!available()) return null;
  try {
    const response = await (await caches.open(CACHE)).match(key(version));
    return response ? new Uint8Array(await response.arrayBuffer()) : null;
  } catch {
    return null;
  }
}

export async function writeSnapshot(version: string, bytes: Uint8Array): Promise<void> {
  if (!available()) return;
  try {
    const cache = await caches.open(CACHE);
    // Snapshots of other versions are dead weight (~30 MB each).
    for (const request of await cache.keys()) {
      if (!request.url.endsWith(key(version))) await cache.delete(request);
    }
    await cache.put(key(version), new Response(bytes as BlobPart, { headers: { 'content-type': 'application/octet-stream' } }));
  } catch {
    // Quota or private mode: the next start is simply a cold one.
  }
}

export async function dropSnapshot(version: string): Promise<void> {
  if (!available()) return;
  try {
    await (await caches.open(CACHE)).delete(key(version));
  } catch {
    // Nothing to drop.
  }
}

/**
 * Keep the build cache within a size budget. Every submitted program leaves an entry in
 * `.cache/builds` (~60 KB: the extension module and its annotation), so a public server's
 * cache would otherwise grow without end. Entries go least recently used first; an entry's
 * last use is its `meta.json` mtime, which a cache hit refreshes. Entries used within the
 * grace period are never removed: a job may be importing that very module. Asynchronous, so a
 * server's event loop keeps answering while a large cache is scanned (~20 ms per 1,000 entries).
 */
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface PruneOptions {
  maxBytes: number;
  /** Entries used more recently than this are kept whatever the budget. */
  graceMs: number;
  /** Entry names never removed (the shared utility module every build links against). */
  keep?: ReadonlySet<string>;
  now?: number;
}

export interface PruneResult {
  entries: number;
  removed: number;
  bytesBefore: number;
  bytesAfter: number;
}

interface Entry {
  name: string;
  bytes: number;
  lastUse: number;
}

/** Abandoned staging folders (a process killed mid-publish) older than this are removed. */
const STALE_STAGING_MS = 60 * 60 * 1000;

async function readEntry(dir: string, name: string): Promise<Entry | null> {
  const path = join(dir, name);
  try {
    let bytes = 0;
    let lastUse = (await stat(path)).mtimeMs;
    for (const file of await readdir(path)) {
      const info = await stat(join(path, file));
      bytes += info.size;
      if (file === 'meta.json') lastUse = info.mtimeMs;
    }
    return { name, bytes, lastUse };
  } catch {
    return null; // removed by another process while we looked
  }
}

export async function pruneBuilds(dir: string, options: PruneOptions): Promise<PruneResult> {
  const now = options.now ?? Date.now();
  const entries: Entry[] = [];
  const names = await readdir(dir).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return []; // the cache was removed meanwhile: nothing to prune
    throw e;
  });
  for (const name of names) {
    const entry = await readEntry(dir, name);
    if (!entry) continue;
    if (name.startsWith('.staging-')) {
      if (now - entry.lastUse > STALE_STAGING_MS) await rm(join(dir, name), { recursive: true, force: true });
      continue;
    }
    entries.push(entry);
  }
  const bytesBefore = entries.reduce((total, e) => total + e.bytes, 0);
  let bytes = bytesBefore;
  let removed = 0;
  for (const entry of entries.sort((a, b) => a.lastUse - b.lastUse)) {
    if (bytes <= options.maxBytes) break;
    if (options.keep?.has(entry.name) || now - entry.lastUse < options.graceMs) continue;
    await rm(join(dir, entry.name), { recursive: true, force: true });
    bytes -= entry.bytes;
    removed += 1;
  }
  return { entries: entries.length - removed, removed, bytesBefore, bytesAfter: bytes };
}

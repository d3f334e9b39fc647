/** The build cache stays within its budget, least recently used entries first. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pruneBuilds } from '../../server/engine/cache-prune.ts';
import { cacheMaxBytesFromEnv } from '../../server/engine/paths.ts';

const MINUTE = 60_000;
const now = Date.parse('2026-11-25T12:00:00Z');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cnake-prune-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** An entry of `kb` KiB last used `minutesAgo` minutes before `now`. */
function entry(name: string, kb: number, minutesAgo: number, files = ['mod.so', 'meta.json']): void {
  const path = join(dir, name);
  mkdirSync(path);
  const when = new Date(now - minutesAgo * MINUTE);
  for (const file of files) {
    writeFileSync(join(path, file), Buffer.alloc(file === 'meta.json' ? 0 : kb * 1024));
    utimesSync(join(path, file), when, when);
  }
  utimesSync(path, when, when);
}

const left = () => readdirSync(dir).sort();

describe('pruneBuilds', () => {
  it('removes the least recently used entries until the cache fits its budget', async () => {
    entry('a', 100, 300);
    entry('b', 100, 200);
    entry('c', 100, 100);
    entry('d', 100, 50);
    const result = await pruneBuilds(dir, { maxBytes: 250 * 1024, graceMs: 10 * MINUTE, now });
    expect(left()).toEqual(['c', 'd']);
    expect(result).toEqual({ entries: 2, removed: 2, bytesBefore: 400 * 1024, bytesAfter: 200 * 1024 });
  });

  it('leaves a cache within its budget alone', async () => {
    entry('a', 10, 300);
    entry('b', 10, 200);
    expect((await pruneBuilds(dir, { maxBytes: 1024 * 1024, graceMs: 0, now })).removed).toBe(0);
    expect(left()).toEqual(['a', 'b']);
  });

  it('never removes an entry in its grace period or one it is told to keep, even over budget', async () => {
    entry('shared-x', 100, 900, ['_cnake_utility.so']);
    entry('old', 100, 500);
    entry('recent', 100, 5);
    const result = await pruneBuilds(dir, { maxBytes: 0, graceMs: 10 * MINUTE, keep: new Set(['shared-x']), now });
    expect(left()).toEqual(['recent', 'shared-x']);
    expect(result.bytesAfter).toBe(200 * 1024);
  });

  it('dates an entry by its meta.json, which a cache hit refreshes', async () => {
    entry('hit', 100, 500);
    entry('untouched', 100, 100);
    const hit = new Date(now - MINUTE * 30);
    utimesSync(join(dir, 'hit', 'meta.json'), hit, hit);
    await pruneBuilds(dir, { maxBytes: 150 * 1024, graceMs: 0, now });
    expect(left()).toEqual(['hit']);
  });

  it('clears staging folders abandoned more than an hour ago, not ones being published', async () => {
    entry('.staging-old', 1, 120, ['mod.so']);
    entry('.staging-live', 1, 0, ['mod.so']);
    await pruneBuilds(dir, { maxBytes: 1024 ** 3, graceMs: 0, now });
    expect(existsSync(join(dir, '.staging-old'))).toBe(false);
    expect(existsSync(join(dir, '.staging-live'))).toBe(true);
  });
});

describe('CNAKE_CACHE_MAX_MB', () => {
  afterEach(() => {
    delete process.env.CNAKE_CACHE_MAX_MB;
  });

  it('sets the budget in MiB and rejects what is not a positive number', () => {
    expect(cacheMaxBytesFromEnv()).toBeUndefined();
    process.env.CNAKE_CACHE_MAX_MB = '512';
    expect(cacheMaxBytesFromEnv()).toBe(512 * 1024 * 1024);
    process.env.CNAKE_CACHE_MAX_MB = 'lots';
    expect(() => cacheMaxBytesFromEnv()).toThrow(/positive number of MiB, got "lots"/);
  });
});

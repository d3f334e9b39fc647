/**
 * The draft store against real IndexedDB in Chromium: the harness is bundled with Vite,
 * served from a local origin (IndexedDB needs one) and driven with playwright-core.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../e2e/support/chromium.ts';
import type { Scenarios } from './support/draft-store-harness.ts';

let server: Server;
let browser: Browser;
let page: Page;
let dbCount = 0;

async function bundleHarness(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: fileURLToPath(new URL('./support/draft-store-harness.ts', import.meta.url)), formats: ['es'], fileName: 'harness' },
    },
  });
  const result = (Array.isArray(output) ? output[0] : output) as Rolldown.RolldownOutput;
  return result.output[0].code;
}

beforeAll(async () => {
  const code = await bundleHarness();
  server = createServer((req, res) => {
    if (req.url === '/harness.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(code);
    } else {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><script type="module" src="/harness.js"></script>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  await page.waitForFunction(() => 'scenarios' in globalThis);
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** Run one harness scenario in the page, on a database of its own. */
async function scenario<K extends keyof Scenarios>(name: K): Promise<Awaited<ReturnType<Scenarios[K]>>> {
  const db = `test-${++dbCount}-${name}`;
  const result: unknown = await page.evaluate(
    ([n, d]) => (globalThis as unknown as { scenarios: Record<string, (db: string) => Promise<unknown>> }).scenarios[n]!(d),
    [name as string, db] as const,
  );
  return result as Awaited<ReturnType<Scenarios[K]>>;
}

describe('draft store (IndexedDB in Chromium)', () => {
  it('saves, lists newest first, reads and deletes drafts', async () => {
    const result = await scenario('roundTrip');
    expect(result.persistent).toBe(true);
    expect(result.warning).toBeNull();
    expect(result.names).toEqual(['older', 'newer']); // 'older' was saved last
    expect(result.got).toMatchObject({ ok: true, value: { name: 'older', python: 'edited\n' } });
    expect(result.missing).toEqual({ ok: true, value: null });
    expect(result.after).toEqual(['older']);
  });

  it('reports a corrupt record and keeps reading the others', async () => {
    const result = await scenario('corruptRecord');
    expect(result.names).toEqual(['good']);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ key: 'broken', message: expect.stringMatching(/cannot be read/) });
    expect(result.get).toMatchObject({ ok: false, kind: 'corrupt' });
  });

  it('upgrades a version-1 database, migrating its drafts', async () => {
    const result = await scenario('upgradeFromV1');
    expect(result.warning).toBeNull();
    expect(result.version).toBe(2);
    expect(result.indexes).toEqual(['savedAt']);
    expect(result.drafts).toEqual([
      { name: 'fizzbuzz', category: 'algorithms', basedOn: 'fizzbuzz', python: 'p\n', cython: 'c\n', createdAt: 5, savedAt: 5 },
    ]);
    expect(result.problems.map((p) => p.key)).toEqual(['junk']);
  });

  it('falls back to memory, with a warning, when the database is from a newer version', async () => {
    const result = await scenario('newerDatabase');
    expect(result.persistent).toBe(false);
    expect(result.warning).toMatch(/cannot be saved/);
    expect(result.saved).toEqual({ ok: true, value: undefined });
    expect(result.names).toEqual(['kept_in_memory']);
  });
});

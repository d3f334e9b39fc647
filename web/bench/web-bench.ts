/**
 * `npm run bench:web`: how fast the playground gets going on localhost, in Debian's Chromium.
 * Prints (not a timed test — the figures are noisy on shared machines):
 *   - initial JavaScript before Monaco: the entry chunk and its static imports, gzip bytes
 *     (and what the browser actually fetched for the home page);
 *   - first paint and first contentful paint of a pair's permalink;
 *   - Pyodide ready (worker created → interpreter usable) in a fresh browser profile (cold) and
 *     on a second visit with the same profile (warm: HTTP cache and the cached memory snapshot).
 * Goals (issue 4): initial JS ≤ 150 KB gzip, Pyodide ≤ 3 s cold and ≤ 1.5 s cached.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
// The E2E helpers start the real server and Chromium the same way the tests do.
import { launchPersistentChromium } from '../../tests/e2e/support/chromium.ts';
import { startServer } from '../../tests/e2e/support/server.ts';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** The entry script and everything it imports statically (modulepreload), gzip-compressed. */
function initialJs(): { files: string[]; raw: number; gzip: number } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, raw, gzip };
}

async function paints(page: Page): Promise<{ fp: number; fcp: number }> {
  // No named helpers inside: tsx would wrap them in a `__name` call the page does not have.
  const entries = await page.evaluate(() => performance.getEntriesByType('paint').map((e) => [e.name, e.startTime] as const));
  const at = (name: string) => entries.find(([n]) => n === name)?.[1] ?? NaN;
  return { fp: at('first-paint'), fcp: at('first-contentful-paint') };
}

/** Open a pair, run its Python side, and read how long the interpreter took to become ready. */
async function pyodideReady(page: Page, url: string): Promise<number> {
  await page.goto(`${url}/pair/fizzbuzz`);
  // Let Monaco arrive first: on two cores its parse would otherwise be counted against Python.
  await page.locator('[data-testid="editor-cython"][data-ready="true"]').waitFor({ timeout: 60_000 });
  await page.click('[data-testid="run-python"]');
  const output = page.locator('[data-testid="python-output"]:not([data-ready-ms=""])');
  await output.waitFor({ timeout: 60_000 });
  return Number(await output.getAttribute('data-ready-ms'));
}

const median = (xs: number[]) => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const js = initialJs();
  const server = await startServer();
  const fetched: number[] = [];
  const paintRuns: { fp: number; fcp: number }[] = [];
  const cold: number[] = [];
  const warm: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      // A new profile on disk: empty HTTP cache and Cache Storage (cold); its second visit is warm.
      const profile = mkdtempSync(join(tmpdir(), 'cnake-bench-'));
      const context = await launchPersistentChromium(profile);
      try {
        const page = await context.newPage();
        const scripts = new Set<string>();
        page.on('request', (request) => {
          if (request.resourceType() === 'script' && request.frame() === page.mainFrame()) scripts.add(request.url());
        });
        await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
        fetched.push(scripts.size);
        paintRuns.push(await paints(page));
        cold.push(await pyodideReady(page, server.url));
        await page.waitForTimeout(1000); // the snapshot is written in the background
        await page.close();
        const again = await context.newPage();
        warm.push(await pyodideReady(again, server.url));
      } finally {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      }
    }
  } finally {
    await server.stop();
  }
  const fp = median(paintRuns.map((p) => p.fp));
  const fcp = median(paintRuns.map((p) => p.fcp));
  console.log(`web bench on ${server.url} (Chromium, ${RUNS} runs, medians; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores)`);
  console.log(`  initial JS before Monaco : ${kb(js.gzip)} gzip (${kb(js.raw)} raw) in ${js.files.length} file(s): ${js.files.join(', ')}   goal ≤ 150 KB`);
  console.log(`  scripts fetched for home : ${median(fetched)} (Monaco not among them)`);
  console.log(`  first paint              : ${fp.toFixed(0)} ms (first contentful paint ${fcp.toFixed(0)} ms)`);
  console.log(`  Pyodide ready, cold      : ${s(median(cold))}   [${cold.map(s).join(', ')}]   goal ≤ 3 s`);
  console.log(`  Pyodide ready, warm cache: ${s(median(warm))}   [${warm.map(s).join(', ')}]   goal ≤ 1.5 s (memory snapshot + HTTP cache)`);
}

await main();

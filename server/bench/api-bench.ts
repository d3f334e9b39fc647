/**
 * `npm run bench:api -- [--pair NAME] [--cold N] [--warm N] [--clients 8]`
 *
 * Latency and throughput of POST /api/run over real HTTP, in the real (bwrap) sandbox, on a fresh
 * cache, for one ~40-line dataset pair; and `cythonize -i` on the same .pyx for comparison.
 * Prints figures; not a test (the numbers depend on the machine and its load).
 *   cold  — cache miss: a different comment each time, so transpile, gcc and the run all happen
 *   half  — compile-cache hit: only the Python side changes, so the build is reused but the pair runs
 *   warm  — identical request: answered from the result cache
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../app.ts';
import { Catalog } from '../catalog.ts';
import { intFlag, parseArgs } from '../cli/args.ts';
import { discoverPairs } from '../engine/dataset.ts';
import { venvDir } from '../engine/paths.ts';
import { createRunService, staticRoots } from '../services.ts';

const args = parseArgs(process.argv.slice(2), ['pair', 'cold', 'warm', 'clients']);
const coldCount = intFlag(args, 'cold', 20);
const warmCount = intFlag(args, 'warm', 200);
const clients = intFlag(args, 'clients', 8);

function pick(): string {
  const wanted = args.flags.get('pair');
  if (typeof wanted === 'string') return wanted;
  const lines = (path: string): number => readFileSync(path, 'utf8').split('\n').length;
  const pairs = discoverPairs().pairs;
  pairs.sort((a, b) => Math.abs(lines(a.cythonPath) - 40) - Math.abs(lines(b.cythonPath) - 40));
  return pairs[0]!.name;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function line(label: string, ms: number[]): string {
  return `${label.padEnd(34)} p50 ${percentile(ms, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(ms, 95).toFixed(1).padStart(7)} ms   (n=${ms.length})`;
}

const catalog = Catalog.load();
const name = pick();
const pair = catalog.pair(name);
if (!pair) throw new Error(`no pair named ${name}`);
const cacheRoot = mkdtempSync(join(tmpdir(), 'cnake-bench-'));
chmodSync(cacheRoot, 0o755);
const runs = await createRunService({ cacheRoot });
const app = createApp({ catalog, runs, static: staticRoots });
const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
await new Promise((r) => server.once('listening', r));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/run`;

let serial = 0;
async function post(python: string, cython: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ python, cython }) });
  const body = (await res.json()) as { equivalent?: boolean; error?: unknown };
  if (res.status !== 200 || !body.equivalent) throw new Error(`run failed (${res.status}): ${JSON.stringify(body).slice(0, 300)}`);
  return performance.now() - started;
}
const cold = (): Promise<number> => post(pair.python, `${pair.cython}\n# bench ${process.pid} ${serial++}\n`);
const half = (): Promise<number> => post(`${pair.python}\n# bench ${process.pid} ${serial++}\n`, pair.cython);
const warm = (): Promise<number> => post(pair.python, pair.cython);

async function sequential(n: number, one: () => Promise<number>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(await one());
  return out;
}

async function throughput(total: number, one: () => Promise<number>): Promise<{ perSecond: number; ms: number[] }> {
  const ms: number[] = [];
  let left = total;
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, async () => {
    while (left-- > 0) ms.push(await one());
  }));
  return { perSecond: total / ((performance.now() - started) / 1000), ms };
}

try {
  console.log(`pair ${name}: ${pair.cython.split('\n').length}-line .pyx, ${pair.python.split('\n').length}-line .py; sandbox ${runs.sandbox}; ${runs.queueStats().workers} workers; ${availableParallelism()} cores`);
  await warm(); // one build for the warm figures, and the result cache entry
  const coldMs = await sequential(coldCount, cold);
  const halfMs = await sequential(Math.min(coldCount, 20), half);
  const warmMs = await sequential(warmCount, warm);
  console.log(line('cold (transpile + gcc -O0 + run)', coldMs));
  console.log(line('compile-cache hit (run only)', halfMs));
  console.log(line('warm (result-cache hit)', warmMs));
  const coldTp = await throughput(Math.max(clients * 3, coldCount), cold);
  console.log(`${`cold, ${clients} concurrent clients`.padEnd(34)} ${coldTp.perSecond.toFixed(2)} runs/s   p50 ${percentile(coldTp.ms, 50).toFixed(0)} ms   p95 ${percentile(coldTp.ms, 95).toFixed(0)} ms`);
  const warmTp = await throughput(warmCount * 10, warm);
  console.log(`${`warm, ${clients} concurrent clients`.padEnd(34)} ${warmTp.perSecond.toFixed(0)} runs/s   p50 ${percentile(warmTp.ms, 50).toFixed(1)} ms   p95 ${percentile(warmTp.ms, 95).toFixed(1)} ms`);

  const cythonize: number[] = [];
  for (let i = 0; i < 3; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'cnake-cythonize-'));
    try {
      const pyx = join(dir, `${name}.pyx`);
      cpSync(discoverPairs().pairs.find((p) => p.name === name)!.cythonPath, pyx);
      const started = performance.now();
      execFileSync(join(venvDir, 'bin', 'cythonize'), ['-i', '-q', pyx], { cwd: dir, stdio: 'pipe' });
      cythonize.push(performance.now() - started);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(line('`cythonize -i` (command line)', cythonize));
} finally {
  server.close();
  runs.close();
  rmSync(cacheRoot, { recursive: true, force: true });
}

/**
 * `npm run bench:engine [-- NAME]` — what one pair check costs in the engine, cold (nothing
 * cached, warm compiler services) and warm (cache hit), against `cythonize -i` on the same
 * .pyx. Prints figures; asserts nothing (speed goals live in notes, not in timed tests).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { discoverPairs, readPair } from '../engine/dataset.ts';
import { Engine } from '../engine/engine.ts';
import { venvDir } from '../engine/paths.ts';
import { LocalSandbox } from '../engine/sandbox/local.ts';

const name = process.argv[2] ?? 'fizzbuzz';
const pair = discoverPairs().pairs.find((p) => p.name === name);
if (!pair) throw new Error(`no pair named ${name}`);
const source = readPair(pair);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;

const cacheRoot = mkdtempSync(join(tmpdir(), 'cnake-bench-'));
try {
  let t = performance.now();
  const engine = await Engine.create({ sandbox: new LocalSandbox(), workers: 1, cacheRoot });
  const startup = performance.now() - t;
  const options = { timing: false, strict: true, expectedName: pair.name, category: pair.category };
  const cold: Record<string, number[]> = { O0: [], O2: [] };
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) {
    for (const [label, optLevel] of [['O0', 0], ['O2', 2]] as const) {
      // A comment changes the content hash: a true cache miss each round.
      const variant = { ...source, cython: `${source.cython}\n# bench round ${i}\n` };
      t = performance.now();
      const report = await engine.check(variant, { ...options, optLevel });
      if (report.status !== 'pass') throw new Error(`${name} failed: ${report.failure?.message}`);
      cold[label]!.push(performance.now() - t);
    }
  }
  for (let i = 0; i < 10; i++) {
    t = performance.now();
    await engine.check(source, { ...options, optLevel: 2 });
    if (i > 0) warm.push(performance.now() - t); // the first fills the cache
  }
  engine.close();

  const dir = mkdtempSync(join(tmpdir(), 'cnake-cythonize-'));
  const cythonize: number[] = [];
  for (let i = 0; i < 3; i++) {
    copyFileSync(pair.cythonPath, join(dir, `${name}.pyx`));
    t = performance.now();
    execFileSync(join(venvDir, 'bin', 'cythonize'), ['-i', '-q', `${name}.pyx`], { cwd: dir, stdio: 'ignore' });
    cythonize.push(performance.now() - t);
    rmSync(join(dir, `${name}.c`), { force: true });
  }
  rmSync(dir, { recursive: true, force: true });

  console.log(`engine check of ${pair.category}/${name} (${source.cython.split('\n').length}-line .pyx), median of runs:`);
  console.log(`  engine start-up (warm services spawned)   ${ms(startup)}`);
  console.log(`  cold check, -O0 build (cache miss)        ${ms(median(cold.O0!))}`);
  console.log(`  cold check, -O2 build (cache miss)        ${ms(median(cold.O2!))}`);
  console.log(`  warm check (build cached, cases run)      ${ms(median(warm))}`);
  console.log(`  cythonize -i on the same .pyx             ${ms(median(cythonize))}`);
} finally {
  rmSync(cacheRoot, { recursive: true, force: true });
}

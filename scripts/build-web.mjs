#!/usr/bin/env node
/**
 * Build the playground into web/dist when it is missing or older than its sources
 * (`npm start` runs this first). Up to date, it only compares timestamps: a few ms.
 * `--force` always builds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'web', 'dist', 'index.html');
/** Everything the bundle is made from. */
const inputs = ['web/src', 'web/index.html', 'vite.config.ts', 'server/api/contract.ts', 'dataset/cnake_charmer/benchmarks.py', 'package-lock.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, entry) => Math.max(latest, newest(join(path, entry))), stat.mtimeMs);
}

const force = process.argv.includes('--force');
const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
const sourcesAt = Math.max(...inputs.map((p) => newest(join(root, p))));
if (!force && builtAt >= sourcesAt) process.exit(0);

console.log(builtAt ? 'web/dist is older than its sources: rebuilding the playground…' : 'Building the playground (web/dist)…');
const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);

/** Where things live on the host: the repository, the dataset, the Python environment, caches. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const datasetDir = join(repoRoot, 'dataset');
export const packageDir = join(datasetDir, 'cnake_charmer');
export const harnessDir = join(datasetDir, 'harness');
/** Made by `npm install` (scripts/setup-python.mjs) from the system Python, so a sandbox uid can read it. */
export const venvDir = process.env.CNAKE_VENV ?? join(repoRoot, '.venv');
export const venvPython = join(venvDir, 'bin', 'python');
export const cacheRoot = process.env.CNAKE_CACHE ?? join(repoRoot, '.cache');

/** The build cache's budget from `CNAKE_CACHE_MAX_MB`, or undefined for the default. */
export function cacheMaxBytesFromEnv(): number | undefined {
  const raw = process.env.CNAKE_CACHE_MAX_MB;
  if (raw === undefined || raw === '') return undefined;
  const mb = Number(raw);
  if (!Number.isFinite(mb) || mb <= 0) throw new Error(`CNAKE_CACHE_MAX_MB must be a positive number of MiB, got "${raw}"`);
  return mb * 1024 * 1024;
}

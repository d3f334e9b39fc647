/**
 * The committed benchmark baseline, dataset/baseline.json: per-pair medians, spread and speedup
 * with the versions and the machine they were measured on. Its shape is described here once and
 * read through `readBaseline` by the catalog (speedups in the index), the export and the check.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { datasetDir } from './paths.ts';

export const baselinePath = join(datasetDir, 'baseline.json');

export const baselineEntrySchema = z.object({
  speedup: z.number(),
  python_s: z.number().default(0),
  cython_s: z.number().default(0),
  python_iqr_s: z.number().default(0),
  cython_iqr_s: z.number().default(0),
  python_fraction: z.number().nullable().default(null),
});
export type BaselineEntry = z.infer<typeof baselineEntrySchema>;

export const baselineSchema = z.object({
  created: z.string().default(''),
  machine: z.object({ cpu: z.string(), cores: z.number(), os: z.string() }).optional(),
  toolchain: z.object({ cython: z.string(), python: z.string(), cc: z.string() }).loose().optional(),
  pairs: z.record(z.string(), baselineEntrySchema),
});
export type Baseline = z.infer<typeof baselineSchema>;

/** The baseline, or null when there is none; a malformed file is an error that says so. */
export function readBaseline(path = baselinePath): Baseline | null {
  if (!existsSync(path)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path} is not valid JSON (${String(e)}): rerun \`npm run bench\``);
  }
  const parsed = baselineSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${path} is not a benchmark baseline (${parsed.error.issues[0]?.message}): rerun \`npm run bench\``);
  return parsed.data;
}

/**
 * Writing the benchmark baseline (dataset/baseline.json, shape in server/engine/baseline.ts)
 * from a timed check, and the regression check that compares a fresh timed run against it.
 */
import { writeFileSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import { baselinePath, readBaseline, type Baseline, type BaselineEntry } from '../engine/baseline.ts';
import type { CheckJson, PairJson } from './check-json.ts';

export { readBaseline, type Baseline, type BaselineEntry };

function entry(p: PairJson): BaselineEntry | null {
  if (p.status !== 'pass' || p.speedup === undefined || p.python_s === undefined || p.cython_s === undefined) return null;
  return {
    speedup: p.speedup, python_s: p.python_s, cython_s: p.cython_s,
    python_iqr_s: p.python_iqr_s ?? 0, cython_iqr_s: p.cython_iqr_s ?? 0,
    python_fraction: p.annotation?.python_fraction ?? null,
  };
}

/** Merge a timed run into the baseline (pairs not in the run keep their entries). */
export function saveBaseline(json: CheckJson, path = baselinePath): number {
  const old = readBaseline(path);
  const pairs: Record<string, BaselineEntry> = { ...(old?.pairs ?? {}) };
  let saved = 0;
  for (const p of json.pairs) {
    const e = entry(p);
    if (e) {
      pairs[p.name] = e;
      saved++;
    }
  }
  const sorted = Object.fromEntries(Object.entries(pairs).sort(([a], [b]) => a.localeCompare(b)));
  const baseline: Baseline = {
    created: new Date().toISOString(),
    machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, os: `${platform()} ${release()}` },
    toolchain: json.toolchain,
    pairs: sorted,
  };
  writeFileSync(path, JSON.stringify(baseline, null, 1) + '\n');
  return saved;
}

export interface Regression {
  name: string;
  before: number;
  after: number;
  /** The drop that counts as noise for this pair (relative). */
  allowed: number;
}

/** Relative spread of a speedup from the IQRs of its two medians. */
function speedupNoise(e: Pick<BaselineEntry, 'python_s' | 'cython_s' | 'python_iqr_s' | 'cython_iqr_s'>): number {
  const rp = e.python_iqr_s / Math.max(e.python_s, 1e-12);
  const rc = e.cython_iqr_s / Math.max(e.cython_s, 1e-12);
  return Math.hypot(rp, rc);
}

/**
 * Pairs whose speedup fell by more than their measured noise: three times the combined
 * relative spread of both runs, and never less than 15 % (timings on a shared machine).
 */
export function findRegressions(baseline: Baseline, json: CheckJson): Regression[] {
  const out: Regression[] = [];
  for (const p of json.pairs) {
    const now = entry(p);
    const before = baseline.pairs[p.name];
    if (!now || !before) continue;
    const allowed = Math.min(0.9, Math.max(0.15, 3 * Math.hypot(speedupNoise(before), speedupNoise(now))));
    if (now.speedup < before.speedup * (1 - allowed)) out.push({ name: p.name, before: before.speedup, after: now.speedup, allowed });
  }
  return out.sort((a, b) => a.after / a.before - b.after / b.before);
}

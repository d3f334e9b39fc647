/** The `--json` report of `npm run check`: these field names are a promise to its readers. */
import type { PairReport, Toolchain } from '../engine/contract.ts';
import type { DatasetPair } from '../engine/dataset.ts';

export interface PairJson {
  name: string;
  category: string;
  status: 'pass' | 'fail';
  failure?: { kind: string; message: string };
  cases: number;
  speedup?: number;
  python_s?: number;
  cython_s?: number;
  python_iqr_s?: number;
  cython_iqr_s?: number;
  /** One call of the Python side on the benchmark args (the 10–500 ms sizing rule). */
  python_case_s?: number;
  annotation?: { python_fraction: number; python_lines: number; code_lines: number; score_total: number };
}

export interface CheckJson {
  summary: { total: number; passed: number; failed: number; seconds: number; bench: boolean; jobs: number };
  toolchain: Toolchain;
  pairs: PairJson[];
}

export function pairJson(pair: DatasetPair, report: PairReport): PairJson {
  const out: PairJson = { name: pair.name, category: pair.category, status: report.status, cases: report.run?.cases.length ?? 0 };
  if (report.failure) out.failure = report.failure;
  const timing = report.run?.timing;
  if (timing) {
    out.python_s = timing.python.medianSeconds;
    out.cython_s = timing.cython.medianSeconds;
    out.python_iqr_s = timing.python.iqrSeconds;
    out.cython_iqr_s = timing.cython.iqrSeconds;
    if (timing.speedup !== null) out.speedup = timing.speedup;
  }
  const benchCase = report.run?.cases.find((c) => c.benchmark);
  if (benchCase) out.python_case_s = benchCase.pythonSeconds;
  const a = report.compile?.annotation;
  if (a) out.annotation = { python_fraction: a.python_fraction, python_lines: a.python_lines, code_lines: a.code_lines, score_total: a.score_total };
  return out;
}

/** The one place the engine's `PairReport` becomes the wire's `RunResponse`. */
import type { RunResponse } from './api/contract.ts';
import type { PairReport } from './engine/contract.ts';

const LIMITS = new Set(['timeout', 'memory', 'output_limit'] as const);
type Limit = NonNullable<RunResponse['limit']>;

function isLimit(kind: string): kind is Limit {
  return LIMITS.has(kind as Limit);
}

function runClass(report: PairReport): RunResponse['class'] {
  if (!report.form.ok) return 'form_error';
  if (report.compile && !report.compile.ok) return report.compile.limit ?? 'compile_error';
  if (report.run) return report.run.class;
  return 'compile_error';
}

export function toRunResponse(report: PairReport): RunResponse {
  const { form, compile, run } = report;
  const cls = runClass(report);
  const annotation = compile?.annotation ?? null;
  return {
    class: cls,
    message: report.failure?.message ?? null,
    name: report.name,
    form: { ok: form.ok, problems: form.problems },
    compile: compile && {
      ok: compile.ok,
      diagnostics: compile.diagnostics,
      cached: compile.cached,
      durationMs: Math.round(compile.durationMs),
    },
    cases: (run?.cases ?? []).map((c) => ({
      args: c.args, benchmark: c.benchmark, python: c.python, cython: c.cython, equal: c.equal, reason: c.reason,
    })),
    equivalent: report.equivalent,
    timing: run?.timing
      ? {
          pythonSeconds: run.timing.python.medianSeconds,
          cythonSeconds: run.timing.cython.medianSeconds,
          pythonIqrSeconds: run.timing.python.iqrSeconds,
          cythonIqrSeconds: run.timing.cython.iqrSeconds,
          speedup: run.timing.speedup,
        }
      : null,
    annotation: annotation && {
      lines: annotation.lines,
      codeLines: annotation.code_lines,
      pythonLines: annotation.python_lines,
      pythonFraction: annotation.python_fraction,
    },
    limit: isLimit(cls) ? cls : null,
    timedOut: run?.timedOut ?? compile?.limit === 'timeout',
    truncated: run?.truncated ?? compile?.limit === 'output_limit',
    exitCode: run?.exitCode ?? null,
    signal: run?.signal ?? null,
    output: run?.output ?? '',
    durationMs: Math.round(report.durationMs),
  };
}

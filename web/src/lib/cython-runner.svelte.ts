/**
 * Cython runs on the server through /api/run: compile, run every case on both sides,
 * compare and time. The latest request wins; its result becomes editor markers and
 * annotation shading.
 */
import type { RunResponse } from '../../../server/api/contract.ts';
import type { Api } from './api.ts';

export type RunPurpose = 'run' | 'verify';

export type CythonState =
  | { phase: 'idle' }
  | { phase: 'running'; purpose: RunPurpose }
  | { phase: 'done'; purpose: RunPurpose; result: RunResponse; sources: { python: string; cython: string } }
  | { phase: 'failed'; purpose: RunPurpose; message: string };

/** An editor marker, 1-based like Monaco. */
export interface Marker {
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface LineShade {
  line: number;
  score: number;
  c: string | null;
}

/** Markers for each editor from a run's form problems and compile diagnostics. */
export function markersFrom(result: RunResponse): { python: Marker[]; cython: Marker[] } {
  const python: Marker[] = [];
  const cython: Marker[] = [];
  for (const problem of result.form.problems) {
    (problem.side === 'python' ? python : cython).push({
      line: Math.max(1, problem.line), column: Math.max(1, problem.column), severity: 'error', message: problem.message,
    });
  }
  for (const diagnostic of result.compile?.diagnostics ?? []) {
    cython.push({ line: Math.max(1, diagnostic.line), column: Math.max(1, diagnostic.column), severity: diagnostic.severity, message: diagnostic.message });
  }
  return { python, cython };
}

/** The checks "Verify" reports, the same the CLI runs: form, compile, equivalence, timing. */
export function verdicts(result: RunResponse): { check: string; ok: boolean | null; detail: string }[] {
  const compiled = result.compile;
  return [
    { check: 'Form', ok: result.form.ok, detail: result.form.ok ? 'Both sides are declared as the dataset expects' : `${result.form.problems.length} problem(s)` },
    { check: 'Compile', ok: compiled ? compiled.ok : null, detail: compiled ? (compiled.ok ? `Compiled in ${Math.round(compiled.durationMs)} ms${compiled.cached ? ' (cached)' : ''}` : 'Cython or the C compiler reported errors') : 'Not reached' },
    { check: 'Equivalence', ok: result.cases.length ? result.equivalent : null, detail: result.cases.length ? `${result.cases.filter((c) => c.equal).length} of ${result.cases.length} cases equal` : 'Not reached' },
    { check: 'Timing', ok: result.timing ? (result.timing.speedup ?? 0) > 1 : null, detail: result.timing?.speedup ? `${result.timing.speedup.toFixed(1)}× faster than CPython` : 'Not measured' },
  ];
}

export class CythonRunner {
  state = $state<CythonState>({ phase: 'idle' });

  result = $derived(this.state.phase === 'done' ? this.state.result : null);
  markers = $derived(this.result ? markersFrom(this.result) : { python: [], cython: [] });
  shades = $derived.by((): LineShade[] =>
    (this.result?.annotation?.lines ?? []).filter((l) => l.code).map((l) => ({ line: l.line, score: l.score, c: l.c ?? null })));

  #api: Pick<Api, 'run'>;
  #runId = 0;
  #abort: AbortController | null = null;

  constructor(api: Pick<Api, 'run'>) {
    this.#api = api;
  }

  /**
   * Compile and run both sides with timing; a newer call cancels this one. Verify also applies
   * the dataset's rules and the pair's file name, exactly as `npm run check` does.
   */
  async run(python: string, cython: string, purpose: RunPurpose = 'run', name?: string): Promise<void> {
    const id = ++this.#runId;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.state = { phase: 'running', purpose };
    const body = purpose === 'verify' ? { python, cython, timing: true, strict: true, name } : { python, cython, timing: true };
    const response = await this.#api.run(body, abort.signal);
    if (id !== this.#runId) return;
    this.#abort = null;
    this.state = response.ok
      ? { phase: 'done', purpose, result: response.value, sources: { python, cython } }
      : { phase: 'failed', purpose, message: response.message };
  }

  /** Forget the result (another pair was opened). */
  clear(): void {
    this.#runId++;
    this.#abort?.abort();
    this.#abort = null;
    this.state = { phase: 'idle' };
  }
}

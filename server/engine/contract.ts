/**
 * The contract between the TypeScript engine and the Python harness (dataset/harness), and
 * the domain types the engine hands to the CLI and the server. The harness's JSON shapes are
 * described here and nowhere else; wire JSON is parsed with these schemas once, at the edge.
 */
import { z } from 'zod';

export const diagnosticSchema = z.object({
  line: z.number().int(),
  column: z.number().int(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
});
export type Diagnostic = z.infer<typeof diagnosticSchema>;

export const formProblemSchema = z.object({
  side: z.enum(['python', 'cython']),
  line: z.number().int(),
  column: z.number().int(),
  message: z.string(),
});
export type FormProblem = z.infer<typeof formProblemSchema>;

/** `op: form` of dataset/harness/service.py. */
export const formResultSchema = z.object({
  ok: z.boolean(),
  name: z.string().nullable(),
  args: z.string().nullable(),
  cases: z.array(z.string()),
  tolerance: z.number().nullable(),
  problems: z.array(formProblemSchema),
});
export type FormResult = z.infer<typeof formResultSchema>;

export const annotationLineSchema = z.object({
  line: z.number().int(),
  score: z.number().int(),
  code: z.boolean(),
  c: z.string().optional(),
});
export const annotationSchema = z.object({
  lines: z.array(annotationLineSchema),
  code_lines: z.number().int(),
  python_lines: z.number().int(),
  score_total: z.number().int(),
  python_fraction: z.number(),
});
export type Annotation = z.infer<typeof annotationSchema>;

/** `op: transpile` of dataset/harness/service.py. */
export const transpileResultSchema = z.object({
  ok: z.boolean(),
  diagnostics: z.array(diagnosticSchema),
  c_file: z.string().optional(),
  annotation: annotationSchema.optional(),
});

/** `op: generate_shared` of dataset/harness/service.py. */
export const generateSharedResultSchema = z.object({ ok: z.boolean(), message: z.string() });

export const pingResultSchema = z.object({
  ok: z.literal(true),
  cython: z.string(),
  python: z.string(),
  include: z.string(),
  ext_suffix: z.string(),
});
export type Toolchain = z.infer<typeof pingResultSchema> & { cc: string };

/** A service answer that is our fault, not the pair's (a bug or a crash in the harness). */
export const serviceFaultSchema = z.object({ ok: z.literal(false), fault: z.string(), traceback: z.string().optional() });

export const sideOutcomeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.string() }),
  z.object({ ok: z.literal(false), error: z.string(), message: z.string() }),
]);
export type SideOutcome = z.infer<typeof sideOutcomeSchema>;

const sideTimingSchema = z.object({
  median_s: z.number(),
  min_s: z.number(),
  iqr_s: z.number(),
  repeats: z.number().int(),
});

/** One case's verdict: what the API shows of a case, and the core of the runner's case event. */
export const caseVerdictSchema = z.object({
  args: z.string(),
  benchmark: z.boolean(),
  python: sideOutcomeSchema,
  cython: sideOutcomeSchema,
  equal: z.boolean(),
  reason: z.string().nullable(),
});

/** The JSON lines dataset/harness/runner.py prints. */
export const runnerEventSchema = z.discriminatedUnion('event', [
  z.object({ event: z.literal('loaded'), tolerance: z.number() }),
  z.object({ event: z.literal('case_start'), index: z.number().int() }),
  caseVerdictSchema.extend({
    event: z.literal('case'),
    index: z.number().int(),
    python_s: z.number(),
    cython_s: z.number(),
  }),
  z.object({
    event: z.literal('timing'),
    python: sideTimingSchema,
    cython: sideTimingSchema,
    speedup: z.number().nullable(),
  }),
  z.object({ event: z.literal('memory') }),
  z.object({
    event: z.literal('error'),
    stage: z.string(),
    error: z.string(),
    message: z.string(),
    traceback: z.string(),
  }),
  z.object({ event: z.literal('done') }),
]);
export type RunnerEvent = z.infer<typeof runnerEventSchema>;

// ---- Domain types the engine returns -------------------------------------------------

export interface CompileResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  annotation: Annotation | null;
  /** The built extension module when ok. */
  extensionPath: string | null;
  /** Folders the extension imports from at run time (the shared utility module). */
  runtimePaths: string[];
  cached: boolean;
  durationMs: number;
  /** Set when a limit stopped the compiler. */
  limit: 'timeout' | 'memory' | 'output_limit' | null;
}

export interface CaseResult {
  index: number;
  args: string;
  benchmark: boolean;
  python: SideOutcome;
  cython: SideOutcome;
  equal: boolean;
  reason: string | null;
  pythonSeconds: number;
  cythonSeconds: number;
}

export interface SideTiming {
  medianSeconds: number;
  minSeconds: number;
  iqrSeconds: number;
  repeats: number;
}

export interface Timing {
  python: SideTiming;
  cython: SideTiming;
  speedup: number | null;
}

/** How a run ended. `ok` means it ran to the end (equivalence is judged separately). */
export type RunClass = 'ok' | 'compile_error' | 'runtime_error' | 'timeout' | 'memory' | 'output_limit' | 'crashed';

export interface RunResult {
  class: RunClass;
  message: string | null;
  cases: CaseResult[];
  timing: Timing | null;
  /** What the pair printed (stdout and stderr of both sides, capped). */
  output: string;
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  truncated: boolean;
  durationMs: number;
}

export type FailureKind =
  | 'form'
  | 'compile_error'
  | 'runtime_error'
  | 'not_equivalent'
  | 'timeout'
  | 'memory'
  | 'output_limit'
  | 'crashed';

/** Everything one check of a pair found. */
export interface PairReport {
  name: string | null;
  category: string | null;
  status: 'pass' | 'fail';
  failure: { kind: FailureKind; message: string } | null;
  form: FormResult;
  compile: CompileResult | null;
  run: RunResult | null;
  equivalent: boolean;
  durationMs: number;
}

/**
 * The HTTP contract of the playground API: request and response bodies as zod schemas,
 * imported by the server (validation at the edge) and by the web app (typed client).
 * The shape of these bodies is described here and nowhere else.
 */
import { z } from 'zod';
import { caseVerdictSchema, diagnosticSchema, formProblemSchema, sideOutcomeSchema } from '../engine/contract.ts';

/** Largest source accepted per side; the server also caps the whole body (413). */
export const MAX_SOURCE_CHARS = 100_000;

export const runRequestSchema = z.object({
  python: z.string().max(MAX_SOURCE_CHARS),
  cython: z.string().max(MAX_SOURCE_CHARS),
  /** Time both sides (slower: an -O2 build and calibrated repeats). */
  timing: z.boolean().default(false),
  /** Apply the dataset's rules too, as `npm run check` does (docstring with Keywords, ≥ 3 cases). */
  strict: z.boolean().default(false),
  /** The pair's file name, which the function names must match (a draft bound for the dataset). */
  name: z.string().regex(/^[a-z_][a-z0-9_]*$/, 'a pair name is lower_snake_case').max(100).optional(),
});
export type RunRequest = z.input<typeof runRequestSchema>;

// The shapes the engine produces travel unchanged: one definition, in the engine's contract.
export { diagnosticSchema, formProblemSchema, sideOutcomeSchema };
export const caseResultSchema = caseVerdictSchema;

export const annotationSchema = z.object({
  /** Per .pyx line: Cython's Python-interaction score, whether it is code, and the C it became. */
  lines: z.array(z.object({ line: z.number().int(), score: z.number().int(), code: z.boolean(), c: z.string().optional() })),
  codeLines: z.number().int(),
  pythonLines: z.number().int(),
  /** Share of code lines still calling the Python C-API (0 = pure C). */
  pythonFraction: z.number(),
});

export const runClassSchema = z.enum(['ok', 'form_error', 'compile_error', 'runtime_error', 'timeout', 'memory', 'output_limit', 'crashed']);
export type RunClass = z.infer<typeof runClassSchema>;

export const runResponseSchema = z.object({
  /** How the run ended; `ok` means it ran every case (see `equivalent` for the verdict). */
  class: runClassSchema,
  message: z.string().nullable(),
  name: z.string().nullable(),
  form: z.object({ ok: z.boolean(), problems: z.array(formProblemSchema) }),
  compile: z.object({
    ok: z.boolean(),
    diagnostics: z.array(diagnosticSchema),
    cached: z.boolean(),
    durationMs: z.number(),
  }).nullable(),
  cases: z.array(caseResultSchema),
  equivalent: z.boolean(),
  timing: z.object({
    pythonSeconds: z.number(),
    cythonSeconds: z.number(),
    pythonIqrSeconds: z.number(),
    cythonIqrSeconds: z.number(),
    speedup: z.number().nullable(),
  }).nullable(),
  annotation: annotationSchema.nullable(),
  /** Which limit stopped the run, if one did. */
  limit: z.enum(['timeout', 'memory', 'output_limit']).nullable(),
  timedOut: z.boolean(),
  truncated: z.boolean(),
  exitCode: z.number().nullable(),
  signal: z.string().nullable(),
  /** What the pair printed while running (capped). */
  output: z.string(),
  durationMs: z.number(),
});
export type RunResponse = z.infer<typeof runResponseSchema>;

export const pairSummarySchema = z.object({
  name: z.string(),
  category: z.string(),
  summary: z.string(),
  keywords: z.array(z.string()),
  features: z.array(z.string()),
  /** From the committed benchmark baseline, when the pair has been benchmarked. */
  speedup: z.number().nullable(),
});
export type PairSummary = z.infer<typeof pairSummarySchema>;

export const pairIndexSchema = z.object({
  pairs: z.array(pairSummarySchema),
  categories: z.array(z.object({ id: z.string(), title: z.string(), description: z.string(), count: z.number().int() })),
  features: z.array(z.object({ id: z.string(), title: z.string() })),
});
export type PairIndex = z.infer<typeof pairIndexSchema>;

export const pairDetailSchema = pairSummarySchema.extend({
  python: z.string(),
  cython: z.string(),
});
export type PairDetail = z.infer<typeof pairDetailSchema>;

export const healthSchema = z.object({
  ok: z.boolean(),
  sandbox: z.enum(['bwrap', 'local', 'none']),
  cython: z.string().nullable(),
  python: z.string().nullable(),
  queue: z.object({ running: z.number().int(), waiting: z.number().int(), workers: z.number().int(), capacity: z.number().int() }),
});
export type Health = z.infer<typeof healthSchema>;

export const errorCodeSchema = z.enum([
  'bad_request', 'not_found', 'payload_too_large', 'queue_full', 'timeout', 'sandbox_unavailable', 'toolchain_unavailable', 'internal',
]);

/** Every non-2xx body. */
export const errorEnvelopeSchema = z.object({ error: z.object({ code: errorCodeSchema, message: z.string() }) });
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;

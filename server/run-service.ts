/**
 * What POST /api/run calls: the engine behind the bounded queue, with the server's limits, and
 * a cache of whole results by content hash so an identical request costs a hash lookup (the
 * engine's compile cache already saves the build; this also saves the sandboxed run).
 */
import { createHash } from 'node:crypto';
import type { RunResponse } from './api/contract.ts';
import type { Engine } from './engine/engine.ts';
import type { Limits } from './engine/sandbox/sandbox.ts';
import { JobQueue, type QueueOptions, type QueueStats } from './queue.ts';
import { toRunResponse } from './run-response.ts';

/**
 * The run limits the server applies to submitted code: the engine's, tightened where untrusted
 * code needs it (README "Limits" says why).
 */
export const serverRunLimits: Partial<Limits> = {
  wallMs: 10_000,
  cpuSeconds: 10,
  memoryBytes: 512 * 1024 * 1024,
  processes: 64, // OpenMP threads count too; each job has its own uid (see bwrap.ts)
};

export interface RunInput {
  python: string;
  cython: string;
  timing: boolean;
  strict?: boolean;
  name?: string;
}

export type RunOutcome =
  | { ok: true; response: RunResponse }
  | { ok: false; code: 'queue_full' | 'timeout' | RefusalCode; message: string };

/** Why a server cannot run submitted code at all. */
export type RefusalCode = 'sandbox_unavailable' | 'toolchain_unavailable';

export type SandboxKind = 'bwrap' | 'local' | 'none';

export interface RunService {
  readonly sandbox: SandboxKind;
  readonly toolchain: { cython: string; python: string } | null;
  queueStats(): QueueStats;
  run(input: RunInput): Promise<RunOutcome>;
  close(): void;
}

/** Classes that depend only on the sources, never on load: safe to answer from the cache. */
const CACHEABLE = new Set<RunResponse['class']>(['ok', 'form_error', 'compile_error', 'runtime_error']);
const RESULT_CACHE_ENTRIES = 512;

export class EngineRunService implements RunService {
  readonly sandbox: SandboxKind;
  readonly toolchain: { cython: string; python: string };
  #engine: Engine;
  #queue: JobQueue;
  #results = new Map<string, RunResponse>();
  #inFlight = new Map<string, Promise<RunOutcome>>();
  #runLimits: Partial<Limits>;

  constructor(engine: Engine, queue: QueueOptions, runLimits: Partial<Limits> = serverRunLimits) {
    this.#engine = engine;
    this.#runLimits = runLimits;
    this.sandbox = engine.sandbox.kind;
    this.toolchain = { cython: engine.toolchain.cython, python: engine.toolchain.python };
    this.#queue = new JobQueue(queue);
  }

  queueStats(): QueueStats {
    return this.#queue.stats();
  }

  #key(input: RunInput): string {
    const { cython, python, cc } = this.#engine.toolchain;
    return createHash('sha256').update(JSON.stringify([input.python, input.cython, Boolean(input.strict), input.name ?? null, cython, python, cc])).digest('hex');
  }

  run(input: RunInput): Promise<RunOutcome> {
    // Timings are measurements of this moment, not facts about the sources: never reused.
    if (input.timing) return this.#runQueued(input);
    const key = this.#key(input);
    const hit = this.#results.get(key);
    if (hit) {
      this.#results.delete(key); // LRU: re-insert as newest
      this.#results.set(key, hit);
      return Promise.resolve({ ok: true, response: { ...hit, compile: hit.compile && { ...hit.compile, cached: true }, durationMs: 0 } });
    }
    const running = this.#inFlight.get(key);
    if (running) return running;
    const job = this.#runQueued(input).then((outcome) => {
      if (outcome.ok && CACHEABLE.has(outcome.response.class)) {
        this.#results.set(key, outcome.response);
        if (this.#results.size > RESULT_CACHE_ENTRIES) this.#results.delete(this.#results.keys().next().value!);
      }
      return outcome;
    }).finally(() => this.#inFlight.delete(key));
    this.#inFlight.set(key, job);
    return job;
  }

  async #runQueued(input: RunInput): Promise<RunOutcome> {
    const outcome = await this.#queue.run((signal) =>
      this.#engine.check(
        { python: input.python, cython: input.cython },
        // Without timing a quick -O0 build is enough to judge equivalence (FACTS: gcc -O0 ~0.35 s vs -O2 ~0.75 s).
        {
          timing: input.timing, optLevel: input.timing ? 2 : 0, runLimits: this.#runLimits,
          strict: input.strict ?? false, expectedName: input.name, signal,
        },
      ),
    );
    if (!outcome.ok) return outcome;
    return { ok: true, response: toRunResponse(outcome.value) };
  }

  close(): void {
    this.#engine.close();
  }
}

/**
 * The service when submitted code cannot run: the hardened sandbox or the toolchain is missing.
 * The rest of the playground (browsing, Python in the browser, drafts) works without it.
 */
export class RefusingRunService implements RunService {
  readonly sandbox = 'none' as const;
  readonly toolchain = null;
  readonly reason: string;
  readonly #code: RefusalCode;

  constructor(reason: string, code: RefusalCode = 'sandbox_unavailable') {
    this.reason = reason;
    this.#code = code;
  }

  queueStats(): QueueStats {
    return { running: 0, waiting: 0, workers: 0, capacity: 0 };
  }

  run(): Promise<RunOutcome> {
    return Promise.resolve({ ok: false, code: this.#code, message: this.reason });
  }

  close(): void {}
}

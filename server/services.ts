/**
 * Wiring shared by `npm start`, the tests and the benchmark: pick the sandbox, start the engine
 * and put it behind the queue. Submitted code runs only in the hardened sandbox; the plain one
 * needs the explicit trusted-local choice.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Engine } from './engine/engine.ts';
import { cacheMaxBytesFromEnv, repoRoot } from './engine/paths.ts';
import { BwrapSandbox, bwrapProblem } from './engine/sandbox/bwrap.ts';
import { LocalSandbox } from './engine/sandbox/local.ts';
import type { QueueOptions } from './queue.ts';
import { EngineRunService, RefusingRunService, serverRunLimits, type RunService } from './run-service.ts';
import type { Limits } from './engine/sandbox/sandbox.ts';

export interface RunServiceOptions {
  /** Run submitted code with the plain local backend (no isolation): trusted local use only. */
  trustedLocal?: boolean;
  workers?: number;
  cacheRoot?: string;
  queue?: Partial<QueueOptions>;
  /** Overrides of the server's run limits (the hostile suite shortens the deadlines). */
  runLimits?: Partial<Limits>;
}

/**
 * A warm service's first transpile also loads Cython's utility code (~0.8 s, FACTS.md): pay it
 * at start-up, once per service, with a source that differs each time so the build cache
 * cannot skip the transpile.
 */
async function warmUp(engine: Engine, workers: number): Promise<void> {
  const stamp = `${process.pid}-${Date.now()}`;
  await Promise.all(Array.from({ length: workers }, (_, i) =>
    engine.compile(`# warm-up ${stamp}-${i}\ndef warm_up(int n):\n    return n + 1\n`, 'warm_up', 0)));
}

export function queueDefaults(workers: number): QueueOptions {
  return {
    workers,
    // A burst of 32 (the hostile suite's) is queued rather than refused; more waits would pass the wait limit anyway.
    capacity: 32,
    maxWaitMs: 20_000,
    // The engine's own limits stop every stage (form 10 s, transpile 30 s, gcc 60 s, run 10 s);
    // the client is answered 504 earlier than their sum.
    deadlineMs: 30_000,
  };
}

export async function createRunService(options: RunServiceOptions = {}): Promise<RunService> {
  const workers = options.workers ?? availableParallelism();
  let sandbox;
  if (options.trustedLocal) {
    sandbox = new LocalSandbox();
  } else {
    const problem = bwrapProblem();
    if (problem) return new RefusingRunService(`the sandbox is unavailable, so submitted code is not run: ${problem}`);
    sandbox = new BwrapSandbox();
  }
  // A bad setting is the operator's to fix and stops start-up; only a missing toolchain is served around.
  const cacheMaxBytes = cacheMaxBytesFromEnv();
  let engine: Engine;
  try {
    engine = await Engine.create({ sandbox, workers, cacheRoot: options.cacheRoot, cacheMaxBytes });
  } catch (e) {
    // No compiler or no Cython: still serve the playground, and say what to install.
    const problem = e instanceof Error ? e.message : String(e);
    return new RefusingRunService(`the Cython toolchain is unavailable, so submitted code is not compiled: ${problem}`, 'toolchain_unavailable');
  }
  await warmUp(engine, workers);
  return new EngineRunService(engine, { ...queueDefaults(workers), ...options.queue }, { ...serverRunLimits, ...options.runLimits });
}

export const staticRoots = {
  web: join(repoRoot, 'web', 'dist'),
  pyodide: join(repoRoot, 'node_modules', 'pyodide'),
};

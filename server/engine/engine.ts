/**
 * The engine: validate a pair's form, compile its Cython side, run both sides on every case,
 * compare, and time. The CLI, CI and the server all call this; there is no other
 * implementation of any of these steps.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Builder, type OptLevel } from './build.ts';
import { CompilerPool } from './compiler-pool.ts';
import {
  formResultSchema, pingResultSchema, serviceFaultSchema,
  type CompileResult, type FormResult, type PairReport, type Toolchain,
} from './contract.ts';
import { cacheMaxBytesFromEnv, cacheRoot as defaultCacheRoot, venvDir, venvPython } from './paths.ts';
import { runPair, type RunOptions } from './run.ts';
import type { Limits, Sandbox } from './sandbox/sandbox.ts';

export interface EngineOptions {
  sandbox: Sandbox;
  /** Warm compiler services (default: the number of cores). */
  workers?: number;
  cacheRoot?: string;
  /** The build cache's budget (default: `CNAKE_CACHE_MAX_MB`, else 2 GiB). */
  cacheMaxBytes?: number;
}

export interface PairSource {
  python: string;
  cython: string;
}

export interface CheckOptions {
  /** Time both sides on the benchmark args (calibrated repeats). */
  timing: boolean;
  /** gcc optimisation level; timings should use 2. */
  optLevel?: OptLevel;
  /** Apply the dataset's rules (docstring keywords, at least three cases). */
  strict?: boolean;
  /** The file name the function must match (dataset pairs). */
  expectedName?: string;
  category?: string | null;
  budgetSeconds?: number;
  runLimits?: Partial<Limits>;
  /**
   * Aborting stops the run (killed as a timeout). A build in progress finishes within its own
   * limits: another request may be waiting for the same build, and the cache keeps it.
   */
  signal?: AbortSignal;
}

const FORM_DEADLINE_MS = 10_000;

function ccVersion(): string {
  try {
    return execFileSync('gcc', ['--version'], { encoding: 'utf8' }).split('\n')[0] ?? 'gcc';
  } catch {
    throw new Error('No C compiler: `gcc` was not found. Install it (Debian/Ubuntu: `apt-get install build-essential`).');
  }
}

export class Engine {
  readonly sandbox: Sandbox;
  readonly toolchain: Toolchain;
  #pool: CompilerPool;
  #builder: Builder;
  #jobsDir: string;

  private constructor(sandbox: Sandbox, pool: CompilerPool, toolchain: Toolchain, cacheRoot: string, cacheMaxBytes?: number) {
    this.sandbox = sandbox;
    this.#pool = pool;
    this.toolchain = toolchain;
    this.#builder = new Builder(sandbox, pool, toolchain, cacheRoot, cacheMaxBytes);
    this.#jobsDir = join(cacheRoot, 'jobs');
  }

  static async create(options: EngineOptions): Promise<Engine> {
    if (!existsSync(venvPython)) {
      throw new Error(`the Python environment ${venvDir} is missing: run \`npm install\`, which creates it with Cython`);
    }
    const cacheRoot = options.cacheRoot ?? defaultCacheRoot;
    const cacheMaxBytes = options.cacheMaxBytes ?? cacheMaxBytesFromEnv();
    const servicesDir = join(cacheRoot, 'services');
    mkdirSync(servicesDir, { recursive: true });
    const pool = new CompilerPool(options.sandbox, servicesDir, options.workers ?? availableParallelism());
    try {
      const cc = ccVersion();
      const ping = pingResultSchema.parse(await pool.use((s) => s.request({ op: 'ping' }, 30_000)));
      pool.warm();
      const engine = new Engine(options.sandbox, pool, { ...ping, cc }, cacheRoot, cacheMaxBytes);
      void engine.#builder.sharedDir(); // start the one-off shared module build now
      return engine;
    } catch (e) {
      pool.close();
      throw e;
    }
  }

  /** Static form checks; never runs the code. */
  async form(pair: PairSource, expectedName?: string, strict = false): Promise<FormResult> {
    const raw = await this.#pool.use((s) =>
      s.request({ op: 'form', python: pair.python, cython: pair.cython, expected_name: expectedName ?? null, strict }, FORM_DEADLINE_MS),
    );
    const fault = serviceFaultSchema.safeParse(raw);
    if (fault.success) throw new Error(`form check fault: ${fault.data.fault}`);
    return formResultSchema.parse(raw);
  }

  compile(cython: string, module: string, optLevel: OptLevel): Promise<CompileResult> {
    return this.#builder.build(cython, module, optLevel);
  }

  async check(pair: PairSource, options: CheckOptions): Promise<PairReport> {
    const started = performance.now();
    const form = await this.form(pair, options.expectedName, options.strict ?? false);
    const report: PairReport = {
      name: form.name, category: options.category ?? null, status: 'fail', failure: null,
      form, compile: null, run: null, equivalent: false, durationMs: 0,
    };
    const finish = (failure: PairReport['failure']): PairReport => {
      report.failure = failure;
      report.status = failure ? 'fail' : 'pass';
      report.durationMs = performance.now() - started;
      return report;
    };
    if (!form.ok || !form.name) {
      const message = form.problems.map((p) => `${p.side} ${p.line}:${p.column}: ${p.message}`).join('\n');
      return finish({ kind: 'form', message: message || 'the pair is not well-formed' });
    }
    const compile = await this.compile(pair.cython, form.name, options.optLevel ?? 2);
    report.compile = compile;
    if (!compile.ok || !compile.extensionPath) {
      const message = compile.diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => `${form.name}.pyx:${d.line}:${d.column}: ${d.message}`)
        .join('\n');
      return finish({ kind: compile.limit ?? 'compile_error', message });
    }
    const runOptions: RunOptions = { timing: options.timing, budgetSeconds: options.budgetSeconds, limits: options.runLimits, signal: options.signal };
    const run = await runPair(this.sandbox, this.#jobsDir, form.name, pair.python, compile.extensionPath, compile.runtimePaths, runOptions);
    report.run = run;
    if (run.class !== 'ok') return finish({ kind: run.class, message: run.message ?? run.class });
    const mismatch = run.cases.find((c) => !c.equal);
    report.equivalent = run.cases.length > 0 && !mismatch;
    if (mismatch) {
      return finish({ kind: 'not_equivalent', message: `case ${mismatch.index + 1} ${mismatch.args}: ${mismatch.reason}` });
    }
    return finish(null);
  }

  close(): void {
    this.#pool.close();
  }
}

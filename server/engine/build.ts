/**
 * Compile the Cython side: warm transpile (Cython → C, with annotation) then the system C
 * compiler, both inside the sandbox. Results — failures included — are cached by content
 * hash of the source, module name, flags and every tool version, so an unchanged pair is
 * never rebuilt.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync, cpSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pruneBuilds, type PruneResult } from './cache-prune.ts';
import { mapCDiagnostics } from './c-diagnostics.ts';
import type { CompilerPool } from './compiler-pool.ts';
import { ServiceTimeout } from './compiler-pool.ts';
import { generateSharedResultSchema, serviceFaultSchema, transpileResultSchema, type CompileResult, type Diagnostic, type Toolchain } from './contract.ts';
import type { Limits, Sandbox } from './sandbox/sandbox.ts';

/** Bump when the build recipe changes, so old cache entries are not reused. */
const RECIPE = 6;

/**
 * Cython's shared utility module: built once per toolchain, imported by every C module, it
 * takes the ~2,000 lines of utility code out of each module and roughly halves gcc's time
 * (fizzbuzz: -O0 0.20 → 0.13 s, -O2 0.54 → 0.29 s of CPU, measured here). C++ modules keep
 * their own utility code.
 */
export const SHARED_MODULE = '_cnake_utility';

export type OptLevel = 0 | 1 | 2 | 3;

export const compileLimits: Limits = {
  wallMs: 60_000,
  cpuSeconds: 60,
  memoryBytes: 2 * 1024 * 1024 * 1024,
  processes: 64,
  fileBytes: 256 * 1024 * 1024,
  outputBytes: 256 * 1024,
};

const TRANSPILE_DEADLINE_MS = 30_000;

/**
 * The build cache's budget. The whole dataset takes ~60 KB a pair at each optimisation level
 * it is built at (614 pairs: 118 MB), so 2 GiB holds a 10,000-pair dataset and still leaves
 * room for the server's submissions.
 */
export const DEFAULT_CACHE_MAX_BYTES = 2 * 1024 ** 3;
/**
 * Prune at a process's first new entry and after every this many more: only a process that
 * adds to the cache pays for a scan, and a run served from the cache never does.
 */
const PRUNE_EVERY = 200;
/** Never remove an entry used this recently: a run may be importing it. */
const PRUNE_GRACE_MS = 10 * 60 * 1000;

export interface BuildFlags {
  cplus: boolean;
  openmp: boolean;
}

/** What the source asks of the C toolchain. */
export function buildFlags(pyx: string): BuildFlags {
  return {
    cplus: /^#\s*distutils:\s*language\s*=\s*c\+\+/m.test(pyx) || /^\s*(from\s+libcpp|cimport\s+libcpp)/m.test(pyx),
    openmp: /\bprange\b|\bcython\.parallel\b|^#\s*distutils:.*openmp/m.test(pyx),
  };
}

/** The C compiler command for one module (the shared utility module is built the same way). */
function ccArgv(include: string, source: string, output: string, opt: OptLevel, flags: BuildFlags): string[] {
  return [
    flags.cplus ? 'g++' : 'gcc',
    '-shared', '-fPIC', `-O${opt}`, '-g0', '-fwrapv', '-fno-strict-aliasing', '-DNDEBUG',
    // gcc 14 makes this an error by default; gcc 12 would leave an undefined symbol that only
    // fails at import (how a gap in Cython's shared utility mode shows, see SHARED_GAP).
    ...(flags.cplus ? ['-std=c++17'] : ['-Werror=implicit-function-declaration']),
    ...(flags.openmp ? ['-fopenmp'] : []),
    `-I${include}`,
    '-o', output, source, '-lm',
  ];
}

/** Mark an entry as just used, for pruning; a read-only cache still serves hits. */
function touch(path: string): void {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // not ours to touch
  }
}

/**
 * Cython 3.3.0's shared utility mode leaves some utility macros out of the module (the
 * critical-section macros `bytearray.append` and `.reverse` use, for one). gcc then reports
 * the macro as an undeclared function; such a module is rebuilt carrying its own utility code.
 */
const SHARED_GAP = /implicit declaration of function ['‘"]__Pyx/;

interface CacheMeta {
  ok: boolean;
  shared: boolean;
  diagnostics: CompileResult['diagnostics'];
  annotation: CompileResult['annotation'];
  file: string | null;
}

export class Builder {
  #sandbox: Sandbox;
  #pool: CompilerPool;
  #toolchain: Toolchain;
  #buildsDir: string;
  #jobsDir: string;
  #inFlight = new Map<string, Promise<CompileResult>>();
  #shared: Promise<string | null> | null = null;
  #maxBytes: number;
  #stored = 0;
  #pruning = false;

  constructor(sandbox: Sandbox, pool: CompilerPool, toolchain: Toolchain, cacheRoot: string, maxBytes = DEFAULT_CACHE_MAX_BYTES) {
    this.#sandbox = sandbox;
    this.#pool = pool;
    this.#toolchain = toolchain;
    this.#buildsDir = join(cacheRoot, 'builds');
    this.#jobsDir = join(cacheRoot, 'jobs');
    this.#maxBytes = maxBytes;
    mkdirSync(this.#buildsDir, { recursive: true });
    mkdirSync(this.#jobsDir, { recursive: true });
  }

  /** Bring the build cache within its budget, least recently used entries first (one prune at a time). */
  prune(): Promise<PruneResult | null> {
    if (this.#pruning) return Promise.resolve(null);
    const keep = new Set([basename(this.#sharedEntry())]);
    this.#pruning = true;
    return pruneBuilds(this.#buildsDir, { maxBytes: this.#maxBytes, graceMs: PRUNE_GRACE_MS, keep })
      .catch((e: unknown) => {
        console.warn(`cnake: pruning the build cache failed: ${String(e)}`);
        return null;
      })
      .finally(() => (this.#pruning = false));
  }

  #sharedEntry(): string {
    return join(this.#buildsDir, `shared-${this.#hash({ shared: SHARED_MODULE })}`);
  }

  #hash(parts: Record<string, unknown>): string {
    const { cython, python, cc } = this.#toolchain;
    return createHash('sha256').update(JSON.stringify({ RECIPE, cython, python, cc, ...parts })).digest('hex').slice(0, 32);
  }

  cacheKey(pyx: string, module: string, opt: OptLevel, shared: boolean): string {
    return this.#hash({ pyx, module, opt, flags: buildFlags(pyx), shared });
  }

  /** The folder holding the built shared utility module, or null when it could not be built. */
  sharedDir(): Promise<string | null> {
    this.#shared ??= this.#buildShared().catch((e: unknown) => {
      console.warn(`cnake: building the shared utility module failed, modules will carry their own: ${String(e)}`);
      return null;
    });
    return this.#shared;
  }

  async #buildShared(): Promise<string | null> {
    const entry = this.#sharedEntry();
    const file = `${SHARED_MODULE}${this.#toolchain.ext_suffix}`;
    if (existsSync(join(entry, file))) return entry;
    const jobDir = join(this.#jobsDir, randomUUID());
    try {
      const raw = await this.#inService(jobDir, {}, (dir) => ({ op: 'generate_shared', path: join(dir, `${SHARED_MODULE}.c`) }));
      const generated = generateSharedResultSchema.parse(raw);
      if (!generated.ok) throw new Error(generated.message || 'no shared module generated');
      const cc = await this.#sandbox.exec({
        argv: ccArgv(this.#toolchain.include, `${SHARED_MODULE}.c`, file, 2, { cplus: false, openmp: false }),
        cwd: jobDir, writable: [jobDir], readable: [], limits: compileLimits,
      });
      if (cc.exitCode !== 0) throw new Error(`gcc: ${cc.stderr.slice(-1000)}`);
      this.#publish(entry, { [file]: join(jobDir, file) });
      return entry;
    } finally {
      rmSync(jobDir, { recursive: true, force: true });
    }
  }

  /**
   * Hand a job to a warm service: its files go to the service's private scratch folder, the
   * service answers `request(dir)`, and the folder (with what the service wrote) becomes `jobDir`.
   */
  #inService(jobDir: string, files: Record<string, string>, request: (dir: string) => Record<string, unknown>): Promise<unknown> {
    return this.#pool.use(async (service) => {
      const dir = join(service.scratch, 'job');
      mkdirSync(dir);
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
      this.#sandbox.prepareDir(dir); // the service writes its output beside the inputs
      const raw = await service.request(request(dir), TRANSPILE_DEADLINE_MS);
      const fault = serviceFaultSchema.safeParse(raw);
      if (fault.success) throw new Error(`compiler service fault: ${fault.data.fault}`);
      renameSync(dir, jobDir);
      return raw;
    });
  }

  /** Publish files into a cache entry atomically (staged, then renamed; a concurrent publisher wins). */
  #publish(entry: string, files: Record<string, string>, meta?: CacheMeta): void {
    const staging = join(this.#buildsDir, `.staging-${randomUUID()}`);
    mkdirSync(staging);
    for (const [name, from] of Object.entries(files)) cpSync(from, join(staging, name));
    if (meta) writeFileSync(join(staging, 'meta.json'), JSON.stringify(meta));
    try {
      renameSync(staging, entry);
    } catch {
      rmSync(staging, { recursive: true, force: true }); // another process stored it first
    }
  }

  async build(pyx: string, module: string, opt: OptLevel): Promise<CompileResult> {
    const sharedDir = buildFlags(pyx).cplus ? null : await this.sharedDir();
    const key = this.cacheKey(pyx, module, opt, sharedDir !== null);
    const running = this.#inFlight.get(key);
    if (running) return running;
    const job = this.#buildOnce(key, pyx, module, opt, sharedDir).finally(() => this.#inFlight.delete(key));
    this.#inFlight.set(key, job);
    return job;
  }

  #fromCache(key: string, sharedDir: string | null): CompileResult | null {
    const entry = join(this.#buildsDir, key);
    const metaPath = join(entry, 'meta.json');
    if (!existsSync(metaPath)) return null;
    try {
      const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as CacheMeta;
      const extensionPath = meta.file ? join(entry, meta.file) : null;
      if (extensionPath && !existsSync(extensionPath)) return null;
      const runtimePaths = meta.shared && sharedDir ? [sharedDir] : [];
      touch(metaPath);
      return { ok: meta.ok, diagnostics: meta.diagnostics, annotation: meta.annotation, extensionPath, runtimePaths, cached: true, durationMs: 0, limit: null };
    } catch {
      return null; // a torn or foreign entry is rebuilt
    }
  }

  #store(key: string, meta: CacheMeta, builtFile: string | null): string | null {
    const entry = join(this.#buildsDir, key);
    this.#publish(entry, builtFile && meta.file ? { [meta.file]: builtFile } : {}, meta);
    if (this.#stored++ % PRUNE_EVERY === 0) void this.prune();
    return meta.file ? join(entry, meta.file) : null;
  }

  async #buildOnce(key: string, pyx: string, module: string, opt: OptLevel, sharedDir: string | null): Promise<CompileResult> {
    const started = performance.now();
    const hit = this.#fromCache(key, sharedDir);
    if (hit) return hit;
    const flags = buildFlags(pyx);
    const jobDir = join(this.#jobsDir, randomUUID());
    const failed = (diagnostics: Diagnostic[], limit: CompileResult['limit'], cache: boolean): CompileResult => {
      if (cache) this.#store(key, { ok: false, shared: false, diagnostics, annotation: null, file: null }, null);
      return { ok: false, diagnostics, annotation: null, extensionPath: null, runtimePaths: [], cached: false, durationMs: performance.now() - started, limit };
    };
    try {
      // 1. Cython → C in a warm service; the job's folder is moved out of its scratch space after.
      let transpiled;
      try {
        const raw = await this.#inService(jobDir, { [`${module}.pyx`]: pyx }, (dir) =>
          ({ op: 'transpile', dir, module, cplus: flags.cplus, shared: sharedDir ? SHARED_MODULE : null }));
        transpiled = transpileResultSchema.parse(raw);
      } catch (e) {
        if (e instanceof ServiceTimeout) {
          return failed([{ line: 1, column: 1, severity: 'error', message: `Cython did not finish within ${TRANSPILE_DEADLINE_MS / 1000} s` }], 'timeout', false);
        }
        throw e;
      }
      if (!transpiled.ok) return failed(transpiled.diagnostics, null, true);

      // 2. C → extension module with the system compiler.
      const cFile = `${module}.${flags.cplus ? 'cpp' : 'c'}`;
      const outFile = `${module}${this.#toolchain.ext_suffix}`;
      const argv = ccArgv(this.#toolchain.include, cFile, outFile, opt, flags);
      const cc = await this.#sandbox.exec({ argv, cwd: jobDir, writable: [jobDir], readable: [], limits: compileLimits });
      if (cc.timedOut) return failed([{ line: 1, column: 1, severity: 'error', message: `the C compiler did not finish within ${compileLimits.wallMs / 1000} s` }], 'timeout', false);
      if (cc.truncated) return failed([{ line: 1, column: 1, severity: 'error', message: 'the C compiler printed more than the output limit' }], 'output_limit', false);
      if (cc.exitCode !== 0) {
        if (/virtual memory exhausted|out of memory|Cannot allocate memory/i.test(cc.stderr)) {
          return failed([{ line: 1, column: 1, severity: 'error', message: 'the C compiler ran out of memory' }], 'memory', false);
        }
        if (sharedDir && SHARED_GAP.test(cc.stderr)) return await this.#buildOnce(key, pyx, module, opt, null);
        const cSource = readFileSync(join(jobDir, cFile), 'utf8');
        return failed(mapCDiagnostics(cc.stderr, cSource, pyx, module), null, true);
      }
      const meta: CacheMeta = { ok: true, shared: sharedDir !== null, diagnostics: transpiled.diagnostics, annotation: transpiled.annotation ?? null, file: outFile };
      const extensionPath = this.#store(key, meta, join(jobDir, outFile));
      const runtimePaths = sharedDir ? [sharedDir] : [];
      return { ok: true, diagnostics: meta.diagnostics, annotation: meta.annotation, extensionPath, runtimePaths, cached: false, durationMs: performance.now() - started, limit: null };
    } finally {
      rmSync(jobDir, { recursive: true, force: true });
    }
  }
}

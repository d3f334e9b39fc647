/**
 * Run both sides of a compiled pair through dataset/harness/runner.py inside the sandbox,
 * and classify how the run ended. The runner streams one JSON line per event, so a crash
 * of the compiled code still leaves every finished case and names the one that was running.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { constants } from 'node:os';
import { runnerEventSchema, type CaseResult, type RunResult, type Timing } from './contract.ts';
import { datasetDir, venvDir, venvPython } from './paths.ts';
import type { Limits, Sandbox } from './sandbox/sandbox.ts';

export const runLimits: Limits = {
  wallMs: 20_000,
  cpuSeconds: 20,
  memoryBytes: 1024 * 1024 * 1024,
  processes: 32,
  fileBytes: 16 * 1024 * 1024,
  outputBytes: 256 * 1024,
};

export interface RunOptions {
  timing: boolean;
  /** Seconds of repeats per side when timing. */
  budgetSeconds?: number;
  limits?: Partial<Limits>;
  /** Aborting stops the run as a timeout. */
  signal?: AbortSignal;
}

function signalName(signal: NodeJS.Signals | null, exitCode: number | null): string | null {
  if (signal) return signal;
  // Some shells and prlimit report death by signal as 128 + n.
  if (exitCode !== null && exitCode > 128) {
    const n = exitCode - 128;
    const found = Object.entries(constants.signals).find(([, v]) => v === n);
    return found ? found[0] : null;
  }
  return null;
}

export async function runPair(
  sandbox: Sandbox,
  jobsDir: string,
  name: string,
  python: string,
  extensionPath: string,
  runtimePaths: string[],
  options: RunOptions,
): Promise<RunResult> {
  const limits = { ...runLimits, ...options.limits };
  const jobDir = join(jobsDir, randomUUID());
  mkdirSync(jobDir, { recursive: true });
  try {
    const pythonPath = join(jobDir, `${name}_python.py`);
    writeFileSync(pythonPath, python);
    const spec = { name, python_path: pythonPath, extension_path: extensionPath, sys_path: runtimePaths, timing: options.timing, budget_s: options.budgetSeconds ?? 0.3 };
    const exec = await sandbox.exec({
      argv: [venvPython, '-s', '-X', 'utf8', join(datasetDir, 'harness', 'runner.py'), JSON.stringify(spec)],
      cwd: jobDir,
      writable: [jobDir],
      readable: [datasetDir, venvDir, dirname(extensionPath), ...runtimePaths],
      limits,
      env: { PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1', OMP_NUM_THREADS: '2' },
      signal: options.signal,
    });
    const cases: CaseResult[] = [];
    let timing: Timing | null = null;
    let running: number | null = null;
    let done = false;
    let memory = false;
    let error: { stage: string; error: string; message: string; traceback: string } | null = null;
    for (const line of exec.stdout.split('\n')) {
      if (!line.trim()) continue;
      let parsed;
      try {
        parsed = runnerEventSchema.safeParse(JSON.parse(line));
      } catch {
        continue; // a torn last line after a kill
      }
      if (!parsed.success) continue;
      const ev = parsed.data;
      switch (ev.event) {
        case 'case_start':
          running = ev.index;
          break;
        case 'case':
          running = null;
          cases.push({
            index: ev.index, args: ev.args, benchmark: ev.benchmark, python: ev.python, cython: ev.cython,
            equal: ev.equal, reason: ev.reason, pythonSeconds: ev.python_s, cythonSeconds: ev.cython_s,
          });
          break;
        case 'timing':
          timing = {
            python: { medianSeconds: ev.python.median_s, minSeconds: ev.python.min_s, iqrSeconds: ev.python.iqr_s, repeats: ev.python.repeats },
            cython: { medianSeconds: ev.cython.median_s, minSeconds: ev.cython.min_s, iqrSeconds: ev.cython.iqr_s, repeats: ev.cython.repeats },
            speedup: ev.speedup,
          };
          break;
        case 'memory':
          memory = true;
          break;
        case 'error':
          error = ev;
          break;
        case 'done':
          done = true;
          break;
        case 'loaded':
          break;
      }
    }
    const signal = signalName(exec.signal, exec.exitCode);
    const where = running !== null ? ` while running case ${running + 1}` : '';
    const base = {
      cases, timing, output: exec.stderr, exitCode: exec.exitCode, signal,
      timedOut: exec.timedOut, truncated: exec.truncated, durationMs: exec.durationMs,
    };
    if (exec.timedOut) return { ...base, class: 'timeout', message: `stopped after the ${limits.wallMs / 1000} s time limit${where}` };
    if (exec.truncated) return { ...base, class: 'output_limit', message: `printed more than ${limits.outputBytes / 1024} KiB${where}` };
    if (signal === 'SIGXCPU') return { ...base, class: 'timeout', message: `used more than ${limits.cpuSeconds} s of CPU${where}` };
    if (memory || /MemoryError/.test(exec.stderr) && !done) {
      return { ...base, class: 'memory', message: `ran out of memory (limit ${Math.round(limits.memoryBytes / 2 ** 20)} MiB)${where}` };
    }
    if (error) {
      const which = error.stage === 'import_python' ? 'the Python side' : error.stage === 'import_cython' ? 'the Cython side' : 'the pair';
      return { ...base, class: 'runtime_error', message: `importing ${which} failed: ${error.error}: ${error.message}\n${error.traceback}`.trim() };
    }
    if (signal) return { ...base, class: 'crashed', message: `the process was killed by ${signal}${where}` };
    if (!done) {
      return { ...base, class: 'crashed', message: `the runner exited with code ${exec.exitCode} before finishing${where}: ${exec.stderr.trim().slice(-1500)}` };
    }
    return { ...base, class: 'ok', message: null };
  } finally {
    rmSync(jobDir, { recursive: true, force: true });
  }
}

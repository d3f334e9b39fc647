/** The Python worker: a thin Comlink `expose` around Pyodide. The page talks to it only through `PythonRunner`. */
import * as Comlink from 'comlink';
import type { PyodideAPI } from 'pyodide';
import type { KernelApi, KernelStatus, PythonRunResult } from './kernel-api.ts';
import { dropSnapshot, readSnapshot, writeSnapshot } from './pyodide-snapshot.ts';
import runPairSource from './run-pair.py?raw';

let pyodide: PyodideAPI | null = null;
let runPair: ((source: string, module: string) => string) | null = null;
let interrupt: Int32Array | null = null;

/** Restore the cached snapshot if there is one, else start cold and cache a snapshot for next time. */
async function start(
  loadPyodide: typeof import('pyodide').loadPyodide,
  version: string,
  indexURL: string,
  onStatus: (status: KernelStatus) => void | Promise<void>,
): Promise<{ py: PyodideAPI; restored: boolean }> {
  const snapshot = await readSnapshot(version);
  if (snapshot) {
    await onStatus({ stage: 'loading-stdlib', message: 'Restoring Python from this browser’s cache…' });
    try {
      return { py: await loadPyodide({ indexURL, _loadSnapshot: snapshot }), restored: true };
    } catch {
      await dropSnapshot(version);
    }
  }
  await onStatus({ stage: 'loading-stdlib', message: 'Starting Python and its standard library…' });
  const py = await loadPyodide({ indexURL, fullStdLib: false, _makeSnapshot: true });
  // Taken before any of our code runs (the snapshot must hold no JavaScript references); saved in the background.
  void writeSnapshot(version, py.makeMemorySnapshot());
  return { py, restored: false };
}

// Each status is awaited so it reaches the page before init's answer (callbacks travel on their own port).
const kernel: KernelApi = {
  async init({ indexURL, benchmarksSource, interruptBuffer }, onStatus) {
    const started = performance.now();
    try {
      await onStatus({ stage: 'loading-runtime', message: 'Loading the Python runtime…' });
      // Loaded from our own server at run time (not bundled): the wasm, stdlib and loader stay one version.
      const { loadPyodide, version } = (await import(/* @vite-ignore */ `${indexURL}pyodide.mjs`)) as typeof import('pyodide');
      const { py, restored } = await start(loadPyodide, version, indexURL, onStatus);
      await onStatus({ stage: 'preparing', message: 'Installing the benchmark harness…' });
      py.FS.mkdirTree('/home/pyodide/cnake_charmer');
      py.FS.writeFile('/home/pyodide/cnake_charmer/__init__.py', '');
      py.FS.writeFile('/home/pyodide/cnake_charmer/benchmarks.py', benchmarksSource);
      py.runPython('import sys\nif "/home/pyodide" not in sys.path: sys.path.insert(0, "/home/pyodide")');
      const namespace = py.globals.get('dict')();
      py.runPython(runPairSource, { globals: namespace });
      runPair = namespace.get('run_pair');
      if (interruptBuffer) py.setInterruptBuffer(interruptBuffer);
      interrupt = interruptBuffer;
      pyodide = py;
      const label = `Python ${py.runPython('import sys; sys.version.split()[0]')} (Pyodide ${version})`;
      await onStatus({ stage: 'ready', message: `${label} ready` });
      return { ok: true, version: label, restored, ms: performance.now() - started };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await onStatus({ stage: 'failed', message: `Python failed to start: ${message}` });
      return { ok: false, message };
    }
  },

  async run(request, onOutput) {
    if (!pyodide || !runPair) return { ok: false, kind: 'crashed', message: 'Python is not ready.', line: null };
    // Cleared here, not by the page: a Stop aimed at the previous run must not leak into this one.
    if (interrupt) Atomics.store(interrupt, 0, 0);
    pyodide.setStdout({ batched: (text) => onOutput('stdout', `${text}\n`) });
    pyodide.setStderr({ batched: (text) => onOutput('stderr', `${text}\n`) });
    try {
      return JSON.parse(runPair(request.source, request.module)) as PythonRunResult;
    } catch (error) {
      return { ok: false, kind: 'crashed', message: error instanceof Error ? error.message : String(error), line: null };
    }
  },
};

Comlink.expose(kernel);

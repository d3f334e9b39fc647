/**
 * The contract between the page and the Python worker: the only shapes that cross the
 * Comlink boundary. Results are values (Comlink drops custom error fields).
 */

/** Named start-up stages, reported to the user as they happen. */
export type KernelStage = 'idle' | 'loading-runtime' | 'loading-stdlib' | 'preparing' | 'ready' | 'running' | 'failed';

export interface KernelStatus {
  stage: KernelStage;
  message: string;
}

export interface PythonRunRequest {
  /** The pair's Python source. */
  source: string;
  /** Module name the source runs as, `cnake_charmer.py.<category>.<name>`, so the registry sees the category. */
  module: string;
}

export interface PythonCase {
  args: string;
  value: string;
  ms: number;
  benchmark: boolean;
}

export type PythonRunResult =
  | { ok: true; name: string; cases: PythonCase[]; benchmarkMs: number; totalMs: number }
  | { ok: false; kind: 'interrupted' | 'error' | 'no-benchmark' | 'crashed'; message: string; line: number | null };

export type OutputStream = 'stdout' | 'stderr';

export interface KernelApi {
  /**
   * Load Pyodide from `indexURL` and install `cnake_charmer.benchmarks`; reports each stage.
   * `onStatus` is its own argument: Comlink proxies only top-level arguments.
   */
  init(
    options: { indexURL: string; benchmarksSource: string; interruptBuffer: Int32Array | null },
    onStatus: (status: KernelStatus) => void | Promise<void>,
  ): Promise<{ ok: true; /** e.g. "Python 3.14.0 (Pyodide 314.0.7)" */ version: string; /** Started from the cached memory snapshot. */ restored: boolean; ms: number } | { ok: false; message: string }>;
  run(request: PythonRunRequest, onOutput: (stream: OutputStream, text: string) => void): Promise<PythonRunResult>;
}

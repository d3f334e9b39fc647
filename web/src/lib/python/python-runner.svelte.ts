/**
 * The façade over the Python worker: owns the Worker and its Comlink proxy, publishes the
 * start-up stage and the latest run as state, and knows how to stop a run.
 */
import * as Comlink from 'comlink';
import benchmarksSource from '../../../../dataset/cnake_charmer/benchmarks.py?raw';
import type { KernelApi, KernelStatus, OutputStream, PythonRunResult } from './kernel-api.ts';

export interface OutputChunk {
  stream: OutputStream;
  text: string;
}

/** Where Pyodide's files are served (by our server, from the npm package: no CDN). */
const INDEX_URL = '/pyodide/';
/** Output kept per run; a print loop must not freeze the page. */
const MAX_OUTPUT_CHARS = 200_000;

export interface PythonRunInput {
  source: string;
  name: string;
  category: string;
}

type WorkerFactory = () => Worker;

export interface PythonRunnerOptions {
  /** Tests pass a fake; the app uses the real module worker. */
  createWorker?: WorkerFactory;
  indexURL?: string;
}

const defaultWorker: WorkerFactory = () =>
  new Worker(new URL('./python.worker.ts', import.meta.url), { type: 'module', name: 'python' });

export class PythonRunner {
  status = $state<KernelStatus>({ stage: 'idle', message: 'Python starts when you first run it' });
  output = $state<OutputChunk[]>([]);
  result = $state<PythonRunResult | null>(null);
  /** Milliseconds from creating the worker to a usable interpreter, for the last start. */
  readyMs = $state<number | null>(null);
  /** Whether the last start restored the cached snapshot. */
  restored = $state(false);
  running = $derived(this.status.stage === 'running');

  #createWorker: WorkerFactory;
  #indexURL: string | undefined;
  #worker: Worker | null = null;
  #kernel: Comlink.Remote<KernelApi> | null = null;
  #ready: Promise<boolean> | null = null;
  /** Interrupt flag shared with Pyodide; only available when the page is cross-origin isolated. */
  #interrupt: Int32Array | null = null;
  #runId = 0;
  /** Runs sent to the worker and not yet answered. */
  #inFlight = 0;
  #outputChars = 0;

  constructor(options: PythonRunnerOptions = {}) {
    this.#createWorker = options.createWorker ?? defaultWorker;
    this.#indexURL = options.indexURL;
  }

  /** Can Stop interrupt the interpreter, or must it restart the worker? */
  get canInterrupt(): boolean {
    return this.#interrupt !== null;
  }

  /** Start the worker (idempotent); resolves when Python is ready or has failed. */
  start(): Promise<boolean> {
    this.#ready ??= this.#boot();
    return this.#ready;
  }

  async #boot(): Promise<boolean> {
    const started = performance.now();
    this.#worker = this.#createWorker();
    this.#kernel = Comlink.wrap<KernelApi>(this.#worker);
    this.#interrupt = globalThis.crossOriginIsolated ? new Int32Array(new SharedArrayBuffer(4)) : null;
    const worker = this.#worker;
    worker.addEventListener('error', (event) => {
      if (worker !== this.#worker) return;
      this.status = { stage: 'failed', message: `The Python worker crashed: ${event.message || 'unknown error'}` };
    });
    const outcome = await this.#kernel.init({
      indexURL: this.#indexURL ?? new URL(INDEX_URL, location.href).href,
      benchmarksSource,
      interruptBuffer: this.#interrupt,
    }, Comlink.proxy((status: KernelStatus) => {
      if (worker === this.#worker) this.status = status;
    }));
    if (worker !== this.#worker) return false;
    if (outcome.ok) {
      this.readyMs = performance.now() - started;
      this.restored = outcome.restored;
      this.status = { stage: 'ready', message: `${outcome.version} ready` };
    } else {
      this.status = { stage: 'failed', message: `Python failed to start: ${outcome.message}` };
    }
    return outcome.ok;
  }

  /**
   * Run a pair's Python side. The latest run wins: one still in flight is stopped first (the
   * worker runs one thing at a time), and a stale result is dropped.
   */
  async run(input: PythonRunInput): Promise<PythonRunResult | null> {
    if (this.#inFlight > 0) this.#interruptCurrent();
    const id = ++this.#runId;
    this.output = [];
    this.#outputChars = 0;
    this.result = null;
    if (!(await this.start()) || id !== this.#runId) return null;
    this.status = { stage: 'running', message: 'Running…' };
    this.#inFlight++;
    let result: PythonRunResult;
    try {
      result = await this.#kernel!.run(
        { source: input.source, module: `cnake_charmer.py.${input.category}.${input.name}` },
        Comlink.proxy((stream: OutputStream, text: string) => {
          if (id === this.#runId) this.#append(stream, text);
        }),
      );
    } finally {
      this.#inFlight--;
    }
    if (id !== this.#runId) {
      if (this.#inFlight === 0 && this.status.stage === 'running') this.status = { stage: 'ready', message: 'Ready' };
      return null;
    }
    this.result = result;
    this.status = { stage: 'ready', message: result.ok ? `Done in ${Math.round(result.totalMs)} ms` : 'Ready' };
    return result;
  }

  /** The user's Stop: interrupt through shared memory, else restart the worker. */
  stop(): void {
    if (this.status.stage !== 'running') return;
    if (!this.#interruptCurrent()) {
      this.result = { ok: false, kind: 'interrupted', message: 'Stopped (Python restarts on the next run).', line: null };
    }
  }

  /** Forget the output and result (another pair was opened), stopping a run still going. */
  clear(): void {
    if (this.#inFlight > 0) this.#interruptCurrent();
    this.#runId++;
    this.output = [];
    this.result = null;
  }

  /** Returns true when interrupted in place, false when the worker had to go. */
  #interruptCurrent(): boolean {
    if (this.#interrupt) {
      // 2 = SIGINT: Python raises KeyboardInterrupt; the worker clears the flag before its next run.
      Atomics.store(this.#interrupt, 0, 2);
      return true;
    }
    this.#runId++;
    this.#teardown();
    this.status = { stage: 'idle', message: 'Stopped; Python restarts on the next run' };
    return false;
  }

  dispose(): void {
    this.#runId++;
    this.#teardown();
  }

  #teardown(): void {
    this.#kernel?.[Comlink.releaseProxy]();
    this.#worker?.terminate();
    this.#worker = null;
    this.#kernel = null;
    this.#ready = null;
    this.#inFlight = 0;
  }

  #append(stream: OutputStream, text: string): void {
    if (this.#outputChars >= MAX_OUTPUT_CHARS) return;
    const room = MAX_OUTPUT_CHARS - this.#outputChars;
    const piece = text.length > room ? `${text.slice(0, room)}\n… output truncated\n` : text;
    this.#outputChars += piece.length;
    const last = this.output.at(-1);
    if (last && last.stream === stream) last.text += piece;
    else this.output.push({ stream, text: piece });
  }
}

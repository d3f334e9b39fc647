/**
 * The sandbox interface: everything the engine runs that touches a pair's code (the warm
 * transpiler, gcc, the runner) goes through one of these. `local` is for trusted code (the
 * dataset in the CLI and CI) and for unit tests of the logic around it; `bwrap` is the
 * hardened backend the server uses for submitted code.
 */
import type { ChildProcess } from 'node:child_process';

export interface Limits {
  /** Wall-clock deadline; the whole process group is killed when it passes. */
  wallMs: number;
  /** CPU seconds per process (RLIMIT_CPU). */
  cpuSeconds: number;
  /** Address space per process (RLIMIT_AS): malloc fails beyond it. */
  memoryBytes: number;
  /** Processes for the sandbox user (RLIMIT_NPROC; only meaningful for a non-root uid). */
  processes: number;
  /** Largest file a process may write (RLIMIT_FSIZE). */
  fileBytes: number;
  /** Bytes kept from each of stdout and stderr; more kills the job (`truncated`). */
  outputBytes: number;
}

export interface ExecRequest {
  argv: string[];
  cwd: string;
  /** Host folders the job may write (bound read-write at the same path). */
  writable: string[];
  /** Host folders or files the job may read (bound read-only at the same path). */
  readable: string[];
  limits: Limits;
  stdin?: string;
  env?: Record<string, string>;
  /** Aborting kills the job like its wall deadline does (the server's per-request deadline). */
  signal?: AbortSignal;
}

/** What a finished process did: every limit that stopped it is visible here. */
export interface ExecResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  truncated: boolean;
  durationMs: number;
}

export interface Sandbox {
  readonly kind: 'local' | 'bwrap';
  /** Run a one-shot job to completion within its limits. */
  exec(request: ExecRequest): Promise<ExecResult>;
  /** Start a long-lived process (the warm transpiler); the caller enforces per-request deadlines. */
  spawn(request: Omit<ExecRequest, 'stdin'>): ChildProcess;
  /**
   * Make a folder the caller created inside a bound writable folder writable from inside the
   * sandbox too (the hardened backend runs jobs as their own uid; the local one has nothing to do).
   */
  prepareDir(dir: string): void;
}

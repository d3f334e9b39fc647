/** Spawning with limits, shared by the sandbox backends: one place that enforces deadlines and output caps. */
import { spawn, type ChildProcess } from 'node:child_process';
import type { ExecRequest, ExecResult, Limits } from './sandbox.ts';

/** `prlimit` arguments for the per-process resource limits. */
export function prlimitArgs(limits: Limits): string[] {
  return [
    `--as=${limits.memoryBytes}`,
    // Soft below hard: the kernel sends SIGXCPU at the soft limit (reported as a timeout) and
    // SIGKILL only at the hard one; with both equal the SIGKILL can win and look like a crash.
    `--cpu=${limits.cpuSeconds}:${limits.cpuSeconds + 1}`,
    `--fsize=${limits.fileBytes}`,
    `--nproc=${limits.processes}`,
    `--core=0`,
  ];
}

/** Kill a detached child's whole process group (fork bombs and gcc's children included). */
export function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

/** Run `argv` detached in its own process group; collect capped output; enforce the wall deadline. */
export function runProcess(argv: string[], request: ExecRequest): Promise<ExecResult> {
  const [file, ...args] = argv;
  if (!file) throw new Error('runProcess: empty argv');
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(file, args, {
      cwd: request.cwd,
      env: request.env ?? {},
      detached: true,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const cap = request.limits.outputBytes;
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outBytes = 0;
    let errBytes = 0;
    let truncated = false;
    let timedOut = false;
    let spawnError: Error | null = null;
    const take = (chunks: Buffer[], chunk: Buffer, used: number): number => {
      const room = cap - used;
      if (chunk.length > room) {
        if (room > 0) chunks.push(chunk.subarray(0, room));
        if (!truncated) {
          truncated = true;
          killGroup(child);
        }
        return cap;
      }
      chunks.push(chunk);
      return used + chunk.length;
    };
    child.stdout.on('data', (c: Buffer) => (outBytes = take(out, c, outBytes)));
    child.stderr.on('data', (c: Buffer) => (errBytes = take(err, c, errBytes)));
    child.stdin.on('error', () => undefined); // the job may exit before reading its input
    child.stdin.end(request.stdin ?? '');
    const stop = () => {
      timedOut = true;
      killGroup(child);
    };
    const timer = setTimeout(stop, request.limits.wallMs);
    if (request.signal?.aborted) stop();
    request.signal?.addEventListener('abort', stop, { once: true });
    child.on('error', (e) => (spawnError = e));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', stop);
      // A job may leave children behind in its group; none outlive it.
      killGroup(child);
      resolve({
        exitCode: code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8') + (spawnError ? `\n${String(spawnError)}` : ''),
        timedOut,
        truncated,
        durationMs: performance.now() - started,
      });
    });
  });
}

/** Spawn a long-lived detached child (the caller owns its lifetime). */
export function startProcess(argv: string[], request: Omit<ExecRequest, 'stdin'>): ChildProcess {
  const [file, ...args] = argv;
  if (!file) throw new Error('startProcess: empty argv');
  return spawn(file, args, { cwd: request.cwd, env: request.env ?? {}, detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
}

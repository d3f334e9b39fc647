/**
 * The plain backend: resource limits and deadlines, no isolation. For trusted code only —
 * the dataset in the CLI and CI — and for unit tests of the logic around the sandbox.
 */
import type { ChildProcess } from 'node:child_process';
import { prlimitArgs, runProcess, startProcess } from './process.ts';
import type { ExecRequest, ExecResult, Sandbox } from './sandbox.ts';

export class LocalSandbox implements Sandbox {
  readonly kind = 'local' as const;

  exec(request: ExecRequest): Promise<ExecResult> {
    return runProcess(['prlimit', ...prlimitArgs(request.limits), '--', ...request.argv], withEnv(request));
  }

  spawn(request: Omit<ExecRequest, 'stdin'>): ChildProcess {
    return startProcess(['prlimit', ...prlimitArgs(request.limits), '--', ...request.argv], withEnv(request));
  }

  prepareDir(): void {
    // Same uid as the caller: nothing to hand over.
  }
}

function withEnv<T extends Omit<ExecRequest, 'stdin'>>(request: T): T {
  return { ...request, env: { PATH: '/usr/bin:/bin', LANG: 'C.UTF-8', ...request.env } };
}

/**
 * The hardened backend for submitted code (../shared/FACTS.md, "Sandbox findings"):
 *
 *   prlimit (AS, CPU, NPROC, FSIZE, no core)
 *     → setpriv to an unprivileged uid, no groups, no_new_privs
 *       → bwrap: new user/pid/net/ipc/uts/cgroup namespaces, only /usr, the venv, the
 *         dataset and the job's own folders visible; /tmp a private tmpfs; cleared env.
 *
 * bwrap runs AFTER the uid switch: bwrap started as root still reads root-owned files, so the
 * bind sources are opened with the sandbox uid's rights. Each job gets its own uid from a small
 * range, because RLIMIT_NPROC counts every process of a uid: with one shared uid a fork bomb in
 * one job would starve the compiler of another. Deadlines and output caps are shared with the
 * local backend (process.ts); killing bwrap kills the job's whole pid namespace (--die-with-parent
 * on the namespace's init), so nothing outlives a job even after `--new-session`.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, lstatSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { prlimitArgs, runProcess, startProcess } from './process.ts';
import { seccompFile } from './seccomp.ts';
import type { ExecRequest, ExecResult, Sandbox } from './sandbox.ts';

/**
 * Sandbox uids: above the 16-bit range the system allocates from (Debian: users from 1000,
 * `nobody` 65534), in a block of its own for each server process, since two servers on one
 * host (a dev server beside a test run) must not share RLIMIT_NPROC budgets either.
 */
const UID_FLOOR = 200_000;
const UIDS_PER_PROCESS = 256;
const PROCESS_BLOCKS = 4096;

/** The uids this process's sandboxes use: [first, end). */
export function sandboxUidRange(pid = process.pid): { first: number; end: number } {
  const first = UID_FLOOR + (pid % PROCESS_BLOCKS) * UIDS_PER_PROCESS;
  return { first, end: first + UIDS_PER_PROCESS };
}

const BWRAP = '/usr/bin/bwrap';
const SETPRIV = '/usr/bin/setpriv';

/** Why the hardened sandbox cannot run here, or null when it can (bwrap present and user namespaces usable). */
export function bwrapProblem(bwrap = BWRAP): string | null {
  if (!existsSync(bwrap)) return 'bubblewrap is not installed: run `apt-get install -y bubblewrap` (or start the server with --trusted-local for trusted code only)';
  if (!existsSync(SETPRIV)) return 'setpriv is missing: run `apt-get install -y util-linux`';
  const { first } = sandboxUidRange();
  const probe = spawnSync(SETPRIV, ['--reuid', String(first), '--regid', String(first), '--clear-groups', '--no-new-privs', '--',
    bwrap, '--unshare-all', '--ro-bind', '/usr', '/usr', '--symlink', 'usr/bin', '/bin', '--symlink', 'usr/lib', '/lib', '--symlink', 'usr/lib64', '/lib64', '--', '/usr/bin/true'],
  { encoding: 'utf8', timeout: 10_000 });
  if (probe.status !== 0) return `bubblewrap cannot create namespaces as an unprivileged user here: ${(probe.stderr || String(probe.error ?? probe.status)).trim()}`;
  return null;
}

/** Hands out distinct uids to concurrent jobs. */
class UidPool {
  readonly range = sandboxUidRange();
  #free: number[] = [];
  #next = this.range.first;

  take(): number {
    const reused = this.#free.shift(); // oldest first: a uid rests a while before it is reused
    if (reused !== undefined) return reused;
    if (this.#next >= this.range.end) throw new Error('sandbox: out of uids (too many concurrent jobs)');
    return this.#next++;
  }

  give(uid: number): void {
    this.#free.push(uid);
  }
}

/** Give a folder tree to `uid` (job folders hold a handful of files). Symlinks are not followed. */
function chownTree(path: string, uid: number): void {
  const st = lstatSync(path);
  if (st.isSymbolicLink()) return;
  if (st.uid !== uid) chownSync(path, uid, uid);
  if (st.isDirectory()) for (const entry of readdirSync(path)) chownTree(join(path, entry), uid);
}

const reachable = new Set<string>();

/**
 * bwrap opens bind sources as the sandbox uid, so every folder above them must be searchable by
 * others (a 0700 `mkdtemp` folder is not): say so plainly instead of bwrap's "Permission denied".
 */
function assertReachable(path: string): void {
  for (let dir = dirname(path); !reachable.has(dir); dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) {
      throw new Error(`sandbox: ${dir} is not searchable by other users (mode ${(statSync(dir).mode & 0o777).toString(8)}), so the sandbox cannot reach ${path}: chmod o+x it or move the cache`);
    }
    reachable.add(dir);
    if (dir === dirname(dir)) break;
  }
}

export class BwrapSandbox implements Sandbox {
  readonly kind = 'bwrap' as const;
  #uids = new UidPool();
  #seccomp = seccompFile();

  exec(request: ExecRequest): Promise<ExecResult> {
    const uid = this.#uids.take();
    let argv: string[];
    try {
      argv = this.#argv(request, uid);
    } catch (e) {
      this.#uids.give(uid);
      throw e;
    }
    return runProcess(argv, { ...request, env: {} }).finally(() => this.#uids.give(uid));
  }

  spawn(request: Omit<ExecRequest, 'stdin'>): ChildProcess {
    const uid = this.#uids.take();
    const child = startProcess(this.#argv(request, uid), { ...request, env: {} });
    child.once('close', () => this.#uids.give(uid));
    return child;
  }

  /** A folder made inside a bound writable folder gets that folder's sandbox owner. */
  prepareDir(dir: string): void {
    const owner = statSync(dirname(dir)).uid;
    if (owner >= this.#uids.range.first && owner < this.#uids.range.end) chownTree(dir, owner);
  }

  #argv(request: Omit<ExecRequest, 'stdin'>, uid: number): string[] {
    for (const path of [...request.readable, ...request.writable]) assertReachable(path);
    for (const dir of request.writable) chownTree(dir, uid);
    const env = { PATH: '/usr/bin:/bin', LANG: 'C.UTF-8', HOME: '/tmp', ...request.env };
    const binds: string[] = [];
    for (const path of request.readable) binds.push('--ro-bind', path, path);
    for (const path of request.writable) binds.push('--bind', path, path);
    // bwrap takes the seccomp program from an inherited fd: a shell opens it as fd 3 and execs the
    // chain in place (same pid, so the deadline's process-group kill still reaches everything).
    const withSeccomp = this.#seccomp ? ['/bin/sh', '-c', 'exec "$@" 3<"$0"', this.#seccomp] : [];
    return [
      ...withSeccomp,
      'prlimit', ...prlimitArgs(request.limits), '--',
      SETPRIV, '--reuid', String(uid), '--regid', String(uid), '--clear-groups', '--no-new-privs', '--',
      BWRAP,
      '--unshare-all', '--die-with-parent', '--new-session', '--clearenv',
      '--hostname', 'sandbox',
      ...(this.#seccomp ? ['--seccomp', '3'] : []),
      // /tmp first: later binds may live under it and must not be hidden by the tmpfs.
      '--tmpfs', '/tmp', '--proc', '/proc', '--dev', '/dev',
      '--ro-bind', '/usr', '/usr',
      '--symlink', 'usr/bin', '/bin', '--symlink', 'usr/lib', '/lib', '--symlink', 'usr/lib64', '/lib64',
      ...(existsSync('/etc/ld.so.cache') ? ['--ro-bind', '/etc/ld.so.cache', '/etc/ld.so.cache'] : []),
      ...binds,
      // The root is a tmpfs holding only mount points: nothing may be written beside them.
      '--remount-ro', '/',
      ...Object.entries(env).flatMap(([k, v]) => ['--setenv', k, v]),
      '--chdir', request.cwd,
      '--', ...request.argv,
    ];
  }
}

/**
 * Hostile code against the REAL sandbox (bwrap), through POST /api/run: every probe is blocked or
 * reported as its class, nothing on the host changes, no process outlives its job, and
 * /api/health still answers. Run limits are shortened so the suite stays quick.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healthSchema, runResponseSchema, type RunResponse } from '../../server/api/contract.ts';
import { datasetDir, repoRoot } from '../../server/engine/paths.ts';
import { sandboxUidRange } from '../../server/engine/sandbox/bwrap.ts';
import { pair, postRun, realApp, type App } from './helpers.ts';

const WALL_MS = 4000;
const stamp = `${process.pid}${Date.now()}`;
const SECRET_ROOT_ONLY = `root-only-secret-${stamp}`;
const SECRET_BESIDE_JOB = `world-readable-secret-${stamp}`;

let app: App;
let dispose: () => void;
let listener: Server;
let listenerPort = 0;
let connections = 0;
let secretDir: string;
let rootOnlyFile: string;
let besideJobFile: string;
const canaries = [
  join(repoRoot, `pwned-${stamp}`),
  join(datasetDir, `pwned-${stamp}`),
  join(tmpdir(), `pwned-${stamp}`),
];
let canaryInSecretDir: string;
let datasetListing: string[];

/** Live processes of this test process's sandbox uids as "uid pid comm" (the warm compiler services among them). */
function sandboxProcesses(): string[] {
  const { first, end } = sandboxUidRange();
  const out = execFileSync('ps', ['-eo', 'uid=,pid=,stat=,comm='], { encoding: 'utf8' });
  return out.split('\n').map((l) => l.trim().split(/\s+/)).filter(([uid, , stat]) => {
    const n = Number(uid);
    // A zombie is already dead: the container's init reaps the namespace's orphans a little later.
    return n >= first && n < end && !stat?.startsWith('Z');
  }).map(([uid, pid, , comm]) => `${uid} ${pid} ${comm}`);
}
let baselineProcesses: Set<string>;

/** Sandbox processes that were not there before the suite: a finished job must leave none. */
async function expectNoLeftovers(): Promise<void> {
  const extra = (): string[] => sandboxProcesses().filter((p) => !baselineProcesses.has(p));
  // The pid namespace dies with the job; allow the kernel a moment to reap it.
  for (let i = 0; i < 50 && extra().length > 0; i++) await new Promise((r) => setTimeout(r, 100));
  expect(extra()).toEqual([]);
}

beforeAll(async () => {
  let cacheRoot: string;
  ({ app, dispose, cacheRoot } = await realApp({
    runLimits: { wallMs: WALL_MS, cpuSeconds: 2 },
    queue: { maxWaitMs: 90_000, deadlineMs: 60_000 },
  }));
  secretDir = mkdtempSync(join(tmpdir(), 'cnake-secret-')); // 0700, root's
  rootOnlyFile = join(secretDir, 'secret.h');
  writeFileSync(rootOnlyFile, `${SECRET_ROOT_ONLY}\n`, { mode: 0o600 });
  canaryInSecretDir = join(secretDir, `pwned-${stamp}`);
  // World-readable, in the cache folder right beside the job folders (which are bound): must stay invisible.
  besideJobFile = join(cacheRoot, 'secret.h');
  writeFileSync(besideJobFile, `${SECRET_BESIDE_JOB}\n`, { mode: 0o644 });
  datasetListing = readdirSync(datasetDir);
  listener = createServer((socket) => {
    connections++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  listenerPort = (listener.address() as { port: number }).port;
  baselineProcesses = new Set(sandboxProcesses());
});

afterAll(async () => {
  dispose?.();
  await new Promise((r) => listener?.close(r));
  rmSync(secretDir, { recursive: true, force: true });
  for (const c of canaries) rmSync(c, { force: true });
});

/** A well-formed pair whose Cython side runs `body` (the Python side is harmless). */
function hostile(body: string, header = ''): { python: string; cython: string } {
  return pair({ cyHeader: header, cyBody: body });
}

async function run(source: { python: string; cython: string }): Promise<{ result: RunResponse; raw: string }> {
  const res = await postRun(app, source);
  const raw = await res.text();
  expect(res.status, raw.slice(0, 500)).toBe(200);
  return { result: runResponseSchema.parse(JSON.parse(raw)), raw };
}

function expectNoSecrets(raw: string): void {
  expect(raw).not.toContain(SECRET_ROOT_ONLY);
  expect(raw).not.toContain(SECRET_BESIDE_JOB);
  expect(raw).not.toMatch(/root:x?:0:0/); // /etc/passwd
}

describe('hostile code in the bwrap sandbox', () => {
  it('cannot connect to a listener on the host loopback', async () => {
    const connect = `import socket\ntry:\n    socket.create_connection(("127.0.0.1", ${listenerPort}), timeout=2)\n    r = "connected"\nexcept OSError as e:\n    r = type(e).__name__`;
    const source = pair({
      cyHeader: connect.replace('r = ', 'CY = '),
      cyBody: '    return CY',
      pyBody: connect.split('\n').map((l) => `    ${l}`).join('\n') + '\n    return r',
    });
    const { result } = await run(source);
    expect(result.class).toBe('ok');
    for (const c of result.cases) {
      expect(c.python).toMatchObject({ ok: true });
      expect(c.python.ok && c.python.value).not.toContain('connected');
      expect(c.cython.ok && c.cython.value).not.toContain('connected');
    }
    expect(connections).toBe(0);
  });

  it('cannot read files outside the job at run time', async () => {
    const paths = [rootOnlyFile, besideJobFile, '/etc/passwd', '/etc/shadow', '/root/.bashrc', '/proc/1/environ', join(repoRoot, 'package.json')];
    const body = `    import os\n    got = []\n    for p in ${JSON.stringify(paths)}:\n        try:\n            with open(p) as f:\n                got.append(f.read())\n        except OSError as e:\n            got.append(type(e).__name__)\n    try:\n        got.append(str(os.listdir(${JSON.stringify(join(besideJobFile, '..'))})))\n    except OSError as e:\n        got.append(type(e).__name__)\n    return str(got)`;
    const { result, raw } = await run(hostile(body));
    expectNoSecrets(raw);
    expect(raw).not.toContain('"name": "cnake-charmer"');
    const value = result.cases[0]?.cython;
    expect(value?.ok && value.value).toMatch(/FileNotFoundError|PermissionError/);
  });

  it('cannot read files at compile time through include or cdef extern from', async () => {
    for (const path of [rootOnlyFile, besideJobFile, '/etc/passwd']) {
      const viaInclude = await run(hostile('    return n', `include "${path}"`));
      expect(viaInclude.result.class).toBe('compile_error');
      expectNoSecrets(viaInclude.raw);
      const viaExtern = await run(hostile('    return n', `cdef extern from "${path}":\n    int secret_value\n`));
      expect(['compile_error', 'ok']).toContain(viaExtern.result.class);
      expectNoSecrets(viaExtern.raw);
    }
  });

  it('cannot write outside the job folder', async () => {
    const targets = [...canaries, canaryInSecretDir, join(datasetDir, 'harness', 'runner.py')];
    const body = `    got = []\n    for p in ${JSON.stringify(targets)}:\n        try:\n            with open(p, "a") as f:\n                f.write("pwned")\n            got.append("wrote")\n        except OSError as e:\n            got.append(type(e).__name__)\n    return str(got)`;
    const { result } = await run(hostile(body));
    const value = result.cases[0]?.cython;
    expect(value?.ok).toBe(true);
    const got = (value?.ok && value.value) || '';
    // Only paths under /tmp may "succeed": they land in the job's private tmpfs (this checkout
    // itself may live under /tmp, as a CI clone can).
    const privateTargets = targets.filter((p) => p.startsWith(`${tmpdir()}/`)).length;
    expect(got.match(/wrote/g)?.length ?? 0, got).toBeLessThanOrEqual(privateTargets);
    for (const c of canaries) expect(existsSync(c), c).toBe(false); // nothing reached the host
    // Writing under /tmp lands in the job's private tmpfs, never on the host.
    expect(existsSync(join(tmpdir(), `pwned-${stamp}`))).toBe(false);
    expect(existsSync(canaryInSecretDir)).toBe(false);
    expect(readdirSync(datasetDir)).toEqual(datasetListing);
    expect(readFileSync(join(datasetDir, 'harness', 'runner.py'), 'utf8')).not.toContain('pwned');
  });

  it.runIf(process.arch === 'x64')('cannot create namespaces, ptrace or use keyrings (seccomp)', async () => {
    const body = [
      '    import ctypes, os',
      '    libc = ctypes.CDLL(None, use_errno=True)',
      '    got = []',
      '    for nr, args in ((272, (0x10000000,)), (101, (16, 1, 0, 0)), (250, (0, 0, 0, 0)), (321, (0, 0, 0))):',
      '        r = libc.syscall(nr, *args)',
      '        got.append(os.strerror(ctypes.get_errno()) if r == -1 else "allowed")',
      '    return str(got)',
    ].join('\n');
    const { result } = await run(hostile(body));
    const value = result.cases[0]?.cython;
    expect(value).toEqual({ ok: true, value: expect.stringContaining('Operation not permitted') });
    expect(value?.ok && value.value).not.toContain('allowed');
  });

  it('contains a fork bomb: stopped as a limit, no process left behind', async () => {
    const body = '    import os\n    while True:\n        try:\n            os.fork()\n        except OSError:\n            pass';
    const { result } = await run(hostile(body));
    expect(['timeout', 'crashed', 'runtime_error']).toContain(result.class);
    await expectNoLeftovers();
  });

  it('reports a memory bomb as memory', async () => {
    const { result } = await run(hostile('    hog = []\n    while True:\n        hog.append(bytearray(50_000_000))'));
    expect(result.class).toBe('memory');
    expect(result.limit).toBe('memory');
  });

  it('stops an endless loop as timeout', async () => {
    const { result } = await run(hostile('    cdef long i = 0\n    while True:\n        i += 1'));
    expect(result.class).toBe('timeout');
    expect(result.limit).toBe('timeout');
    await expectNoLeftovers();
  });

  it('stops an output flood as output_limit', async () => {
    const { result } = await run(hostile('    while True:\n        print("x" * 1000)'));
    expect(result.class).toBe('output_limit');
    expect(result.truncated).toBe(true);
    expect(result.output.length).toBeLessThanOrEqual(256 * 1024);
  });

  it('reports a segfault as crashed with the signal', async () => {
    const { result } = await run(hostile('    cdef int *p = NULL\n    p[0] = 1\n    return n'));
    expect(result.class).toBe('crashed');
    expect(result.signal).toBe('SIGSEGV');
  });

  it('serves 32 simultaneous requests, each answered', async () => {
    const sources = Array.from({ length: 32 }, (_, i) => pair({ cyBody: `    cdef long i, total = 0\n    for i in range(n):\n        total += i * i\n    return total + ${i} - ${i}` }));
    const responses = await Promise.all(sources.map((s) => postRun(app, s)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
    for (const r of responses) {
      const body = await r.json();
      if (r.status === 200) expect(runResponseSchema.parse(body).equivalent).toBe(true);
    }
  });

  it('still answers /api/health afterwards, with nothing left running', async () => {
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(healthSchema.parse(await res.json())).toMatchObject({ ok: true, sandbox: 'bwrap', queue: { running: 0, waiting: 0 } });
    await expectNoLeftovers();
    expect(connections).toBe(0);
  });
});

/**
 * Warm compiler services (dataset/harness/service.py): Cython is imported once per process,
 * so a transpile costs ~15-30 ms instead of ~1.2 s for a fresh `cython` command.
 *
 * Each service owns a private scratch folder and handles one request at a time; a job's
 * sources are placed there only while it is being transpiled, so one job can never read
 * another's (Cython's `include` reads any file the process can see). A service that
 * misses its deadline or dies is killed and replaced.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { datasetDir, venvDir, venvPython } from './paths.ts';
import { killGroup } from './sandbox/process.ts';
import type { Limits, Sandbox } from './sandbox/sandbox.ts';

export const serviceLimits: Limits = {
  wallMs: 20_000, // per request; see ServiceProcess.request
  cpuSeconds: 3600, // the process lives long; each request has its wall deadline instead
  memoryBytes: 1024 * 1024 * 1024,
  processes: 64,
  fileBytes: 64 * 1024 * 1024,
  outputBytes: 16 * 1024 * 1024,
};

export class ServiceTimeout extends Error {}

class ServiceProcess {
  readonly scratch: string;
  #child: ChildProcess;
  #pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  #nextId = 1;
  #dead: Error | null = null;
  #stderr = '';

  constructor(sandbox: Sandbox, scratch: string) {
    this.scratch = scratch;
    mkdirSync(scratch, { recursive: true });
    this.#child = sandbox.spawn({
      argv: [venvPython, '-u', join(datasetDir, 'harness', 'service.py')],
      cwd: scratch,
      writable: [scratch],
      readable: [datasetDir, venvDir],
      limits: serviceLimits,
    });
    createInterface({ input: this.#child.stdout! }).on('line', (line) => this.#onLine(line));
    this.#child.stderr!.on('data', (chunk: Buffer) => {
      this.#stderr = (this.#stderr + chunk.toString('utf8')).slice(-4000);
    });
    this.#child.on('exit', (code, signal) => {
      this.#fail(new Error(`compiler service exited (${signal ?? code}): ${this.#stderr.trim().slice(-1000)}`));
    });
    this.#child.on('error', (e) => this.#fail(e));
  }

  get alive(): boolean {
    return this.#dead === null;
  }

  #onLine(line: string): void {
    let message: { id?: number };
    try {
      message = JSON.parse(line) as { id?: number };
    } catch {
      return; // not ours: the harness writes only JSON lines to this stream
    }
    const waiter = message.id === undefined ? undefined : this.#pending.get(message.id);
    if (!waiter || message.id === undefined) return;
    this.#pending.delete(message.id);
    waiter.resolve(message);
  }

  #fail(error: Error): void {
    if (this.#dead) return;
    this.#dead = error;
    for (const waiter of this.#pending.values()) waiter.reject(error);
    this.#pending.clear();
  }

  request(body: Record<string, unknown>, deadlineMs: number): Promise<unknown> {
    if (this.#dead) return Promise.reject(this.#dead);
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        this.kill();
        reject(new ServiceTimeout(`compiler did not answer within ${deadlineMs} ms`));
      }, deadlineMs);
      this.#pending.set(id, {
        resolve: (v) => (clearTimeout(timer), resolve(v)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      this.#child.stdin!.write(JSON.stringify({ ...body, id }) + '\n');
    });
  }

  kill(): void {
    this.#fail(new Error('compiler service stopped'));
    killGroup(this.#child);
  }
}

/** A fixed set of warm services; `use` lends one out for the duration of a callback. */
export class CompilerPool {
  #sandbox: Sandbox;
  #root: string;
  #size: number;
  #all = new Set<ServiceProcess>();
  #idle: ServiceProcess[] = [];
  #waiting: Array<(s: ServiceProcess) => void> = [];
  #made = 0;
  #closed = false;

  constructor(sandbox: Sandbox, root: string, size: number) {
    this.#sandbox = sandbox;
    this.#root = root;
    this.#size = Math.max(1, size);
  }

  #make(): ServiceProcess {
    const scratch = join(this.#root, `service-${process.pid}-${this.#made++}`);
    rmSync(scratch, { recursive: true, force: true });
    const service = new ServiceProcess(this.#sandbox, scratch);
    this.#all.add(service);
    return service;
  }

  #replace(old: ServiceProcess): ServiceProcess {
    old.kill();
    this.#all.delete(old);
    rmSync(old.scratch, { recursive: true, force: true });
    return this.#make();
  }

  /** Start every service now, so the first jobs do not pay Cython's import. */
  warm(): void {
    while (this.#all.size < this.#size) this.#idle.push(this.#make());
  }

  async #acquire(): Promise<ServiceProcess> {
    if (this.#closed) throw new Error('compiler pool is closed');
    const idle = this.#idle.pop();
    if (idle) return idle;
    if (this.#all.size < this.#size) return this.#make();
    return new Promise<ServiceProcess>((resolve) => this.#waiting.push(resolve));
  }

  #release(service: ServiceProcess): void {
    if (this.#closed) {
      service.kill();
      this.#all.delete(service);
      rmSync(service.scratch, { recursive: true, force: true });
      return;
    }
    // Empty the scratch folder but keep it: a sandboxed service has it bound.
    for (const entry of readdirSync(service.scratch)) rmSync(join(service.scratch, entry), { recursive: true, force: true });
    const next = this.#waiting.shift();
    if (next) next(service);
    else this.#idle.push(service);
  }

  async use<T>(work: (service: ServiceProcess) => Promise<T>): Promise<T> {
    let service = await this.#acquire();
    if (!service.alive) service = this.#replace(service);
    try {
      return await work(service);
    } finally {
      this.#release(service.alive ? service : this.#replace(service));
    }
  }

  close(): void {
    this.#closed = true;
    for (const s of this.#all) {
      s.kill();
      rmSync(s.scratch, { recursive: true, force: true });
    }
    this.#all.clear();
    this.#idle = [];
  }
}

export type { ServiceProcess };

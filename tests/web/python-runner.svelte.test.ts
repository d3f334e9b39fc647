/**
 * The Python façade against a fake kernel on a MessageChannel: the same Comlink traffic as
 * the real worker, without Pyodide (which the E2E tests run in Chromium).
 */
import * as Comlink from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import type { KernelApi, PythonRunResult } from '../../web/src/lib/python/kernel-api.ts';
import { PythonRunner } from '../../web/src/lib/python/python-runner.svelte.ts';

const done: PythonRunResult = { ok: true, name: 'f', cases: [{ args: '(1,)', value: '1', ms: 0.1, benchmark: true }], benchmarkMs: 0.1, totalMs: 0.1 };

/**
 * A kernel that prints, then either answers at once or spins until interrupted through the
 * shared buffer. Runs queue one after another, as in the real worker (Python blocks its thread).
 */
function fakeKernel(): KernelApi {
  let interrupt: Int32Array | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const kernel: KernelApi = {
    async init(options, onStatus) {
      interrupt = options.interruptBuffer;
      await onStatus({ stage: 'loading-runtime', message: 'Loading the Python runtime…' });
      await onStatus({ stage: 'ready', message: 'Python 3.14 ready' });
      return { ok: true, version: 'Python 3.14', restored: false, ms: 1 };
    },
    async run(request, onOutput) {
      if (interrupt) Atomics.store(interrupt, 0, 0); // as the real worker does
      onOutput('stdout', 'hello\n');
      onOutput('stdout', 'again\n');
      onOutput('stderr', 'warn\n');
      if (request.source === 'spin') {
        while (!interrupt || Atomics.load(interrupt, 0) === 0) await new Promise((r) => setTimeout(r, 5));
        return { ok: false, kind: 'interrupted', message: 'Stopped.', line: null };
      }
      return done;
    },
  };
  return {
    init: kernel.init,
    run(request, onOutput) {
      const result = queue.then(() => kernel.run(request, onOutput));
      queue = result.catch(() => undefined);
      return result;
    },
  };
}

let created = 0;
let terminated = 0;
function factory(): () => Worker {
  return () => {
    created++;
    const { port1, port2 } = new MessageChannel();
    Comlink.expose(fakeKernel(), port1);
    return Object.assign(port2, { terminate: () => { terminated++; port2.close(); port1.close(); } }) as unknown as Worker;
  };
}

const input = (source: string) => ({ source, name: 'f', category: 'algorithms' });
const flush = () => new Promise((r) => setTimeout(r, 20));

afterEach(() => {
  created = 0;
  terminated = 0;
  Reflect.deleteProperty(globalThis, 'crossOriginIsolated');
});

describe('PythonRunner', () => {
  it('reports start-up stages, streams output and keeps the result', async () => {
    const runner = new PythonRunner({ createWorker: factory(), indexURL: 'http://localhost/pyodide/' });
    expect(runner.status.stage).toBe('idle');
    const result = await runner.run(input('ok'));
    await flush();
    expect(result).toEqual(done);
    expect(runner.result).toEqual(done);
    expect(runner.output).toEqual([{ stream: 'stdout', text: 'hello\nagain\n' }, { stream: 'stderr', text: 'warn\n' }]);
    expect(runner.status.stage).toBe('ready');
    expect(runner.readyMs).not.toBeNull();
    await runner.run(input('ok'));
    expect(created).toBe(1); // the worker is reused
    runner.dispose();
  });

  it('without cross-origin isolation, Stop terminates the worker and the next run starts a new one', async () => {
    const runner = new PythonRunner({ createWorker: factory(), indexURL: 'http://localhost/pyodide/' });
    await runner.start();
    expect(runner.canInterrupt).toBe(false);
    const spinning = runner.run(input('spin'));
    await flush();
    expect(runner.running).toBe(true);
    runner.stop();
    expect(await Promise.race([spinning, flush().then(() => 'pending')])).toBe('pending'); // stale: never delivered
    expect(terminated).toBe(1);
    expect(runner.result).toMatchObject({ ok: false, kind: 'interrupted' });
    expect(runner.status.stage).toBe('idle');
    expect(await runner.run(input('ok'))).toEqual(done);
    expect(created).toBe(2);
    runner.dispose();
  });

  it('when cross-origin isolated, Stop interrupts through shared memory and keeps the worker', async () => {
    Object.defineProperty(globalThis, 'crossOriginIsolated', { value: true, configurable: true });
    const runner = new PythonRunner({ createWorker: factory(), indexURL: 'http://localhost/pyodide/' });
    await runner.start();
    expect(runner.canInterrupt).toBe(true);
    const spinning = runner.run(input('spin'));
    await flush();
    runner.stop();
    expect(await spinning).toMatchObject({ ok: false, kind: 'interrupted' });
    expect(terminated).toBe(0);
    expect(await runner.run(input('ok'))).toEqual(done); // the flag was reset for the next run
    runner.dispose();
  });

  it('a new run stops the one in flight and only the new result lands', async () => {
    Object.defineProperty(globalThis, 'crossOriginIsolated', { value: true, configurable: true });
    const runner = new PythonRunner({ createWorker: factory(), indexURL: 'http://localhost/pyodide/' });
    await runner.start();
    const spinning = runner.run(input('spin'));
    await flush();
    const next = runner.run(input('ok'));
    expect(await spinning).toBeNull();
    expect(await next).toEqual(done);
    expect(runner.result).toEqual(done);
    expect(runner.status.stage).toBe('ready');
    runner.dispose();
  });

  it('clear() stops a run and forgets its output when another pair opens', async () => {
    Object.defineProperty(globalThis, 'crossOriginIsolated', { value: true, configurable: true });
    const runner = new PythonRunner({ createWorker: factory(), indexURL: 'http://localhost/pyodide/' });
    const spinning = runner.run(input('spin'));
    await flush();
    await flush();
    runner.clear();
    expect(await spinning).toBeNull();
    expect(runner.output).toEqual([]);
    expect(runner.result).toBeNull();
    expect(runner.status.stage).toBe('ready');
    runner.dispose();
  });

  it('lets the latest run win', async () => {
    const runner = new PythonRunner({ createWorker: factory(), indexURL: 'http://localhost/pyodide/' });
    const first = runner.run(input('ok'));
    const second = runner.run(input('ok'));
    expect(await first).toBeNull();
    expect(await second).toEqual(done);
    runner.dispose();
  });
});

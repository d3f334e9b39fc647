/** The bounded queue: workers, capacity, the wait limit and the deadline, as values. */
import { describe, expect, it } from 'vitest';
import { JobQueue } from '../../server/queue.ts';

function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

describe('JobQueue', () => {
  it('runs at most `workers` jobs at once and starts waiters in order', async () => {
    const queue = new JobQueue({ workers: 2, capacity: 10, maxWaitMs: 5000, deadlineMs: 5000 });
    const g = gate();
    const order: number[] = [];
    let running = 0;
    let peak = 0;
    const job = (i: number) => queue.run(async () => {
      running++;
      peak = Math.max(peak, running);
      order.push(i);
      await g.promise;
      running--;
      return i;
    });
    const all = Promise.all([0, 1, 2, 3, 4].map(job));
    await new Promise((r) => setTimeout(r, 10));
    expect(queue.stats()).toEqual({ running: 2, waiting: 3, workers: 2, capacity: 10 });
    g.open();
    const results = await all;
    expect(results.map((r) => r.ok && r.value)).toEqual([0, 1, 2, 3, 4]);
    expect(order).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBe(2);
    expect(queue.stats()).toMatchObject({ running: 0, waiting: 0 });
  });

  it('refuses a job when the waiting line is full', async () => {
    const queue = new JobQueue({ workers: 1, capacity: 1, maxWaitMs: 5000, deadlineMs: 5000 });
    const g = gate();
    const first = queue.run(() => g.promise);
    const second = queue.run(async () => 2);
    const third = await queue.run(async () => 3);
    expect(third).toMatchObject({ ok: false, code: 'queue_full' });
    g.open();
    expect(await first).toMatchObject({ ok: true });
    expect(await second).toEqual({ ok: true, value: 2 });
  });

  it('gives up on a job that waits longer than the wait limit', async () => {
    const queue = new JobQueue({ workers: 1, capacity: 5, maxWaitMs: 30, deadlineMs: 5000 });
    const g = gate();
    const first = queue.run(() => g.promise);
    const late = await queue.run(async () => 'never');
    expect(late).toMatchObject({ ok: false, code: 'queue_full' });
    expect(queue.stats().waiting).toBe(0);
    g.open();
    await first;
    expect(queue.stats().running).toBe(0);
  });

  it('answers timeout after the deadline and aborts the job, which keeps its worker until it ends', async () => {
    const queue = new JobQueue({ workers: 1, capacity: 5, maxWaitMs: 5000, deadlineMs: 30 });
    const g = gate();
    let signal: AbortSignal | undefined;
    const outcome = await queue.run((s) => {
      signal = s;
      return g.promise;
    });
    expect(outcome).toMatchObject({ ok: false, code: 'timeout' });
    expect(signal?.aborted).toBe(true);
    expect(queue.stats().running).toBe(1);
    g.open();
    await new Promise((r) => setTimeout(r, 5));
    expect(queue.stats().running).toBe(0);
  });

  it('frees the worker when a job throws, and passes the error on', async () => {
    const queue = new JobQueue({ workers: 1, capacity: 5, maxWaitMs: 5000, deadlineMs: 5000 });
    await expect(queue.run(async () => {
      throw new Error('boom');
    })).rejects.toThrow('boom');
    expect(queue.stats().running).toBe(0);
    expect(await queue.run(async () => 1)).toEqual({ ok: true, value: 1 });
  });
});

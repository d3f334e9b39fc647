/**
 * The one bounded queue every job goes through: a fixed number of workers (about the number of
 * cores, since gcc is ~95 % of a run and CPU-bound), a bounded number waiting, and a limit on how
 * long a job may wait. Answers are values: a job that cannot be taken says why instead of throwing.
 */

export interface QueueOptions {
  /** Jobs running at once. */
  workers: number;
  /** Jobs allowed to wait for a worker; one more is refused (429). */
  capacity: number;
  /** Longest a job may wait before it starts; longer is refused (429). */
  maxWaitMs: number;
  /** Deadline from start to answer; later is answered 504 and the job's signal is aborted (it holds its worker until it ends). */
  deadlineMs: number;
}

export type QueueOutcome<T> =
  | { ok: true; value: T }
  | { ok: false; code: 'queue_full' | 'timeout'; message: string };

interface Waiter {
  start: () => void;
  timer: NodeJS.Timeout;
}

export interface QueueStats {
  running: number;
  waiting: number;
  workers: number;
  capacity: number;
}

export class JobQueue {
  readonly options: QueueOptions;
  #running = 0;
  #waiting: Waiter[] = [];

  constructor(options: QueueOptions) {
    this.options = { ...options, workers: Math.max(1, options.workers), capacity: Math.max(0, options.capacity) };
  }

  stats(): QueueStats {
    return { running: this.#running, waiting: this.#waiting.length, workers: this.options.workers, capacity: this.options.capacity };
  }

  /** Run `job` when a worker is free, within the wait limit and the deadline (which aborts its signal). */
  async run<T>(job: (signal: AbortSignal) => Promise<T>): Promise<QueueOutcome<T>> {
    const { workers, capacity, maxWaitMs, deadlineMs } = this.options;
    if (this.#running >= workers) {
      if (this.#waiting.length >= capacity) {
        return { ok: false, code: 'queue_full', message: `the server is busy (${this.#running} running, ${this.#waiting.length} waiting): try again shortly` };
      }
      const started = await new Promise<boolean>((resolve) => {
        const waiter: Waiter = {
          start: () => {
            clearTimeout(waiter.timer);
            resolve(true);
          },
          timer: setTimeout(() => {
            this.#waiting.splice(this.#waiting.indexOf(waiter), 1);
            resolve(false);
          }, maxWaitMs),
        };
        this.#waiting.push(waiter);
      });
      if (!started) return { ok: false, code: 'queue_full', message: `the server is busy: the job waited ${maxWaitMs / 1000} s without starting` };
    } else {
      this.#running++;
    }
    // Here this job holds a worker (a waiter is started with the slot handed over to it).
    const abort = new AbortController();
    const work = job(abort.signal).finally(() => this.#next());
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), deadlineMs)));
    try {
      const first = await Promise.race([work.then((value) => ({ value })), late]);
      if (first === 'late') {
        abort.abort(); // nobody will read the answer: stop the work and free the worker
        work.catch(() => undefined);
        return { ok: false, code: 'timeout', message: `the job did not finish within ${deadlineMs / 1000} s` };
      }
      return { ok: true, value: first.value };
    } finally {
      clearTimeout(timer);
    }
  }

  /** Hand the finished job's worker to the next waiter, or free it. */
  #next(): void {
    const waiter = this.#waiting.shift();
    if (waiter) waiter.start();
    else this.#running--;
  }
}

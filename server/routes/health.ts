/** GET /api/health: is the server up, can it run code, and how full is the queue. */
import { Hono } from 'hono';
import type { Health } from '../api/contract.ts';
import type { RunService } from '../run-service.ts';

export function healthRoutes(runs: RunService) {
  return new Hono().get('/', (c) => {
    const body: Health = {
      ok: runs.sandbox !== 'none',
      sandbox: runs.sandbox,
      cython: runs.toolchain?.cython ?? null,
      python: runs.toolchain?.python ?? null,
      queue: runs.queueStats(),
    };
    return c.json(body);
  });
}

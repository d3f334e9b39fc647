/** POST /api/run: check a submitted pair. A user's compile error or a failed equivalence is a 200. */
import { Hono } from 'hono';
import { runRequestSchema } from '../api/contract.ts';
import { ApiError } from '../errors.ts';
import type { RunService } from '../run-service.ts';
import { validate } from './validate.ts';

export function runRoutes(runs: RunService) {
  return new Hono().post('/', validate('json', runRequestSchema), async (c) => {
    const outcome = await runs.run(c.req.valid('json'));
    if (outcome.ok) return c.json(outcome.response);
    switch (outcome.code) {
      case 'queue_full':
        c.header('Retry-After', '2');
        throw new ApiError(429, 'queue_full', outcome.message);
      case 'timeout':
        throw new ApiError(504, 'timeout', outcome.message);
      case 'sandbox_unavailable':
      case 'toolchain_unavailable':
        throw new ApiError(503, outcome.code, outcome.message);
    }
  });
}

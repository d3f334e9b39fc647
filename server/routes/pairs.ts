/** GET /api/pairs (the index) and GET /api/pairs/:name (both sources and the metadata). */
import { Hono } from 'hono';
import { z } from 'zod';
import type { Catalog } from '../catalog.ts';
import { ApiError } from '../errors.ts';
import { validate } from './validate.ts';

const nameParam = z.object({ name: z.string().regex(/^[a-z_][a-z0-9_]*$/, 'a pair name is lower_snake_case') });

export function pairsRoutes(catalog: Catalog) {
  return new Hono()
    .get('/', (c) => c.json(catalog.index))
    .get('/:name', validate('param', nameParam), (c) => {
      const { name } = c.req.valid('param');
      const pair = catalog.pair(name);
      if (!pair) throw new ApiError(404, 'not_found', `no pair named "${name}"`);
      return c.json(pair);
    });
}

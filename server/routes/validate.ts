/** zValidator with the envelope: a body or parameter that fails its schema is a 400 `bad_request`. */
import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { envelope } from '../errors.ts';

export function validate<T extends z.ZodType, Target extends keyof ValidationTargets>(target: Target, schema: T) {
  return zValidator(target, schema, (result, c) => {
    if (!result.success) {
      const message = result.error.issues.map((i) => `${i.path.join('.') || target}: ${i.message}`).join('; ');
      return c.json(envelope('bad_request', message), 400);
    }
  });
}

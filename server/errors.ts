/**
 * The one error envelope, `{ "error": { "code", "message" } }`, for every non-2xx answer. Routes
 * throw `ApiError`; the validator hook answers 400; `app.onError` turns everything else into
 * an envelope (unknown errors: 500, logged with their cause).
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { ErrorEnvelope, errorCodeSchema } from './api/contract.ts';

export type ErrorCode = z.infer<typeof errorCodeSchema>;

export function envelope(code: ErrorCode, message: string): ErrorEnvelope {
  return { error: { code, message } };
}

export class ApiError extends HTTPException {
  readonly code: ErrorCode;

  constructor(status: ContentfulStatusCode, code: ErrorCode, message: string) {
    super(status, { message });
    this.code = code;
  }
}

const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  400: 'bad_request', 404: 'not_found', 413: 'payload_too_large', 429: 'queue_full', 503: 'sandbox_unavailable', 504: 'timeout',
};

export function onError(err: Error, c: Context): Response {
  if (err instanceof ApiError) return c.json(envelope(err.code, err.message), err.status as ContentfulStatusCode);
  if (err instanceof HTTPException && err.status < 500) {
    // Hono's own 4xx (e.g. "Malformed JSON in request body" from the json validator).
    const code = CODE_BY_STATUS[err.status] ?? 'bad_request';
    return c.json(envelope(code, err.message || code), err.status as ContentfulStatusCode);
  }
  console.error(`${c.req.method} ${c.req.path} failed:`, err);
  return c.json(envelope('internal', 'internal server error'), 500);
}

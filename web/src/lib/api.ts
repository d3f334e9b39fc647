/**
 * The typed client of the playground API. Wire JSON is parsed here, once, with the zod
 * schemas of the shared contract; callers get domain values or a readable failure.
 */
import type { z } from 'zod';
import {
  errorEnvelopeSchema, healthSchema, pairDetailSchema, pairIndexSchema, runResponseSchema,
  type Health, type PairDetail, type PairIndex, type RunRequest, type RunResponse,
} from '../../../server/api/contract.ts';
import { fail, ok, type Result } from './result.ts';

/** Why a request failed: our server said no (`server`), it did not answer (`offline`), or it spoke nonsense. */
export type ApiFailure = 'server' | 'offline' | 'invalid' | 'aborted';
export type ApiResult<T> = Result<T, ApiFailure> | { ok: false; kind: 'server'; message: string; code: string; status: number };

const READABLE: Record<string, string> = {
  queue_full: 'The server is busy running other jobs. Try again in a few seconds.',
  timeout: 'The run took too long and was stopped.',
  payload_too_large: 'The sources are too large to run.',
  sandbox_unavailable: 'The server cannot run code right now (its sandbox is unavailable).',
  toolchain_unavailable: 'The server cannot compile Cython right now (its C compiler or Cython is missing).',
  not_found: 'Not found.',
};

async function request<S extends z.ZodType>(path: string, schema: S, init?: RequestInit): Promise<ApiResult<z.infer<S>>> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return fail('aborted', 'Cancelled.');
    return fail('offline', 'Cannot reach the server. Is it running, and are you online?');
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return fail(response.ok ? 'invalid' : 'server', `The server answered ${response.status} without a readable body.`);
  }
  if (!response.ok) {
    const envelope = errorEnvelopeSchema.safeParse(body);
    const code = envelope.success ? envelope.data.error.code : 'internal';
    const detail = envelope.success ? envelope.data.error.message : `HTTP ${response.status}`;
    return { ok: false, kind: 'server', code, status: response.status, message: READABLE[code] ?? detail };
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) return fail('invalid', `Unexpected answer from ${path}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return ok(parsed.data);
}

const json = (body: unknown, signal?: AbortSignal): RequestInit => ({
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal,
});

export interface Api {
  health(): Promise<ApiResult<Health>>;
  index(): Promise<ApiResult<PairIndex>>;
  pair(name: string): Promise<ApiResult<PairDetail>>;
  run(body: RunRequest, signal?: AbortSignal): Promise<ApiResult<RunResponse>>;
}

export const httpApi: Api = {
  health: () => request('/api/health', healthSchema),
  index: () => request('/api/pairs', pairIndexSchema),
  pair: (name) => request(`/api/pairs/${encodeURIComponent(name)}`, pairDetailSchema),
  run: (body, signal) => request('/api/run', runResponseSchema, json(body, signal)),
};

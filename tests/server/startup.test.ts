/** The real server started on a machine without the Cython toolchain: it still serves, and says what to install. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorEnvelopeSchema, healthSchema } from '../../server/api/contract.ts';
import { startServerWith } from '../e2e/support/server.ts';

let server: Awaited<ReturnType<typeof startServerWith>>;
beforeAll(async () => {
  server = await startServerWith(['--trusted-local'], { CNAKE_VENV: '/nonexistent/venv' });
}, 60_000);
afterAll(() => server?.stop());

describe('a server without its Python environment', () => {
  it('starts, warns, and reports that it cannot run code', async () => {
    expect(server.log()).toMatch(/warning: POST \/api\/run is refused: .*npm install/);
    const health = healthSchema.parse(await (await fetch(`${server.url}/api/health`)).json());
    expect(health).toMatchObject({ ok: false, sandbox: 'none' });
  });

  it('answers a run with 503 toolchain_unavailable naming the fix', async () => {
    const res = await fetch(`${server.url}/api/run`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ python: 'p', cython: 'c' }),
    });
    expect(res.status).toBe(503);
    const { error } = errorEnvelopeSchema.parse(await res.json());
    expect(error.code).toBe('toolchain_unavailable');
    expect(error.message).toContain('/nonexistent/venv is missing: run `npm install`');
  });

  it('still serves the pair index for browsing', async () => {
    const res = await fetch(`${server.url}/api/pairs`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { pairs: unknown[] }).pairs.length).toBeGreaterThan(500);
  });
});

import { describe, expect, it } from 'vitest';
import type { RunResponse } from '../../server/api/contract.ts';
import type { Api, ApiResult } from '../../web/src/lib/api.ts';
import { CythonRunner, markersFrom, verdicts } from '../../web/src/lib/cython-runner.svelte.ts';

function response(overrides: Partial<RunResponse> = {}): RunResponse {
  return {
    class: 'ok', message: null, name: 'fizzbuzz', form: { ok: true, problems: [] },
    compile: { ok: true, diagnostics: [], cached: false, durationMs: 800 },
    cases: [{ args: '(1,)', benchmark: false, python: { ok: true, value: "['1']" }, cython: { ok: true, value: "['1']" }, equal: true, reason: null }],
    equivalent: true,
    timing: { pythonSeconds: 0.09, cythonSeconds: 0.03, pythonIqrSeconds: 0, cythonIqrSeconds: 0, speedup: 3 },
    annotation: { lines: [{ line: 3, score: 5, code: true, c: '__pyx_t_1 = PyList_New(0);' }, { line: 4, score: 0, code: true }, { line: 1, score: 0, code: false }], codeLines: 2, pythonLines: 1, pythonFraction: 0.5 },
    limit: null, timedOut: false, truncated: false, exitCode: 0, signal: null, output: '', durationMs: 1200,
    ...overrides,
  };
}

/** An API whose run calls resolve when the test says so, in any order. */
function controllableApi() {
  const pending: { body: { cython: string; strict?: boolean; name?: string }; resolve: (r: ApiResult<RunResponse>) => void }[] = [];
  const api: Pick<Api, 'run'> = {
    run: (body) => new Promise((resolve) => pending.push({ body, resolve })),
  };
  return { api, pending };
}

describe('CythonRunner', () => {
  it('asks the server for the dataset rules and the file name only when verifying', async () => {
    const { api, pending } = controllableApi();
    const runner = new CythonRunner(api);
    void runner.run('py', 'cy', 'run', 'my_pair');
    void runner.run('py', 'cy', 'verify', 'my_pair');
    expect(pending[0]!.body).not.toHaveProperty('strict');
    expect(pending[1]!.body).toMatchObject({ strict: true, name: 'my_pair' });
  });

  it('keeps only the latest run', async () => {
    const { api, pending } = controllableApi();
    const runner = new CythonRunner(api);
    const first = runner.run('py', 'old');
    const second = runner.run('py', 'new');
    expect(runner.state.phase).toBe('running');
    pending[1]!.resolve({ ok: true, value: response({ name: 'new' }) });
    await second;
    pending[0]!.resolve({ ok: true, value: response({ name: 'old' }) });
    await first;
    expect(runner.result?.name).toBe('new');
  });

  it('turns the result into shading for code lines and markers', async () => {
    const { api, pending } = controllableApi();
    const runner = new CythonRunner(api);
    const run = runner.run('py', 'cy');
    pending[0]!.resolve({ ok: true, value: response() });
    await run;
    expect(runner.shades).toEqual([{ line: 3, score: 5, c: '__pyx_t_1 = PyList_New(0);' }, { line: 4, score: 0, c: null }]);
    expect(runner.markers).toEqual({ python: [], cython: [] });
  });

  it('shows a server failure as a readable message', async () => {
    const { api, pending } = controllableApi();
    const runner = new CythonRunner(api);
    const run = runner.run('py', 'cy', 'verify');
    pending[0]!.resolve({ ok: false, kind: 'server', code: 'queue_full', status: 429, message: 'The server is busy.' });
    await run;
    expect(runner.state).toEqual({ phase: 'failed', purpose: 'verify', message: 'The server is busy.' });
  });

  it('clears when another pair opens, ignoring a late answer', async () => {
    const { api, pending } = controllableApi();
    const runner = new CythonRunner(api);
    const run = runner.run('py', 'cy');
    runner.clear();
    pending[0]!.resolve({ ok: true, value: response() });
    await run;
    expect(runner.state.phase).toBe('idle');
  });
});

describe('markersFrom', () => {
  it('puts compile diagnostics on the Cython side and form problems on their side, 1-based', () => {
    const markers = markersFrom(response({
      class: 'compile_error',
      form: { ok: false, problems: [{ side: 'python', line: 2, column: 0, message: 'no @python_benchmark' }] },
      compile: { ok: false, cached: false, durationMs: 5, diagnostics: [{ line: 7, column: 12, severity: 'error', message: "undeclared name not builtin: y" }] },
    }));
    expect(markers.python).toEqual([{ line: 2, column: 1, severity: 'error', message: 'no @python_benchmark' }]);
    expect(markers.cython).toEqual([{ line: 7, column: 12, severity: 'error', message: 'undeclared name not builtin: y' }]);
  });
});

describe('verdicts', () => {
  it('reports form, compile, equivalence and timing like the CLI', () => {
    expect(verdicts(response()).map((v) => [v.check, v.ok])).toEqual([
      ['Form', true], ['Compile', true], ['Equivalence', true], ['Timing', true],
    ]);
    const broken = verdicts(response({ compile: null, cases: [], timing: null, form: { ok: false, problems: [] } }));
    expect(broken.map((v) => v.ok)).toEqual([false, null, null, null]);
  });
});

/** POST /api/run end to end: the real engine in the real sandbox, through `app.request`. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runResponseSchema, type RunResponse } from '../../server/api/contract.ts';
import { Catalog } from '../../server/catalog.ts';
import { pair, postRun, realApp, type App } from './helpers.ts';

let app: App;
let dispose: () => void;
beforeAll(async () => {
  ({ app, dispose } = await realApp());
});
afterAll(() => dispose());

async function run(body: unknown): Promise<RunResponse> {
  const res = await postRun(app, body);
  expect(res.status).toBe(200);
  return runResponseSchema.parse(await res.json());
}

describe('POST /api/run in the bwrap sandbox', () => {
  const fizzbuzz = Catalog.load().pair('fizzbuzz')!;

  it('finds a dataset pair equivalent, with cases and the annotation', async () => {
    const result = await run({ python: fizzbuzz.python, cython: fizzbuzz.cython });
    expect(result).toMatchObject({ class: 'ok', equivalent: true, name: 'fizzbuzz', limit: null, timing: null });
    expect(result.cases.length).toBeGreaterThanOrEqual(4);
    expect(result.cases.every((c) => c.equal)).toBe(true);
    expect(result.annotation?.lines.length).toBeGreaterThan(10);
  });

  it('times both sides at -O2 when asked and reports the speedup', async () => {
    const result = await run({ python: fizzbuzz.python, cython: fizzbuzz.cython, timing: true });
    expect(result.equivalent).toBe(true);
    expect(result.timing?.speedup).toBeGreaterThan(0);
    expect(result.timing!.pythonSeconds).toBeGreaterThan(0);
  });

  it('applies the dataset rules and the file name when asked (Verify in the browser)', async () => {
    const draft = { python: fizzbuzz.python.replace(/Keywords:.*\n/, ''), cython: fizzbuzz.cython };
    expect((await run(draft)).class).toBe('ok');
    const strict = await run({ ...draft, strict: true, name: 'fizz_buzz' });
    expect(strict.class).toBe('form_error');
    const messages = strict.form.problems.map((p) => p.message).join('\n');
    expect(messages).toContain('Keywords:');
    expect(messages).toContain("file is 'fizz_buzz'.py");
  });

  it('serves an identical request from the result cache', async () => {
    const result = await run({ python: fizzbuzz.python, cython: fizzbuzz.cython });
    expect(result.durationMs).toBe(0); // nothing ran: the stored result came back
    expect(result.compile?.cached).toBe(true);
    expect(result.equivalent).toBe(true);
  });

  it('returns compile diagnostics at the right .pyx line as a 200', async () => {
    const broken = pair({ cyBody: '    cdef long total = 0\n    total += undefined_name\n    return total' });
    const result = await run(broken);
    expect(result.class).toBe('compile_error');
    expect(result.equivalent).toBe(false);
    const line = broken.cython.split('\n').findIndex((l) => l.includes('undefined_name')) + 1;
    expect(result.compile?.diagnostics).toContainEqual(expect.objectContaining({ line, severity: 'error' }));
    expect(result.message).toContain(`:${line}:`);
  });

  it('reports a form problem without compiling', async () => {
    const result = await run({ python: 'x = 1\n', cython: 'y = 2\n' });
    expect(result.class).toBe('form_error');
    expect(result.compile).toBeNull();
    expect(result.form.problems.length).toBeGreaterThan(0);
  });

  it('reports sides that disagree as a finished run that is not equivalent', async () => {
    const result = await run(pair({ cyBody: '    return n' }));
    expect(result.class).toBe('ok');
    expect(result.equivalent).toBe(false);
    expect(result.cases.some((c) => !c.equal)).toBe(true);
    expect(result.message).toMatch(/case \d/);
  });

  it('reports an error raised when the Cython module is imported as runtime_error', async () => {
    const result = await run(pair({ cyHeader: 'raise ValueError("at import")' }));
    expect(result.class).toBe('runtime_error');
    expect(result.message).toContain('at import');
  });
});

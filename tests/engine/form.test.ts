/** Form checks: each problem is found, located and explained, without running the code. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../server/engine/engine.ts';
import { freshEngine, pair } from './helpers.ts';

let engine: Engine;
let dispose: () => void;
beforeAll(async () => {
  ({ engine, dispose } = await freshEngine());
});
afterAll(() => dispose());

describe('engine.form', () => {
  it('accepts a well-formed pair and reads its declarations', async () => {
    const form = await engine.form(pair(), 'square_sum', true);
    expect(form).toMatchObject({ ok: true, name: 'square_sum', args: '(10,)', cases: ['(0,)', '(1,)', '(5,)'], problems: [] });
  });

  it('rejects imports outside the standard library on the Python side, at their line', async () => {
    const p = pair();
    const form = await engine.form({ ...p, python: p.python.replace('from cnake_charmer', 'import numpy as np\nfrom cnake_charmer') });
    expect(form.ok).toBe(false);
    expect(form.problems[0]).toMatchObject({ side: 'python', line: 5, message: expect.stringContaining("'numpy'") });
  });

  it('requires the same function name and benchmark args on both sides', async () => {
    const p = pair();
    const form = await engine.form({ python: p.python, cython: p.cython.replace('def square_sum', 'def squares').replace('args=(10,)', 'args=(11,)') });
    const messages = form.problems.map((x) => x.message).join('\n');
    expect(messages).toContain("named 'squares'");
    expect(messages).toContain('benchmark args differ');
  });

  it('requires the file name to match and literal declarations', async () => {
    const p = pair({ args: '(N,)' });
    const form = await engine.form(p, 'other_name');
    const messages = form.problems.map((x) => x.message).join('\n');
    expect(messages).toContain('must be a literal');
    expect(messages).toContain("file is 'other_name'.py");
  });

  it('finds a missing decorator on either side', async () => {
    const p = pair();
    const form = await engine.form({ python: p.python.replace('@python_benchmark', '# @python_benchmark'), cython: p.cython.replace('@cython_benchmark', '#') });
    expect(form.problems.map((x) => x.side).sort()).toEqual(['cython', 'python']);
  });

  it('rejects a decorated cpdef, which Cython cannot decorate', async () => {
    const p = pair();
    const form = await engine.form({ ...p, cython: p.cython.replace('def square_sum(long n)', 'cpdef long square_sum(long n)') });
    expect(form.problems[0]?.message).toContain('must decorate a `def` function');
  });

  it('reports a Python syntax error with its position', async () => {
    const p = pair({ pyBody: '    return (n +' });
    const form = await engine.form(p);
    expect(form.problems[0]).toMatchObject({ side: 'python', message: expect.stringContaining('syntax error') });
    expect(form.problems[0]!.line).toBeGreaterThanOrEqual(10);
  });

  it('applies the dataset rules only in strict mode', async () => {
    const p = pair({ cases: '[(1,)]' });
    const noKeywords = { ...p, python: p.python.replace('Keywords: test', '') };
    expect((await engine.form(noKeywords)).ok).toBe(true);
    const strict = await engine.form(noKeywords, undefined, true);
    const messages = strict.problems.map((x) => x.message).join('\n');
    expect(messages).toContain('at least 3 extra cases');
    expect(messages).toContain('Keywords:');
  });
});

import { describe, expect, it } from 'vitest';
import { decodeDraft, draftLink, draftPayload, encodeDraft } from '../../web/src/lib/share.ts';

const draft = {
  name: 'fizzbuzz', category: 'algorithms', basedOn: 'fizzbuzz',
  python: 'def fizzbuzz(n: int) -> list[str]:\n    return ["Fizz" * 40] * n  # ünïcode ✓\n'.repeat(20),
  cython: 'cdef int i\n'.repeat(50),
};

describe('share links', () => {
  it('round-trips a draft through a compact, URL-safe hash', async () => {
    const link = await draftLink('http://127.0.0.1:8787', draft);
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:8787\/pair\/fizzbuzz#draft=[A-Za-z0-9_-]+$/);
    const payload = draftPayload(new URL(link).hash)!;
    expect(payload.length).toBeLessThan((draft.python.length + draft.cython.length) / 4); // deflate pays off
    expect(await decodeDraft(payload)).toEqual({ ok: true, value: draft });
  });

  it('reports a damaged or invalid payload instead of throwing', async () => {
    const damaged = await decodeDraft('not*base64!');
    expect(damaged).toMatchObject({ ok: false, kind: 'invalid' });
    const truncated = await decodeDraft((await encodeDraft(draft)).slice(0, 30));
    expect(truncated.ok).toBe(false);
    const wrongShape = await encodeDraft({ ...draft, name: 'Not A Name' });
    expect(await decodeDraft(wrongShape)).toMatchObject({ ok: false, message: expect.stringMatching(/not valid/) });
  });

  it('finds the payload only under its own key', () => {
    expect(draftPayload('#draft=abc')).toBe('abc');
    expect(draftPayload('#other=1')).toBeNull();
    expect(draftPayload('')).toBeNull();
  });
});

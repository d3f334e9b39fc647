/** The root state: permalink routing, taking in a shared draft from the hash, and new-pair names. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PairDetail, PairIndex } from '../../server/api/contract.ts';
import type { Api } from '../../web/src/lib/api.ts';
import { MemoryDraftStore } from '../../web/src/lib/drafts/draft-store.ts';
import { Playground } from '../../web/src/lib/playground.svelte.ts';
import { encodeDraft } from '../../web/src/lib/share.ts';

const fizzbuzz: PairDetail = {
  name: 'fizzbuzz', category: 'algorithms', summary: 'FizzBuzz', keywords: [], features: [], speedup: null,
  python: 'py\n', cython: 'cy\n',
};
const index: PairIndex = {
  pairs: [fizzbuzz], categories: [{ id: 'algorithms', title: 'Classic algorithms', description: '', count: 1 }], features: [],
};
const api: Api = {
  health: async () => ({ ok: false, kind: 'offline', message: 'unused' }),
  index: async () => ({ ok: true, value: index }),
  pair: async (name) => (name === 'fizzbuzz'
    ? { ok: true, value: fizzbuzz }
    : { ok: false, kind: 'server', code: 'not_found', status: 404, message: 'Not found.' }),
  run: async () => ({ ok: false, kind: 'offline', message: 'unused' }),
};

/** Just enough of the browser's location and history for the router. */
let url: { pathname: string; hash: string; search: string };
beforeEach(() => {
  url = { pathname: '/', hash: '', search: '' };
  vi.stubGlobal('location', url);
  vi.stubGlobal('history', {
    state: null,
    pushState: (_: unknown, __: string, to: string) => Object.assign(url, { pathname: to, hash: '' }),
    replaceState: (_: unknown, __: string, to: string) => Object.assign(url, { pathname: to, hash: '' }),
  });
  vi.stubGlobal('addEventListener', () => {});
  vi.stubGlobal('requestIdleCallback', () => 0); // no Python in these tests
});
afterEach(() => {
  vi.unstubAllGlobals();
});

async function open(pathname: string, hash = ''): Promise<{ playground: Playground; store: MemoryDraftStore }> {
  Object.assign(url, { pathname, hash });
  const store = new MemoryDraftStore();
  const playground = new Playground({ api, openDrafts: async () => ({ store, warning: null }), location: url });
  await playground.start();
  return { playground, store };
}

describe('Playground', () => {
  it('opens the pair its permalink names', async () => {
    const { playground } = await open('/pair/fizzbuzz');
    expect(playground.workspace.phase).toBe('ready');
    expect(playground.workspace.python).toBe('py\n');
    expect(playground.catalog.index?.pairs).toHaveLength(1);
  });

  it('takes in a draft from a share link, saves it and drops the hash', async () => {
    const payload = await encodeDraft({ name: 'fizzbuzz', category: 'algorithms', basedOn: 'fizzbuzz', python: 'shared\n', cython: 'cy\n' });
    const { playground, store } = await open('/pair/fizzbuzz', `#draft=${payload}`);
    expect(playground.workspace.python).toBe('shared\n');
    expect((await store.get('fizzbuzz'))).toMatchObject({ ok: true, value: { python: 'shared\n' } });
    expect(url.hash).toBe('');
    expect(playground.notice).toBeNull();
  });

  it('reports a damaged share link and shows the dataset version', async () => {
    const { playground } = await open('/pair/fizzbuzz', '#draft=AAAA');
    expect(playground.notice).toMatch(/damaged|not valid/);
    expect(playground.workspace.python).toBe('py\n');
    playground.dismissNotice();
    expect(playground.notice).toBeNull();
  });

  it('ignores a share link made for another pair', async () => {
    const payload = await encodeDraft({ name: 'other_pair', category: 'algorithms', basedOn: null, python: 'x\n', cython: 'y\n' });
    const { playground } = await open('/pair/fizzbuzz', `#draft=${payload}`);
    expect(playground.notice).toMatch(/another pair/);
    expect(playground.workspace.python).toBe('py\n');
  });

  it('checks a new pair name against the naming rule, the dataset and the drafts', async () => {
    const { playground } = await open('/');
    expect(playground.nameProblem('Bad-Name')).toMatch(/lower_snake_case/);
    expect(playground.nameProblem('fizzbuzz')).toMatch(/already a pair/);
    await playground.createPair('sorting', 'my_sort');
    expect(url.pathname).toBe('/pair/my_sort');
    expect(playground.nameProblem('my_sort')).toMatch(/already have a draft/);
    expect(playground.nameProblem('another_one')).toBeNull();
  });
});

import { describe, expect, it, vi } from 'vitest';
import type { PairDetail } from '../../server/api/contract.ts';
import type { Api, ApiResult } from '../../web/src/lib/api.ts';
import { MemoryDraftStore } from '../../web/src/lib/drafts/draft-store.ts';
import { Drafts } from '../../web/src/lib/drafts/drafts.svelte.ts';
import { Workspace } from '../../web/src/lib/workspace.svelte.ts';

const fizzbuzz: PairDetail = {
  name: 'fizzbuzz', category: 'algorithms', summary: 'FizzBuzz', keywords: [], features: [], speedup: null,
  python: 'def fizzbuzz(n): ...\n', cython: 'def fizzbuzz(int n): ...\n',
};

const api: Pick<Api, 'pair'> = {
  async pair(name): Promise<ApiResult<PairDetail>> {
    return name === 'fizzbuzz' ? { ok: true, value: fizzbuzz } : { ok: false, kind: 'server', code: 'not_found', status: 404, message: 'Not found.' };
  },
};

function setup() {
  const store = new MemoryDraftStore();
  const drafts = new Drafts(async () => ({ store, warning: null }));
  return { store, drafts, workspace: new Workspace(api, drafts) };
}

describe('Workspace', () => {
  it('opens the dataset version when there is no draft', async () => {
    const { workspace } = setup();
    await workspace.openPair('fizzbuzz');
    expect(workspace.phase).toBe('ready');
    expect(workspace.python).toBe(fizzbuzz.python);
    expect(workspace.modified).toBe(false);
    expect(workspace.draftState).toBe('none');
  });

  it('saves an edit as a draft after a short delay and restores it on the next open', async () => {
    vi.useFakeTimers();
    try {
      const { workspace, store, drafts } = setup();
      await workspace.openPair('fizzbuzz');
      workspace.edit('cython', 'cdef int x = 1\n');
      expect(workspace.draftState).toBe('pending');
      expect((await store.get('fizzbuzz')).ok && (await store.get('fizzbuzz'))).toMatchObject({ value: null });
      await vi.runAllTimersAsync();
      expect(workspace.draftState).toBe('saved');
      expect(drafts.has('fizzbuzz')).toBe(true);

      const again = new Workspace(api, drafts);
      await again.openPair('fizzbuzz');
      expect(again.cython).toBe('cdef int x = 1\n');
      expect(again.modified).toBe(true);
      expect(again.draftState).toBe('saved');
    } finally {
      vi.useRealTimers();
    }
  });

  it('drops the draft when the edits are undone, and on reset', async () => {
    const { workspace, drafts } = setup();
    await workspace.openPair('fizzbuzz');
    workspace.edit('python', 'changed\n');
    await workspace.saveDraft();
    expect(drafts.has('fizzbuzz')).toBe(true);
    workspace.edit('python', fizzbuzz.python);
    await workspace.saveDraft();
    expect(drafts.has('fizzbuzz')).toBe(false);

    workspace.edit('python', 'changed again\n');
    await workspace.saveDraft();
    await workspace.resetToDataset();
    expect(workspace.python).toBe(fizzbuzz.python);
    expect(drafts.has('fizzbuzz')).toBe(false);
  });

  it('flushes a pending edit before another pair opens', async () => {
    const { workspace, drafts } = setup();
    await workspace.openPair('fizzbuzz');
    workspace.edit('python', 'pending\n');
    await workspace.openPair('missing_pair');
    expect((await drafts.get('fizzbuzz'))?.python).toBe('pending\n');
    expect(workspace.phase).toBe('missing');
  });

  it('takes in a shared draft when there is no local one', async () => {
    const { workspace, drafts } = setup();
    const shared = { name: 'fizzbuzz', category: 'algorithms', basedOn: 'fizzbuzz', python: 'shared py\n', cython: 'shared cy\n' };
    await workspace.openPair('fizzbuzz', shared);
    expect(workspace.python).toBe('shared py\n');
    expect(workspace.conflict).toBeNull();
    expect((await drafts.get('fizzbuzz'))?.cython).toBe('shared cy\n');
  });

  it('keeps the local draft and reports a conflict when a shared one differs', async () => {
    const { workspace } = setup();
    await workspace.openPair('fizzbuzz');
    workspace.edit('python', 'mine\n');
    await workspace.saveDraft();
    const shared = { name: 'fizzbuzz', category: 'algorithms', basedOn: 'fizzbuzz', python: 'theirs\n', cython: fizzbuzz.cython };
    await workspace.openPair('fizzbuzz', shared);
    expect(workspace.python).toBe('mine\n');
    expect(workspace.conflict).toEqual(shared);
    await workspace.acceptShared(shared);
    expect(workspace.python).toBe('theirs\n');
    expect(workspace.conflict).toBeNull();
  });

  it('opens a new pair that exists only as a draft (or a shared link)', async () => {
    const { workspace, drafts } = setup();
    await workspace.createPair('sorting', 'my_sort');
    expect(workspace.pair).toBeNull();
    expect(workspace.python).toContain('def my_sort(n: int)');
    expect(workspace.cython).toContain('@cython_benchmark');
    expect(drafts.has('my_sort')).toBe(true);

    const fresh = setup();
    const shared = { name: 'my_sort', category: 'sorting', basedOn: null, python: 'p\n', cython: 'c\n' };
    await fresh.workspace.openPair('my_sort', shared);
    expect(fresh.workspace.phase).toBe('ready');
    expect(fresh.workspace.category).toBe('sorting');
    expect(fresh.drafts.has('my_sort')).toBe(true);
  });

  it('lets the latest open win', async () => {
    const { workspace } = setup();
    const first = workspace.openPair('missing_pair');
    const second = workspace.openPair('fizzbuzz');
    await Promise.all([first, second]);
    expect(workspace.name).toBe('fizzbuzz');
    expect(workspace.phase).toBe('ready');
  });
});

/**
 * The pair being edited: its dataset version, the two sources, and its draft. Every edit is
 * saved as a draft shortly after it happens; a draft equal to the dataset version is dropped.
 */
import type { PairDetail } from '../../../server/api/contract.ts';
import type { Api } from './api.ts';
import type { Draft } from './drafts/draft.ts';
import type { Drafts } from './drafts/drafts.svelte.ts';
import type { SharedDraft } from './share.ts';
import { pairTemplate } from './template.ts';

export type Side = 'python' | 'cython';
export type Phase = 'empty' | 'loading' | 'ready' | 'missing' | 'error';
export type DraftState = 'none' | 'pending' | 'saved' | 'error';

/** How long after the last keystroke a draft is written. */
const SAVE_DELAY_MS = 300;

export class Workspace {
  phase = $state<Phase>('empty');
  error = $state<string | null>(null);
  name = $state('');
  category = $state('');
  /** The dataset version, or null for a pair that exists only as a draft. */
  pair = $state<PairDetail | null>(null);
  python = $state('');
  cython = $state('');
  draftState = $state<DraftState>('none');
  draftError = $state<string | null>(null);
  /** A shared link carried a version that differs from the local draft: the user chooses. */
  conflict = $state<SharedDraft | null>(null);

  /** True when the editors differ from the dataset (or the pair is new). */
  modified = $derived(this.phase === 'ready' && (this.pair === null || this.python !== this.pair.python || this.cython !== this.pair.cython));

  #api: Pick<Api, 'pair'>;
  #drafts: Drafts;
  #openId = 0;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #createdAt = 0;

  constructor(api: Pick<Api, 'pair'>, drafts: Drafts) {
    this.#api = api;
    this.#drafts = drafts;
  }

  /** Open a pair by name: its draft if there is one, else the dataset version; a shared draft is taken in. */
  async openPair(name: string, shared: SharedDraft | null = null): Promise<void> {
    await this.flush();
    const id = ++this.#openId;
    this.phase = 'loading';
    this.conflict = null;
    this.error = null;
    const [fetched, draft] = await Promise.all([this.#api.pair(name), this.#drafts.get(name)]);
    if (id !== this.#openId) return;
    if (!fetched.ok && !(fetched.kind === 'server' && 'status' in fetched && fetched.status === 404)) {
      this.phase = 'error';
      this.error = fetched.message;
      return;
    }
    const pair = fetched.ok ? fetched.value : null;
    const base = draft ?? pair ?? shared;
    if (!base) {
      this.phase = 'missing';
      this.name = name;
      return;
    }
    this.pair = pair;
    this.name = name;
    this.category = pair?.category ?? draft?.category ?? shared!.category;
    this.#createdAt = draft?.createdAt ?? Date.now();
    this.#show(base.python, base.cython, draft ? 'saved' : 'none');
    if (shared) {
      const same = draft && draft.python === shared.python && draft.cython === shared.cython;
      if (!draft || same) await this.acceptShared(shared);
      else this.conflict = shared;
    }
  }

  /** Start a new pair from the template; the name must already be checked as free. */
  async createPair(category: string, name: string): Promise<void> {
    await this.flush();
    ++this.#openId;
    const { python, cython } = pairTemplate(category, name);
    this.pair = null;
    this.name = name;
    this.category = category;
    this.conflict = null;
    this.#createdAt = Date.now();
    this.#show(python, cython, 'none');
    await this.saveDraft();
  }

  edit(side: Side, text: string): void {
    if (this.phase !== 'ready' || this[side] === text) return;
    this[side] = text;
    this.draftState = 'pending';
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.saveDraft(), SAVE_DELAY_MS);
  }

  /** Write the draft now (also what the debounce calls). */
  async saveDraft(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    if (this.phase !== 'ready') return;
    if (!this.modified) {
      await this.#drafts.discard(this.name);
      this.draftState = 'none';
      return;
    }
    const result = await this.#drafts.save(this.toDraft());
    this.draftState = result.ok ? 'saved' : 'error';
    this.draftError = result.ok ? null : result.message;
  }

  /** Save a pending edit before the page goes away or another pair opens. */
  async flush(): Promise<void> {
    if (this.#timer) await this.saveDraft();
  }

  /** Discard the draft and show the dataset version again. */
  async resetToDataset(): Promise<void> {
    if (!this.pair) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await this.#drafts.discard(this.name);
    this.conflict = null;
    this.#show(this.pair.python, this.pair.cython, 'none');
  }

  async acceptShared(shared: SharedDraft): Promise<void> {
    this.conflict = null;
    this.#show(shared.python, shared.cython, 'none');
    await this.saveDraft();
  }

  keepLocal(): void {
    this.conflict = null;
  }

  toDraft(): Draft {
    return {
      name: this.name,
      category: this.category,
      basedOn: this.pair?.name ?? null,
      python: this.python,
      cython: this.cython,
      createdAt: this.#createdAt,
      savedAt: Date.now(),
    };
  }

  #show(python: string, cython: string, draftState: DraftState): void {
    this.python = python;
    this.cython = cython;
    this.draftState = draftState;
    this.draftError = null;
    this.phase = 'ready';
  }
}

/** The drafts the user has, as state: the list, the records that could not be read, and where they live. */
import type { Result } from '../result.ts';
import type { Draft, DraftProblem } from './draft.ts';
import { MemoryDraftStore, type DraftStore, type OpenedStore } from './draft-store.ts';

export class Drafts {
  list = $state<Draft[]>([]);
  problems = $state<DraftProblem[]>([]);
  /** Set when drafts cannot persist here (no IndexedDB): shown, not thrown. */
  warning = $state<string | null>(null);

  #store: DraftStore = new MemoryDraftStore();
  #opening: Promise<void> | null = null;
  #open: () => Promise<OpenedStore>;

  constructor(open: () => Promise<OpenedStore>) {
    this.#open = open;
  }

  /** Open the store once; every other method waits for it. */
  ready(): Promise<void> {
    this.#opening ??= this.#open().then(({ store, warning }) => {
      this.#store = store;
      this.warning = warning;
      return this.refresh();
    });
    return this.#opening;
  }

  async refresh(): Promise<void> {
    const { drafts, problems } = await this.#store.list();
    this.list = drafts;
    this.problems = problems;
  }

  async get(name: string): Promise<Draft | null> {
    await this.ready();
    const result = await this.#store.get(name);
    if (result.ok) return result.value;
    if (!this.problems.some((p) => p.key === name)) this.problems.push({ key: name, message: result.message });
    return null;
  }

  async save(draft: Draft): Promise<Result<void, 'write'>> {
    await this.ready();
    const result = await this.#store.put(draft);
    if (result.ok) {
      this.list = [draft, ...this.list.filter((d) => d.name !== draft.name)];
      this.problems = this.problems.filter((p) => p.key !== draft.name); // an unreadable record was overwritten
    }
    return result;
  }

  /** Delete a draft (or an unreadable record) by name. */
  async discard(name: string): Promise<void> {
    await this.ready();
    await this.#store.delete(name);
    this.list = this.list.filter((d) => d.name !== name);
    this.problems = this.problems.filter((p) => p.key !== name);
  }

  has(name: string): boolean {
    return this.list.some((d) => d.name === name);
  }
}

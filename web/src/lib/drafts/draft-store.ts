/**
 * Drafts in IndexedDB (via idb). The database is versioned with one migration per version,
 * and every record is validated on read: a corrupt or unknown record is reported in
 * `problems` and skipped, never thrown at the user. Without IndexedDB (some private modes)
 * drafts live in memory and `persistent` says so.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { errorMessage, fail, ok, type Result } from '../result.ts';
import { describeIssue, draftSchema, type Draft, type DraftProblem } from './draft.ts';

export const DB_NAME = 'cnake-charmer';
export const DB_VERSION = 2;
const STORE = 'drafts';

type Db = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/**
 * Migration N takes the database from version N-1 to N. Never edit a shipped one: add the next.
 * v1: drafts keyed by name {name, category, python, cython, savedAt}.
 * v2: adds basedOn (v1 only drafted dataset pairs, so basedOn = name) and createdAt; index by savedAt.
 */
export const MIGRATIONS: Record<number, (db: Db, tx: UpgradeTx) => Promise<void>> = {
  1: async (db) => {
    db.createObjectStore(STORE, { keyPath: 'name' });
  },
  2: async (_db, tx) => {
    const store = tx.objectStore(STORE);
    store.createIndex('savedAt', 'savedAt');
    for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
      const value: unknown = cursor.value;
      // Leave records we cannot understand as they are: reading reports them.
      if (typeof value !== 'object' || value === null || !('savedAt' in value)) continue;
      const record = value as Record<string, unknown>;
      await cursor.update({ basedOn: record.name ?? null, createdAt: record.savedAt, ...record });
    }
  },
};

export interface DraftList {
  drafts: Draft[];
  problems: DraftProblem[];
}

export interface DraftStore {
  /** False when drafts only live in memory (no IndexedDB here). */
  readonly persistent: boolean;
  list(): Promise<DraftList>;
  get(name: string): Promise<Result<Draft | null, 'corrupt'>>;
  put(draft: Draft): Promise<Result<void, 'write'>>;
  delete(name: string): Promise<void>;
  close(): void;
}

function read(key: IDBValidKey, value: unknown): Result<Draft, 'corrupt'> {
  const parsed = draftSchema.safeParse(value);
  return parsed.success
    ? ok(parsed.data)
    : fail('corrupt', `The saved draft "${String(key)}" cannot be read (${describeIssue(parsed.error)}); it was skipped.`);
}

class IdbDraftStore implements DraftStore {
  readonly persistent = true;
  #db: Db;
  constructor(db: Db) {
    this.#db = db;
  }

  async list(): Promise<DraftList> {
    const drafts: Draft[] = [];
    const problems: DraftProblem[] = [];
    let cursor = await this.#db.transaction(STORE).store.openCursor();
    for (; cursor; cursor = await cursor.continue()) {
      const result = read(cursor.key, cursor.value);
      if (result.ok) drafts.push(result.value);
      else problems.push({ key: String(cursor.key), message: result.message });
    }
    drafts.sort((a, b) => b.savedAt - a.savedAt);
    return { drafts, problems };
  }

  async get(name: string): Promise<Result<Draft | null, 'corrupt'>> {
    const value: unknown = await this.#db.get(STORE, name);
    return value === undefined ? ok(null) : read(name, value);
  }

  async put(draft: Draft): Promise<Result<void, 'write'>> {
    try {
      await this.#db.put(STORE, draftSchema.parse(draft));
      return ok(undefined);
    } catch (error) {
      return fail('write', `The draft could not be saved: ${errorMessage(error)}`);
    }
  }

  async delete(name: string): Promise<void> {
    await this.#db.delete(STORE, name);
  }

  close(): void {
    this.#db.close();
  }
}

/** The fallback when IndexedDB is missing or refuses to open. */
export class MemoryDraftStore implements DraftStore {
  readonly persistent = false;
  #drafts = new Map<string, Draft>();
  async list(): Promise<DraftList> {
    return { drafts: [...this.#drafts.values()].sort((a, b) => b.savedAt - a.savedAt), problems: [] };
  }
  async get(name: string): Promise<Result<Draft | null, 'corrupt'>> {
    return ok(this.#drafts.get(name) ?? null);
  }
  async put(draft: Draft): Promise<Result<void, 'write'>> {
    this.#drafts.set(draft.name, { ...draft });
    return ok(undefined);
  }
  async delete(name: string): Promise<void> {
    this.#drafts.delete(name);
  }
  close(): void {}
}

export interface OpenedStore {
  store: DraftStore;
  /** Why drafts are not persistent, when they are not. */
  warning: string | null;
}

export async function openDraftStore(name = DB_NAME, factory: IDBFactory | undefined = globalThis.indexedDB): Promise<OpenedStore> {
  if (!factory) return { store: new MemoryDraftStore(), warning: 'This browser has no IndexedDB: drafts last until you close the tab.' };
  try {
    const db = await openDB(name, DB_VERSION, {
      async upgrade(database, oldVersion, newVersion, tx) {
        for (let version = oldVersion + 1; version <= (newVersion ?? DB_VERSION); version++) {
          await MIGRATIONS[version]!(database, tx);
        }
      },
      blocked() {
        // Another tab holds an older version open; it closes its connection on `versionchange`.
      },
    });
    db.addEventListener('versionchange', () => db.close());
    return { store: new IdbDraftStore(db), warning: null };
  } catch (error) {
    return {
      store: new MemoryDraftStore(),
      warning: `Drafts cannot be saved in this browser (${errorMessage(error)}): they last until you close the tab.`,
    };
  }
}

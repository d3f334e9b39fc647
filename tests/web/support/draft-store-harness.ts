/**
 * Runs in Chromium (bundled by draft-store.test.ts): scenarios against the real IndexedDB.
 * Each returns plain JSON for the test to assert on.
 */
import { openDB } from 'idb';
import { DB_VERSION, openDraftStore } from '../../../web/src/lib/drafts/draft-store.ts';
import type { Draft } from '../../../web/src/lib/drafts/draft.ts';

const draft = (name: string, savedAt = 1): Draft => ({
  name, category: 'algorithms', basedOn: name, python: `def ${name}(): pass\n`, cython: `def ${name}(): pass\n`, createdAt: 1, savedAt,
});

const scenarios = {
  async roundTrip(db: string) {
    const { store, warning } = await openDraftStore(db);
    await store.put(draft('older', 1));
    await store.put(draft('newer', 2));
    await store.put({ ...draft('older', 3), python: 'edited\n' });
    const list = await store.list();
    const got = await store.get('older');
    const missing = await store.get('nope');
    await store.delete('newer');
    const after = await store.list();
    store.close();
    return { persistent: store.persistent, warning, names: list.drafts.map((d) => d.name), got, missing, after: after.drafts.map((d) => d.name) };
  },

  async corruptRecord(db: string) {
    const { store } = await openDraftStore(db);
    await store.put(draft('good'));
    store.close();
    // Something else (an old build, a hand edit, disk trouble) left a record that is not a draft.
    const raw = await openDB(db, DB_VERSION);
    await raw.put('drafts', { name: 'broken', python: 42 });
    raw.close();
    const reopened = await openDraftStore(db);
    const list = await reopened.store.list();
    const get = await reopened.store.get('broken');
    reopened.store.close();
    return { names: list.drafts.map((d) => d.name), problems: list.problems, get };
  },

  async upgradeFromV1(db: string) {
    const v1 = await openDB(db, 1, { upgrade: (d) => void d.createObjectStore('drafts', { keyPath: 'name' }) });
    await v1.put('drafts', { name: 'fizzbuzz', category: 'algorithms', python: 'p\n', cython: 'c\n', savedAt: 5 });
    await v1.put('drafts', { name: 'junk' });
    v1.close();
    const { store, warning } = await openDraftStore(db);
    const list = await store.list();
    store.close();
    const raw = await openDB(db);
    const version = raw.version;
    const indexes = [...raw.transaction('drafts').store.indexNames];
    raw.close();
    return { warning, version, indexes, drafts: list.drafts, problems: list.problems };
  },

  async newerDatabase(db: string) {
    const future = await openDB(db, DB_VERSION + 7, { upgrade: (d) => void d.createObjectStore('drafts', { keyPath: 'name' }) });
    future.close();
    const { store, warning } = await openDraftStore(db);
    const saved = await store.put(draft('kept_in_memory'));
    return { persistent: store.persistent, warning, saved, names: (await store.list()).drafts.map((d) => d.name) };
  },
};

export type Scenarios = typeof scenarios;
(globalThis as unknown as { scenarios: Scenarios }).scenarios = scenarios;

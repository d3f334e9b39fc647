/** The root of the app's state: builds each state class once and routes between pairs. */
import { createContext } from 'svelte';
import { httpApi, type Api } from './api.ts';
import { Catalog } from './catalog.svelte.ts';
import { CythonRunner } from './cython-runner.svelte.ts';
import { openDraftStore, type OpenedStore } from './drafts/draft-store.ts';
import { Drafts } from './drafts/drafts.svelte.ts';
import { PythonRunner } from './python/python-runner.svelte.ts';
import { Router } from './router.svelte.ts';
import { decodeDraft, draftPayload } from './share.ts';
import { Workspace } from './workspace.svelte.ts';

/** What the app talks to; tests pass fakes. */
export interface PlaygroundDeps {
  api?: Api;
  openDrafts?: () => Promise<OpenedStore>;
  python?: PythonRunner;
  location?: { pathname: string; hash: string };
}

export class Playground {
  readonly router: Router;
  readonly catalog: Catalog;
  readonly drafts: Drafts;
  readonly workspace: Workspace;
  readonly python: PythonRunner;
  readonly cython: CythonRunner;
  /** A one-line message for the user (a damaged share link, …). */
  notice = $state<string | null>(null);

  constructor(deps: PlaygroundDeps = {}) {
    const api = deps.api ?? httpApi;
    this.router = new Router(deps.location);
    this.catalog = new Catalog(() => api.index());
    this.drafts = new Drafts(deps.openDrafts ?? (() => openDraftStore()));
    this.workspace = new Workspace(api, this.drafts);
    this.python = deps.python ?? new PythonRunner();
    this.cython = new CythonRunner(api);
  }

  dismissNotice(): void {
    this.notice = null;
  }

  async start(): Promise<void> {
    this.router.listen(() => void this.#openRoute());
    addEventListener('pagehide', () => void this.workspace.flush());
    await Promise.all([this.catalog.load(), this.drafts.ready(), this.#openRoute()]);
  }

  openPair(name: string): void {
    if (this.router.route.kind === 'pair' && this.router.route.name === name && !this.router.hash) return;
    this.router.openPair(name);
    void this.#openRoute();
  }

  openHome(): void {
    this.router.openHome();
  }

  async createPair(category: string, name: string): Promise<void> {
    this.router.openPair(name);
    this.cython.clear();
    this.python.clear();
    await this.workspace.createPair(category, name);
    this.#warmUpPython();
  }

  /** Check a proposed new pair name: the dataset rule, the index and the local drafts. */
  nameProblem(name: string): string | null {
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) return 'Use lower_snake_case: letters, digits and underscores.';
    if (this.catalog.isNameTaken(name)) return `"${name}" is already a pair in the dataset.`;
    if (this.drafts.has(name)) return `You already have a draft named "${name}".`;
    return null;
  }

  async #openRoute(): Promise<void> {
    const route = this.router.route;
    if (route.kind !== 'pair') return;
    this.cython.clear();
    this.python.clear();
    const payload = draftPayload(this.router.hash);
    let shared = null;
    if (payload) {
      const decoded = await decodeDraft(payload);
      if (decoded.ok && decoded.value.name === route.name) shared = decoded.value;
      else this.notice = decoded.ok ? 'The shared link names another pair; it was ignored.' : decoded.message;
      this.router.clearHash();
    }
    await this.workspace.openPair(route.name, shared);
    this.#warmUpPython();
  }

  /**
   * Start Python in the background once a pair is on screen, so "Run" does not wait for the
   * runtime (~3 s cold). Idle time only: on two cores it would otherwise slow Monaco down.
   */
  #warmUpPython(): void {
    if (this.workspace.phase !== 'ready' || this.python.status.stage !== 'idle') return;
    const start = () => void this.python.start();
    if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 4000 });
    else setTimeout(start, 1500);
  }
}

export const [usePlayground, providePlayground] = createContext<Playground>();

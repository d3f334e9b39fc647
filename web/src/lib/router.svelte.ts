/** The app's two places: the catalogue (`/`) and a pair (`/pair/<name>`, a permalink). History API routing. */

export type Route = { kind: 'home' } | { kind: 'pair'; name: string };

export function parseRoute(pathname: string): Route {
  const match = /^\/pair\/([^/]+)\/?$/.exec(pathname);
  return match ? { kind: 'pair', name: decodeURIComponent(match[1]!) } : { kind: 'home' };
}

export class Router {
  route = $state<Route>({ kind: 'home' });
  hash = $state('');

  constructor(location: { pathname: string; hash: string } = globalThis.location) {
    this.route = parseRoute(location.pathname);
    this.hash = location.hash;
  }

  /** Follow back/forward buttons. Returns the cleanup. */
  listen(onChange: () => void): () => void {
    const onPop = () => {
      this.route = parseRoute(location.pathname);
      this.hash = location.hash;
      onChange();
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }

  openPair(name: string): void {
    this.#go(`/pair/${encodeURIComponent(name)}`);
  }

  openHome(): void {
    this.#go('/');
  }

  /** Drop the `#draft=…` payload once it has been taken in, so a reload does not re-import it. */
  clearHash(): void {
    this.hash = '';
    history.replaceState(history.state, '', location.pathname + location.search);
  }

  #go(path: string): void {
    if (location.pathname !== path || location.hash) history.pushState(null, '', path);
    this.route = parseRoute(path);
    this.hash = '';
  }
}

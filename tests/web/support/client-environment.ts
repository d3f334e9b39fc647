/**
 * A vitest environment for the web app's state classes: plain Node globals, but modules are
 * transformed for the *client* (Svelte compiles runes to its browser runtime, not SSR,
 * where `$derived` and `$effect` would not react). No DOM is needed by the state classes.
 */
import type { Environment } from 'vitest/environments';

export default {
  name: 'svelte-client',
  viteEnvironment: 'client',
  setup() {
    return { teardown() {} };
  },
} satisfies Environment;

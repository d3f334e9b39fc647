/**
 * Debian's Chromium driven by playwright-core (no browser download), with the flags FACTS.md
 * found to work here. playwright gives every launch a fresh temporary profile.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

function checkInstalled(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH)`);
  }
}

/** A browser whose contexts are off the record (in-memory cache): each test starts clean. */
export async function launchChromium(): Promise<Browser> {
  checkInstalled();
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** A browser with a profile on disk, so its HTTP cache and Cache Storage behave as a user's do. */
export async function launchPersistentChromium(profileDir: string): Promise<BrowserContext> {
  checkInstalled();
  return chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

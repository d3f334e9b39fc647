/**
 * The playground end to end in real Chromium against the real server: permalink, both
 * editors, Python in Pyodide, Cython on the server, a compile error's marker, a draft
 * surviving a reload, and a draft's share link in a fresh browser.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { buildWeb, startServer, type RunningServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
/** What the content security policy refused, in any page or worker: each test must leave none. */
const refused: string[] = [];

beforeAll(async () => {
  buildWeb();
  [server, browser] = await Promise.all([startServer(), launchChromium()]);
}, 180_000);

afterEach(async () => {
  // Each closed context takes its Pyodide worker with it: two cores are shared with the server.
  await Promise.all(contexts.splice(0).map((context) => context.close()));
  expect(refused.splice(0)).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function freshPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  return page;
}

const testid = (id: string) => `[data-testid="${id}"]`;

async function openPair(page: Page, path: string): Promise<void> {
  await page.goto(`${server.url}${path}`);
  await page.waitForSelector(`${testid('editor-python')}[data-ready="true"]`, { timeout: 30_000 });
  await page.waitForSelector(`${testid('editor-cython')}[data-ready="true"]`, { timeout: 30_000 });
}

/** The visible text of an editor; Monaco renders spaces as no-break spaces. */
const editorText = async (page: Page, id: string) => (await page.locator(`${testid(id)} .view-lines`).innerText()).replaceAll('\u00a0', ' ');

/**
 * Wait until an editor shows `fragment`. Monaco takes typed text through the EditContext API,
 * whose updates can land after `keyboard.type` returns on a busy machine.
 */
async function waitForText(page: Page, id: string, fragment: string): Promise<void> {
  await expect.poll(() => editorText(page, id), { timeout: 10_000 }).toContain(fragment);
}

/**
 * Type `text` as one input event. Key by key, a busy machine can deliver a character's
 * EditContext update before Monaco has synced the indentation it added after Enter, and
 * the character then replaces that indentation.
 */
async function typeText(page: Page, id: string, text: string): Promise<void> {
  await page.keyboard.insertText(text);
  await waitForText(page, id, text.trim().split('\n').at(-1)!.trim());
}

/** Put the caret at the end of the (unique) editor line containing `line`, then type. */
async function typeAfterLine(page: Page, id: string, line: string, text: string): Promise<void> {
  await page.locator(`${testid(id)} .view-line`).filter({ hasText: line }).click();
  await page.keyboard.press('End');
  await typeText(page, id, text);
}

describe('playground in Chromium', () => {
  it('opens a pair by permalink with both editors and the pair list', async () => {
    const page = await freshPage();
    await openPair(page, '/pair/fizzbuzz');
    expect(await page.locator(`${testid('pair-list')} a.active`).innerText()).toContain('fizzbuzz');
    expect(await editorText(page, 'editor-python')).toContain('def fizzbuzz(n: int)');
    expect(await editorText(page, 'editor-cython')).toContain('cdef int i, r3, r5');
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);

    // The Cython grammar colours what Monaco's Python grammar leaves plain: cdef (keyword), int (C type).
    const colour = (word: string) => page.locator(`${testid('editor-cython')} .view-line span span`).filter({ hasText: new RegExp(`^${word}$`) }).first()
      .evaluate((span) => getComputedStyle(span).color);
    await expect.poll(() => colour('cdef')).toBe('rgb(29, 78, 216)');
    expect(await colour('int')).toBe('rgb(15, 118, 110)');
  });

  it('runs the Python side in Pyodide and shows each case, then starts from the cached snapshot', async () => {
    const page = await freshPage();
    await openPair(page, '/pair/fizzbuzz');
    await page.click(testid('run-python'));
    const output = page.locator(testid('python-output'));
    await output.locator('table').waitFor({ timeout: 60_000 });
    const text = await output.innerText();
    expect(text).toContain('fizzbuzz(15)');
    expect(text).toContain("['1', '2', 'Fizz', '4', 'Buzz'");
    expect(text).toMatch(/Pyodide ran the benchmark in [\d.]+ (ms|s)/);

    // A second visit restores the interpreter from the snapshot the first one cached.
    // The snapshot is written to Cache Storage in the background: wait until it is there.
    await expect.poll(() => page.evaluate(async () => (await (await caches.open('cnake-charmer-pyodide')).keys()).length), { timeout: 30_000 }).toBe(1);
    await openPair(page, '/pair/fizzbuzz');
    await page.click(testid('run-python'));
    await output.locator('table').waitFor({ timeout: 60_000 });
    expect(await output.innerText()).toContain('from the cached snapshot');
  });

  it('stops a runaway Python run through the interrupt buffer', async () => {
    const page = await freshPage();
    await openPair(page, '/pair/fizzbuzz');
    await page.locator(`${testid('editor-python')} .view-lines`).click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    // Valid Python whether or not Monaco adds its own indentation after the colon.
    await typeText(page, 'editor-python', 'from cnake_charmer.benchmarks import python_benchmark\n@python_benchmark(args=(1,))\ndef spin(n: int) -> int:\n    while True: n += 1\n');
    await page.click(testid('run-python'));
    const output = page.locator(testid('python-output'));
    await page.getByRole('button', { name: 'Stop' }).click({ timeout: 60_000 }).catch(async (error: unknown) => {
      throw new Error(`no Stop button; editor:\n${await editorText(page, 'editor-python')}\noutput:\n${await output.innerText()}`, { cause: error });
    });
    await output.getByText('Stopped').waitFor({ timeout: 10_000 });
    expect(await output.innerText()).not.toMatch(/restarts/); // interrupted in place, not by killing the worker
  });

  it('compiles and runs the Cython side with Ctrl+Enter: ✓ equivalence and a speedup', async () => {
    const page = await freshPage();
    await openPair(page, '/pair/fizzbuzz');
    await page.locator(`${testid('editor-cython')} .view-line`).filter({ hasText: 'cdef int i, r3, r5' }).click();
    await page.keyboard.press('Control+Enter');
    const speedup = page.locator(testid('speedup'));
    await speedup.waitFor({ timeout: 120_000 });
    expect(await speedup.innerText()).toMatch(/^\d+(\.\d)?×$/);
    const result = await page.locator(testid('cython-result')).innerText();
    expect(result).toContain('✓ Equivalent on every case');
    expect(await page.locator(`${testid('editor-cython')} .ann-1, ${testid('editor-cython')} .ann-2, ${testid('editor-cython')} .ann-3, ${testid('editor-cython')} .ann-4`).count()).toBeGreaterThan(0);
  });

  it('marks a compile error on its line', async () => {
    const page = await freshPage();
    await openPair(page, '/pair/fizzbuzz');
    // The new line goes right after `cdef int i, r3, r5`; find its number from the gutter.
    const anchor = 'cdef int i, r3, r5';
    await typeAfterLine(page, 'editor-cython', anchor, '\ncdef int bad = "text"');
    await page.click(testid('run-cython'));
    await page.waitForSelector(`${testid('cython-result')}[data-class="compile_error"]`, { timeout: 120_000 });
    const squiggle = page.locator(`${testid('editor-cython')} .squiggly-error`).first();
    await squiggle.waitFor({ timeout: 10_000 });
    const badLine = page.locator(`${testid('editor-cython')} .view-line`).filter({ hasText: 'cdef int bad = "text"' });
    const [squiggleBox, lineBox] = await Promise.all([squiggle.boundingBox(), badLine.boundingBox()]);
    expect(Math.abs(squiggleBox!.y - lineBox!.y)).toBeLessThan(4);
    expect(await page.locator(testid('cython-result')).innerText()).toMatch(/Compilation failed/);
  });

  it('starts a new pair from the template, verifies it and exports it as a patch', async () => {
    const page = await freshPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: 'New pair', exact: true }).click();
    await page.getByLabel('Category').selectOption('numerical');
    await page.getByLabel('Name').fill('fizzbuzz');
    expect(await page.locator('.dialog').innerText()).toContain('already a pair in the dataset');
    await page.getByLabel('Name').fill('sum_of_squares_e2e');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.waitForSelector(`${testid('editor-python')}[data-ready="true"]`);
    expect(new URL(page.url()).pathname).toBe('/pair/sum_of_squares_e2e');

    await page.getByRole('button', { name: 'Verify' }).click();
    const checks = page.locator(`${testid('cython-result')} .checks`);
    await checks.waitFor({ timeout: 120_000 });
    expect(await checks.locator('li.pass').count()).toBe(4);

    await page.getByRole('button', { name: /Export/ }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: /Git patch/ }).click()]);
    expect(download.suggestedFilename()).toBe('sum_of_squares_e2e.patch');
    const patch = readFileSync(await download.path(), 'utf8');
    expect(patch).toContain('+++ b/dataset/cnake_charmer/py/numerical/sum_of_squares_e2e.py');
    expect(patch).toContain('+++ b/dataset/cnake_charmer/cy/numerical/sum_of_squares_e2e.pyx');
  });

  it('keeps an edit as a draft across a reload, and its share link opens it in a fresh browser', async () => {
    const page = await freshPage();
    await openPair(page, '/pair/fizzbuzz');
    await typeAfterLine(page, 'editor-python', 'from typing import List', '\n# edited in the browser');
    await page.waitForSelector(`${testid('draft-status')}[data-state="saved"]`, { timeout: 10_000 });

    await page.reload();
    await openPair(page, '/pair/fizzbuzz');
    expect(await editorText(page, 'editor-python')).toContain('# edited in the browser');
    expect(await page.locator(testid('draft-status')).getAttribute('data-state')).toBe('saved');

    await page.getByRole('button', { name: 'Share' }).click();
    const link = await page.locator(testid('share-link')).inputValue();
    expect(link).toMatch(/\/pair\/fizzbuzz#draft=/);

    const other = await freshPage(); // a new context: empty IndexedDB
    await openPair(other, new URL(link).pathname + new URL(link).hash);
    expect(await editorText(other, 'editor-python')).toContain('# edited in the browser');
    await other.waitForSelector(`${testid('draft-status')}[data-state="saved"]`, { timeout: 10_000 });
    expect(new URL(other.url()).hash).toBe(''); // taken in, so a reload does not import it again
  });
});

/**
 * Queries that try to break the page: empty, blank, very long, punctuation
 * only, and markup. None may throw, inject an element or run a script.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { readShown, settled } from '../helpers/search-browser.ts';
import { serveDist } from '../helpers/static-server.ts';

const fixture = inject('fixture');
let site: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;

beforeAll(async () => {
  site = await serveDist(fixture.dist, '/atlas/');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const HOSTILE: [string, string][] = [
  ['empty', ''],
  ['whitespace only', ' \u3000\t '],
  ['1,000 characters', '集成电路'.repeat(250)],
  ['punctuation only', '。，、！？…——!!!???'],
  ['a script tag', '<script>window.__pwned = 1</script>'],
  ['an image with a handler', '"><img src=x onerror="window.__pwned=2">'],
  ['an MDX expression', "{constructor.constructor('window.__pwned=3')()}"],
];

/** The page's markup outside the results and status, plus signs of anything having run. */
async function fingerprint(page: Page) {
  return page.evaluate(() => ({
    scripts: document.scripts.length,
    images: document.images.length,
    iframes: document.querySelectorAll('iframe').length,
    pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
  }));
}

async function run(query: string, how: 'url' | 'typed') {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  try {
    await page.goto(`${site.url}search/${how === 'url' ? `?q=${encodeURIComponent(query)}` : ''}`);
    await settled(page);
    const before = await fingerprint(page);
    if (how === 'typed') {
      await page.locator('#search-q').fill(query);
      await page.locator('#search-q').press('Enter');
      await page.waitForTimeout(400);
      await settled(page);
    }
    return { before, after: await fingerprint(page), shown: await readShown(page), errors, dialogs, url: page.url() };
  } finally {
    await context.close();
  }
}

describe.each(['url', 'typed'] as const)('hostile queries, %s', (how) => {
  test.each(HOSTILE)('%s leaves the page working and unchanged', async (_name, query) => {
    const result = await run(query, how);
    expect(result.errors).toEqual([]);
    expect(result.dialogs).toEqual([]);
    expect(result.after).toEqual(result.before);
    expect(result.after.pwned).toBeNull();
    expect(['idle', 'done']).toContain(result.shown.state);
  });
});

describe('what hostile queries show', () => {
  test('markup in a query that finds nothing is quoted as text in the status line', async () => {
    const { shown } = await run('<b>xqzvkjwpq</b>', 'url');
    expect(shown.hits).toEqual([]);
    expect(shown.status).toContain('<b>xqzvkjwpq</b>');
  });

  test('a page that quotes markup shows it as text in its excerpt', async () => {
    const { shown, before, after } = await run('onerror', 'url');
    const quoting = shown.hits.find((h) => h.excerpt.includes('<script>') || h.excerpt.includes('<img'));
    expect(quoting, JSON.stringify(shown.hits.map((h) => h.excerpt))).toBeDefined();
    expect(after).toEqual(before);
  });

  test('a punctuation-only query asks for a word instead of searching', async () => {
    const { shown } = await run('。，、！？', 'url');
    expect(shown.state).toBe('idle');
    expect(shown.hits).toEqual([]);
  });

  test('a 1,000-character query is cut, searched and kept short in the URL', async () => {
    const { shown, url } = await run('集成电路'.repeat(250), 'typed');
    expect(shown.state).toBe('done');
    expect((new URL(url).searchParams.get('q') ?? '').length).toBeLessThanOrEqual(100);
  });
});

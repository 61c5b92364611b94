/**
 * Driving the built search page in Chromium for the search browser tests and
 * the benchmark: open a query, read what the page shows, and count
 * the bytes each request fetched.
 */
import type { Page } from 'playwright-core';

/** One result as the reader sees it. */
export interface ShownHit {
  type: string;
  href: string;
  title: string;
  excerpt: string;
  marks: string[];
  date: string | null;
}

/** What the search page shows once a search has settled. */
export interface Shown {
  state: string;
  status: string;
  hits: ShownHit[];
}

/** Wait until the page's script has run and no search is in flight. */
export async function settled(page: Page): Promise<void> {
  await page.waitForSelector('[data-search-state]:not([data-search-state="searching"])', { timeout: 30_000 });
}

/** Read the results list. */
export async function readShown(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const root = document.querySelector<HTMLElement>('[data-search-locale]')!;
    const hits = [...root.querySelectorAll<HTMLElement>('.search-hit')].map((li) => ({
      type: li.dataset.type ?? '',
      href: li.querySelector('a')?.getAttribute('href') ?? '',
      title: li.querySelector('a')?.textContent ?? '',
      excerpt: li.querySelector('.search-hit__excerpt')?.textContent ?? '',
      marks: [...li.querySelectorAll('.search-hit__excerpt mark')].map((m) => m.textContent ?? ''),
      date: li.querySelector('time')?.getAttribute('datetime') ?? null,
    }));
    const status = root.querySelector('[data-search-status]')?.textContent ?? '';
    return { state: root.dataset.searchState ?? '', status, hits };
  });
}

/** Show every result (press "show more" until it disappears). */
export async function showAll(page: Page): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const more = page.locator('[data-search-more]:visible');
    if ((await more.count()) === 0) return;
    const before = await page.locator('.search-hit').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('.search-hit').length > n, before);
  }
}

/** Open a search page URL, wait for the search to settle and read every result. */
export async function openSearch(page: Page, url: string): Promise<Shown> {
  await page.goto(url);
  await settled(page);
  await showAll(page);
  return readShown(page);
}

/** Response sizes of every request a page makes, in order, as `{ url, bytes }`. */
export function recordTraffic(page: Page): { url: string; bytes: number }[] {
  const log: { url: string; bytes: number }[] = [];
  page.on('response', (response) => {
    void response
      .body()
      .then((body) => log.push({ url: response.url(), bytes: body.length }))
      .catch(() => log.push({ url: response.url(), bytes: 0 }));
  });
  return log;
}

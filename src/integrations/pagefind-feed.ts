/**
 * Feeding one locale's built pages to a Pagefind index: each marked page is
 * read once, prepared (text in the other Chinese script marked as not
 * indexed, the locale's words for its regional terms added, `id`
 * attributes taken out) and sent, several in flight, in path order; park
 * pages are held back and sent as directories at the end
 * (`park-directory.ts`). Filter values are tallied page by page, parks
 * included, for the search page's menus.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type * as pagefind from 'pagefind';
import { HTML_LANG, type Locale } from '../i18n/locales.ts';
import { addPageFilters, pageFilters, type FilterValues } from '../lib/search/filter-values.ts';
import { withFoldedKeywords } from '../lib/search/folded-keywords.ts';
import type { FoldingTable } from '../lib/search/folding.ts';
import { ignoreForeignScript } from '../lib/search/foreign-script.ts';
import { directoryPages, parkSection, type ParkSection } from '../lib/search/park-directory.ts';
import { withoutIds } from '../lib/search/without-ids.ts';
import { foldingTerms, markedIn } from './pagefind-pages.ts';

/** Throw when Pagefind reports errors, naming the step that failed. */
export function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`pagefind: ${step} failed:\n  ${errors.join('\n  ')}`);
}

/** The URL a built file is served at, relative to the base (`cities/qingdao/index.html` → `/cities/qingdao/`). */
export function pageUrl(path: string): string {
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** What feeding a locale sent. */
export interface Fed {
  filters: FilterValues;
  /** Marked pages read (parks one each, though they are sent as directories). */
  sent: number;
}

/**
 * A sender keeping up to `inFlight` records in flight (the service keeps
 * busy while the next file is read; it indexes them in the order sent);
 * `drain` waits for the rest, rejecting on the first one Pagefind reports
 * an error for, named by `what`.
 */
function sender(index: pagefind.PagefindIndex, inFlight: number) {
  const pending: Promise<void>[] = [];
  return {
    async send(url: string, content: string, what: string): Promise<void> {
      const added = index.addHTMLFile({ url, content }).then((r) => check(`indexing ${what}`, r.errors));
      // Handled when awaited; this only keeps an early failure from counting as unhandled meanwhile.
      added.catch(() => undefined);
      pending.push(added);
      if (pending.length >= inFlight) await pending.shift();
    },
    drain: () => Promise.all(pending),
  };
}

/**
 * Send a locale's marked pages to an index (unmarked ones are passed over),
 * then its park directories, tallying filter values.
 */
export async function feed(
  index: pagefind.PagefindIndex,
  site: string,
  locale: Locale,
  paths: readonly string[],
  inFlight: number,
): Promise<Fed> {
  const filters: FilterValues = {};
  const terms: FoldingTable['terms'] = await foldingTerms(site, locale);
  const out = sender(index, inFlight);
  const parks: ParkSection[] = [];
  let sent = 0;
  for (const path of paths) {
    const page = await readFile(join(site, path), 'utf8');
    if (!markedIn(page, locale, path)) continue;
    sent += 1;
    const content = withoutIds(withFoldedKeywords(ignoreForeignScript(page), terms));
    const pairs = pageFilters(content);
    addPageFilters(filters, pairs);
    const park = parkSection(content, pageUrl(path), pairs);
    if (park) parks.push(park);
    else await out.send(pageUrl(path), content, path);
  }
  for (const directory of directoryPages(parks, HTML_LANG[locale]))
    await out.send(directory.url, directory.content, `the park directory ${directory.url}`);
  await out.drain();
  return { filters, sent };
}

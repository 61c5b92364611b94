/**
 * Which built pages go into which locale's search index. Only pages with a
 * `data-pagefind-body` element are indexed (article, city, park and industry
 * pages; cluster pages, lists, maps, embeds and the search page itself have
 * none: see `src/lib/search/page-meta.ts`), so the others are
 * never sent to Pagefind at all; each locale indexes the marked pages of its
 * own folder, whose `<html lang>` must say so.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { DEFAULT_LOCALE, HTML_LANG, LOCALES, localeParam, localizedPath, type Locale } from '../i18n/locales.ts';
import { SEARCH_ROOT } from '../lib/search/bundle-path.ts';
import { MARKED_ELEMENT } from '../lib/search/folded-keywords.ts';
import type { FoldingTable } from '../lib/search/folding.ts';

const HTML_LANG_ATTR = /<html\b[^>]*?\slang=(["'])([^"']*)\1/i;

/**
 * The locale a page's `<html lang>` tag names, or null for a tag the atlas does not use.
 * @example localeOfLang('zh-Hant') // 'zh-hant'
 */
export function localeOfLang(tag: string): Locale | null {
  const lower = tag.toLowerCase();
  return LOCALES.find((locale) => HTML_LANG[locale].toLowerCase() === lower) ?? null;
}

/**
 * The locale a page is indexed in, or null when it is not indexed (no
 * `data-pagefind-body`). A marked page in a language the atlas does not have is an error.
 * @example indexLocale('<html lang="en"><main data-pagefind-body>…') // 'en'
 */
export function indexLocale(html: string, path = 'page'): Locale | null {
  if (!MARKED_ELEMENT.test(html)) return null;
  const lang = HTML_LANG_ATTR.exec(html)?.[2];
  const locale = lang === undefined ? null : localeOfLang(lang);
  if (!locale) throw new Error(`pagefind: ${path} is marked for search but its <html lang> is "${lang ?? ''}"`);
  return locale;
}

/** HTML files of a built site, as sorted `/`-separated paths, leaving out the search bundles. */
export async function htmlPaths(site: string): Promise<string[]> {
  const all = await readdir(site, { recursive: true });
  return all
    .map((p) => p.split(sep).join('/'))
    .filter((p) => p.endsWith('.html') && !p.startsWith(`${SEARCH_ROOT}/`))
    .sort();
}

/**
 * The folder of each locale's pages: `zh-hant/`, `en/`, and the default
 * locale's at the top.
 * @example localeOfPath('en/cities/hefei/index.html') // 'en'
 */
export function localeOfPath(path: string): Locale {
  return LOCALES.find((locale) => localeParam(locale) && path.startsWith(`${localeParam(locale)}/`)) ?? DEFAULT_LOCALE;
}

/**
 * The pages each locale's index may hold: the HTML files in its folder, as
 * sorted paths relative to the site; every locale is present. Which of them
 * are marked for search is only known from their text, which the indexer
 * reads once, as it feeds them (`markedIn`).
 */
export async function candidatesByLocale(site: string): Promise<Record<Locale, string[]>> {
  const byLocale = Object.fromEntries(LOCALES.map((l) => [l, [] as string[]])) as Record<Locale, string[]>;
  for (const path of await htmlPaths(site)) byLocale[localeOfPath(path)].push(path);
  return byLocale;
}

/**
 * Whether a page of `locale`'s folder is indexed: true when it is marked,
 * false when not; an error when it is marked but its `<html lang>` says
 * another language.
 * @example markedIn('<html lang="en"><main data-pagefind-body>…', 'en', 'en/x/index.html') // true
 */
export function markedIn(html: string, locale: Locale, path: string): boolean {
  const found = indexLocale(html, path);
  if (found === null) return false;
  if (found !== locale)
    throw new Error(`pagefind: ${path} is in the ${locale} folder but its <html lang> is ${HTML_LANG[found]}`);
  return true;
}

/**
 * The terms of the folding table a locale's search page uses
 * (`<locale>/search/folding.json` in the built site), for indexing pages
 * under the locale's words (`withFoldedKeywords`); none when the site has no table.
 */
export async function foldingTerms(site: string, locale: Locale): Promise<FoldingTable['terms']> {
  const path = join(site, localizedPath(locale, 'search/folding.json', '/'));
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  return (JSON.parse(text) as Partial<FoldingTable>).terms ?? {};
}

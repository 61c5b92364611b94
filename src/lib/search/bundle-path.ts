/**
 * Where each locale's search bundle lives. Every locale is indexed on its own
 * (so the indexer holds one locale in memory at a time) and gets its own
 * Pagefind bundle, `pagefind/<locale>/`; a search page loads only its own.
 */
import type { Locale } from '../../i18n/locales.ts';

/** The folder, under the site root, holding one bundle per locale. */
export const SEARCH_ROOT = 'pagefind';

/** The file, inside a bundle, listing each filter's values (see `filter-values.ts`). */
export const FILTER_VALUES_FILE = 'filter-values.json';

/**
 * A locale's bundle folder relative to the site root, without a trailing slash.
 * @example bundleFolder('zh-hant') // 'pagefind/zh-hant'
 */
export function bundleFolder(locale: Locale): string {
  return `${SEARCH_ROOT}/${locale}`;
}

/**
 * A locale's bundle URL on a site deployed under `base` (which ends in `/`), ending in `/`.
 * @example bundleUrl('/atlas/', 'en') // '/atlas/pagefind/en/'
 */
export function bundleUrl(base: string, locale: Locale): string {
  return `${base.endsWith('/') ? base : `${base}/`}${bundleFolder(locale)}/`;
}

/**
 * Which built pages a benchmark weighs, chosen from the list of HTML files
 * by the site's URL scheme (`[<locale>/]<kind>/<id>/index.html`), and how a
 * set of weights is summed up.
 */

/** Locale folder prefixes of the site: the default locale at the root. */
export const LOCALE_PREFIXES: readonly string[] = ['', 'zh-hant/', 'en/'];

/**
 * The home page of every locale that was built.
 * @example homePages(['index.html', 'en/index.html', 'en/about/index.html']) // ['index.html', 'en/index.html']
 */
export function homePages(htmlPaths: readonly string[], prefixes = LOCALE_PREFIXES): string[] {
  const built = new Set(htmlPaths);
  return prefixes.map((p) => `${p}index.html`).filter((p) => built.has(p));
}

/**
 * Detail pages of one kind (`articles`, `cities` …) in every locale, sorted;
 * the kind's own listing page is not one of them.
 * @example detailPages(['articles/index.html', 'en/articles/a1/index.html'], 'articles') // ['en/articles/a1/index.html']
 */
export function detailPages(htmlPaths: readonly string[], kind: string, prefixes = LOCALE_PREFIXES): string[] {
  const pattern = new RegExp(`^(${prefixes.map(escape).join('|')})${escape(kind)}/[^/]+/index\\.html$`);
  return htmlPaths.filter((p) => pattern.test(p)).sort();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The heaviest and the median of a set of weighed pages. */
export interface WeightSummary<T> {
  heaviest: T;
  median: T;
  count: number;
}

/**
 * The heaviest item and the median one by `weight`; ties keep the first
 * in input order, so the choice is the same on every run. Null when empty.
 */
export function summarizeWeights<T>(items: readonly T[], weight: (item: T) => number): WeightSummary<T> | null {
  if (items.length === 0) return null;
  const sorted = items.map((item, i) => ({ item, i, w: weight(item) })).sort((a, b) => a.w - b.w || a.i - b.i);
  const heaviest = items.reduce((best, item) => (weight(item) > weight(best) ? item : best));
  return { heaviest, median: (sorted[Math.floor((sorted.length - 1) / 2)] as { item: T }).item, count: items.length };
}

/**
 * The middle value (the mean of the two middle ones for an even count), or null.
 * @example median([300, 100, 200, 900]) // 250
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

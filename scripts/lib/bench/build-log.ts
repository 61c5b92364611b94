/**
 * Figures read from what a build printed: the search indexer's own timing
 * and the page count Astro reports.
 */

/**
 * Milliseconds the search index took, from the line the Pagefind
 * integration logs (`[atlas:pagefind] indexed … in 1234 ms`); null when the
 * build printed none (no search integration, or Astro was skipped).
 * @example searchMillis('12:00:01 [atlas:pagefind] indexed 9 pages (en 3) → /d/pagefind in 812 ms') // 812
 */
export function searchMillis(log: string): number | null {
  const matches = [...log.matchAll(/\[atlas:pagefind\][^\n]*?\bin (\d+(?:\.\d+)?) ?ms\b/g)];
  const last = matches.at(-1);
  return last ? Number(last[1]) : null;
}

/**
 * The number of pages Astro says it built (`2272 page(s) built in 27.33s`), or null.
 * @example astroPages('[build] 2272 page(s) built in 27.33s') // 2272
 */
export function astroPages(log: string): number | null {
  const match = /(\d+) page\(s\) built in/.exec(log);
  return match ? Number(match[1]) : null;
}

/** The last lines of a log, to show with a failure. */
export function logTail(log: string, lines = 30): string {
  return log.trimEnd().split('\n').slice(-lines).join('\n');
}

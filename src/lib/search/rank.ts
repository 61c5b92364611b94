/**
 * Ranking. Pagefind's default favours pages that repeat a word, so for
 * "Qingdao" twenty cluster pages outranked the city page. Counting repeats
 * less (term frequency 0.3, saturation 0.5) and normalizing for page length
 * puts the page *about* the word first, and lifts articles that name a
 * company over pages that list it (measured on the samples: Qingdao, 青島,
 * integrated circuits, Foxconn). On top of that, among the first page of
 * results, those whose title is the query (or a folded variant) move up.
 */

/** Pagefind ranking options (see pagefind.options). */
export const RANKING = { termFrequency: 0.3, termSaturation: 0.5, pageLength: 1.0 } as const;

/** How many of the first results are looked at for an exact title: the first page, whose data is loaded anyway. */
export const RERANK_WINDOW = 10;

// Administrative suffixes a reader leaves out (青岛 for 青岛市, Hsinchu for Hsinchu City).
const SUFFIX = /(特别行政区|特別行政區|自治州|自治区|自治區|地区|地區|市|县|縣|区|區|省|city|county|prefecture)$/u;

/**
 * A title or query reduced for comparison: case, width, spaces, punctuation
 * and an administrative suffix ignored.
 * @example nameKey('青岛市') // '青岛'
 * @example nameKey('Hsinchu City') // 'hsinchu'
 */
export function nameKey(text: string): string {
  const bare = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, '');
  const stem = bare.replace(SUFFIX, '');
  return stem === '' ? bare : stem;
}

/**
 * Reorder results so those whose title is one of the queries come first,
 * keeping the order within each group. A result may have several titles (a
 * park directory lists its parks'); one is enough.
 * @example titleFirst([{ title: '青岛市集成电路产业集群' }, { title: '青岛市' }], ['青岛'], (h) => h.title)
 *   // [{ title: '青岛市' }, { title: '青岛市集成电路产业集群' }]
 */
export function titleFirst<T>(
  hits: readonly T[],
  queries: readonly string[],
  titleOf: (hit: T) => string | readonly string[],
): T[] {
  const keys = new Set(queries.map(nameKey).filter((k) => k !== ''));
  const named = hits.filter((h) => [titleOf(h)].flat().some((title) => keys.has(nameKey(title))));
  return [...named, ...hits.filter((h) => !named.includes(h))];
}

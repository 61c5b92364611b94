/**
 * The values each search filter can take, listed at build time in a small
 * JSON file per locale. Pagefind's own `filters()` downloads every filter
 * chunk (the page ids behind every city, industry, year …), which grows with
 * the corpus; the search page only needs the values to fill its menus, and
 * Pagefind still loads the one chunk a chosen filter needs when searching.
 */

/** Filter → value → number of pages, the shape Pagefind's `filters()` returns. */
export type FilterValues = Record<string, Record<string, number>>;

const FILTER_TAG = /<[a-z][\w-]*\s[^<>]*?\bdata-pagefind-filter=(["'])[^<>]*>/gi;
const ATTRIBUTE = /([\w:-]+)=(?:"([^"]*)"|'([^']*)')/g;
const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

function decode(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(ATTRIBUTE)) found.set(m[1]!.toLowerCase(), decode(m[2] ?? m[3] ?? ''));
  return found;
}

/** The filter and value one tag declares, in Pagefind's `key[attribute]` or `key:value` form. */
function declared(tag: string): [string, string] | null {
  const attrs = attributes(tag);
  const spec = attrs.get('data-pagefind-filter') ?? '';
  const fromAttribute = /^([^[\]:]+)\[([^\]]+)\]$/.exec(spec);
  if (fromAttribute) {
    const value = attrs.get(fromAttribute[2]!.toLowerCase());
    return value === undefined || value === '' ? null : [fromAttribute[1]!.trim(), value];
  }
  const inline = /^([^:]+):(.+)$/.exec(spec);
  return inline ? [inline[1]!.trim(), inline[2]!.trim()] : null;
}

/**
 * The filter values one page declares, each pair once (a page counts once per value).
 * Filters whose value is the element's text are not read: the atlas does not use them.
 * @example pageFilters('<span data-pagefind-filter="city[data-value]" data-value="青岛"></span>') // [['city', '青岛']]
 */
export function pageFilters(html: string): [string, string][] {
  const pairs = new Map<string, [string, string]>();
  for (const m of html.matchAll(FILTER_TAG)) {
    const pair = declared(m[0]);
    if (pair) pairs.set(JSON.stringify(pair), pair);
  }
  return [...pairs.values()];
}

/**
 * Add one page's filter values to a tally (mutates and returns it).
 * @example addPageFilters({}, [['type', 'city']]) // { type: { city: 1 } }
 */
export function addPageFilters(tally: FilterValues, pairs: readonly [string, string][]): FilterValues {
  for (const [key, value] of pairs) {
    const values = (tally[key] ??= {});
    values[value] = (values[value] ?? 0) + 1;
  }
  return tally;
}

/**
 * The tally with keys and values in code-point order, so the file is the same on every build.
 * @example sortFilterValues({ year: { '2024': 1, '2023': 2 } }) // { year: { '2023': 2, '2024': 1 } }
 */
export function sortFilterValues(tally: FilterValues): FilterValues {
  const byKey = (a: [string, unknown], b: [string, unknown]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  return Object.fromEntries(
    Object.entries(tally)
      .sort(byKey)
      .map(([key, values]) => [key, Object.fromEntries(Object.entries(values).sort(byKey))]),
  );
}

/**
 * Query folding in the browser: which queries need script conversion, and
 * which other words to search alongside the reader's (regional vocabulary:
 * 積體電路 ↔ 集成电路, 晶片 ↔ 芯片). The table is built at build time per
 * locale (see `folding-table.ts`) and fetched only for queries that need it.
 */

/** The per-locale folding table served as `<locale>/search/folding.json`. */
export interface FoldingTable {
  /** The script the locale's index is written in. */
  script: 'hans' | 'hant';
  /**
   * Characters the query converter to `script` may change: a bitmap (base64)
   * over code points `start` … `start + 8 × bytes`. Characters beyond it are
   * treated as convertible.
   */
  convertible: { start: number; bits: string };
  /** A term (in `script`, Latin lower-case) → terms that mean the same, to search too. */
  terms: Record<string, string[]>;
  /**
   * Traditional table only: Simplified characters that need the full phrase
   * converter; a query without them is converted character by character.
   */
  ambiguous?: string;
}

/** Most queries searched for one input: the query itself and its variants. */
export const MAX_VARIANTS = 6;

const decoded = new WeakMap<FoldingTable, Uint8Array>();

function bitmap(table: FoldingTable): Uint8Array {
  let bits = decoded.get(table);
  if (!bits) {
    bits = Uint8Array.from(atob(table.convertible.bits), (c) => c.charCodeAt(0));
    decoded.set(table, bits);
  }
  return bits;
}

/**
 * Whether converting the query to the table's script could change it, so the
 * (large) converter must be loaded.
 * @example mayConvert('積體電路', hansTable) // true
 * @example mayConvert('集成电路', hansTable) // false
 */
export function mayConvert(query: string, table: FoldingTable): boolean {
  const bits = bitmap(table);
  const { start } = table.convertible;
  for (const ch of query) {
    const offset = (ch.codePointAt(0) ?? 0) - start;
    if (offset < 0) continue;
    const byte = bits[offset >> 3];
    if (byte === undefined) return /\p{Script=Han}/u.test(ch);
    if (byte & (1 << (offset & 7))) return true;
  }
  return false;
}

/**
 * Whether the query needs the full phrase converter rather than the
 * character table (see `FoldingTable.ambiguous`).
 * @example needsPhrases('发展', hantTable) // true (发 → 發 or 髮 by context)
 * @example needsPhrases('集成电路', hantTable) // false
 */
export function needsPhrases(query: string, table: FoldingTable): boolean {
  if (table.ambiguous === undefined) return true;
  const ambiguous = table.ambiguous;
  return [...query].some((ch) => ambiguous.includes(ch));
}

const LATIN = /[a-z0-9]/i;

/** A match of a Latin-edged term must not be part of a longer Latin word (IC ≠ ICON). */
function atWordEdges(query: string, from: number, to: number, term: string): boolean {
  const before = LATIN.test(term[0] ?? '') && LATIN.test(query[from - 1] ?? '');
  const after = LATIN.test(term[term.length - 1] ?? '') && LATIN.test(query[to] ?? '');
  return !before && !after;
}

interface TermMatch {
  from: number;
  to: number;
  equivalents: readonly string[];
}

/** Table terms found in the query, longest first at each position, not overlapping. */
function findTerms(lower: string, terms: FoldingTable['terms']): TermMatch[] {
  const longest = Object.keys(terms).reduce((n, t) => Math.max(n, t.length), 0);
  const found: TermMatch[] = [];
  for (let i = 0; i < lower.length;) {
    let match: TermMatch | undefined;
    for (let len = Math.min(longest, lower.length - i); len > 0 && !match; len--) {
      const term = lower.slice(i, i + len);
      const equivalents = Object.hasOwn(terms, term) ? terms[term] : undefined;
      if (equivalents && atWordEdges(lower, i, i + len, term)) match = { from: i, to: i + len, equivalents };
    }
    if (match) found.push(match);
    i = match ? match.to : i + 1;
  }
  return found;
}

/**
 * The query and the variants to search with it: each table term in the query
 * replaced, one at a time, by each of its equivalents. The query comes first.
 * @example expandQuery('积体电路产业', { script: 'hans', convertible, terms: { 积体电路: ['集成电路'] } })
 *   // ['积体电路产业', '集成电路产业']
 */
export function expandQuery(query: string, table: Pick<FoldingTable, 'terms'>, max = MAX_VARIANTS): string[] {
  const variants = [query];
  // Offsets are into the lower-cased query (case changes can change lengths); the index ignores case anyway.
  const lower = query.toLowerCase();
  for (const { from, to, equivalents } of findTerms(lower, table.terms)) {
    for (const other of equivalents) {
      const variant = `${lower.slice(0, from)}${other}${lower.slice(to)}`;
      if (!variants.includes(variant)) variants.push(variant);
    }
  }
  return variants.slice(0, max);
}

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
  /**
   * A regional term or alias (in `script`, Latin lower-case) → the locale's
   * own words for it. Pages using the term are indexed under those words
   * too (`folded-keywords.ts`), so a query searches them in its place.
   */
  terms: Record<string, string[]>;
  /**
   * Characters of the other script that need the full phrase converter
   * (Simplified ones on the Traditional table, Traditional ones on the
   * Simplified tables); a query without them is converted character by
   * character. A table without it always uses the full converter.
   * Compatibility ideographs are left out: they always need it
   * (`isCompatibilityIdeograph`).
   */
  ambiguous?: string;
}

/** Most queries searched for one input (its variants, or the query itself when it has none). */
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
  return [...query].some((ch) => isCompatibilityIdeograph(ch) || ambiguous.includes(ch));
}

/**
 * Whether a character is a CJK compatibility ideograph, which OpenCC first
 * normalizes (豈 → 豈) and only the full converter does: these need the
 * phrase converter by rule, so the tables need not list their thousand.
 * @example isCompatibilityIdeograph('\uf900') // true
 */
export function isCompatibilityIdeograph(ch: string): boolean {
  const p = ch.codePointAt(0) ?? 0;
  return (p >= 0xf900 && p <= 0xfaff) || (p >= 0x2f800 && p <= 0x2fa1f);
}

const LATIN = /[a-z0-9]/;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A term as a pattern: a Latin-edged term only as a whole word (IC ≠ ICON). */
function termPattern(term: string): string {
  const before = LATIN.test(term[0] ?? '') ? '(?<![a-z0-9])' : '';
  const after = LATIN.test(term[term.length - 1] ?? '') ? '(?![a-z0-9])' : '';
  return `${before}${escapeRegExp(term)}${after}`;
}

const matchers = new WeakMap<FoldingTable['terms'], RegExp | null>();

/** One pattern for all of a table's terms, longest first, so the longest term at a position wins. */
function termMatcher(terms: FoldingTable['terms']): RegExp | null {
  let matcher = matchers.get(terms);
  if (matcher === undefined) {
    const keys = Object.keys(terms).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    matcher = keys.length > 0 ? new RegExp(keys.map(termPattern).join('|'), 'gu') : null;
    matchers.set(terms, matcher);
  }
  return matcher;
}

interface TermMatch {
  from: number;
  to: number;
  equivalents: readonly string[];
}

/**
 * The table terms in a text, in order, not overlapping, the longest at each
 * position. `lower` must be lower-cased: terms are, and offsets are into it.
 * @example findTerms('新竹晶片', { 晶片: ['芯片'] }) // [{ from: 2, to: 4, equivalents: ['芯片'] }]
 */
export function findTerms(lower: string, terms: FoldingTable['terms']): TermMatch[] {
  const matcher = termMatcher(terms);
  if (!matcher) return [];
  return [...lower.matchAll(matcher)].flatMap((m) => {
    const equivalents = Object.hasOwn(terms, m[0]) ? terms[m[0]] : undefined;
    return equivalents ? [{ from: m.index, to: m.index + m[0].length, equivalents }] : [];
  });
}

/**
 * What to search for a query: the query itself when it holds no table term,
 * otherwise the query with every term in it replaced by the locale's words
 * for it (each combination, up to `max`). The term itself need not be
 * searched: every page using it is indexed under those words as well.
 * @example expandQuery('积体电路产业', { script: 'hans', convertible, terms: { 积体电路: ['集成电路'] } })
 *   // ['集成电路产业']
 */
export function expandQuery(query: string, table: Pick<FoldingTable, 'terms'>, max = MAX_VARIANTS): string[] {
  // Offsets are into the lower-cased query (case changes can change lengths); the index ignores case anyway.
  const lower = query.toLowerCase();
  const found = findTerms(lower, table.terms);
  if (found.length === 0) return [query];
  let variants = [''];
  let at = 0;
  for (const { from, to, equivalents } of found) {
    const between = lower.slice(at, from);
    variants = variants.flatMap((v) => equivalents.map((e) => `${v}${between}${e}`)).slice(0, max);
    at = to;
  }
  return [...new Set(variants.map((v) => `${v}${lower.slice(at)}`))];
}

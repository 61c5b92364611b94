/**
 * Facts about OpenCC's dictionaries that the browser needs without loading
 * them: which characters a conversion may change, and which Simplified
 * characters convert differently by context. Computed at build time.
 */
import type { FoldingTable } from './folding.ts';

/**
 * The characters an OpenCC conversion can change, from its dictionaries
 * (`"key value|key value…"`): every character that differs from its
 * counterpart, and all characters of entries whose lengths differ.
 */
export function changedCharacters(dicts: readonly string[]): Set<string> {
  const changed = new Set<string>();
  for (const dict of dicts) {
    for (const entry of dict.split('|')) {
      const [key = '', value = ''] = entry.split(' ');
      const k = [...key];
      const v = [...value];
      k.forEach((ch, i) => {
        if (k.length !== v.length || ch !== v[i]) changed.add(ch);
      });
    }
  }
  return changed;
}

/** A bitmap of the Basic Multilingual Plane characters of a set, from its lowest code point. */
export function characterBitmap(chars: Iterable<string>): FoldingTable['convertible'] {
  const points = [...chars].map((c) => c.codePointAt(0) ?? 0).filter((p) => p <= 0xffff);
  const start = points.length > 0 ? Math.min(...points) & ~7 : 0;
  const end = points.length > 0 ? Math.max(...points) : start;
  const bytes = new Uint8Array(((end - start) >> 3) + 1);
  for (const p of points) bytes[(p - start) >> 3]! |= 1 << ((p - start) & 7);
  return { start, bits: Buffer.from(bytes).toString('base64') };
}

/** Parse an OpenCC dictionary string into entries. */
function entries(dict: string): [string, string][] {
  return dict.split('|').map((e) => {
    const [key = '', value = ''] = e.split(' ');
    return [key, value];
  });
}

/** The Simplified → Traditional dictionaries, by role, as OpenCC's s2tw config chains them. */
export interface S2TDictionaries {
  /** Normalization (CJK compatibility ideographs). */
  normalize: readonly string[];
  /** First stage: phrase tables (STPhrases …). */
  phrases: readonly string[];
  /** First stage: the character table (STCharacters). */
  characters: string;
  /** Second stage: Taiwan variants, phrases first (TWVariantsPhrases, TWVariants). */
  variants: readonly string[];
}

/**
 * Simplified characters whose conversion can depend on their neighbours:
 * some phrase converts them differently from the character table, or their
 * character conversion takes part in a second-stage phrase, or they are
 * compatibility forms. A query without any of them converts character by
 * character exactly as the full converter does, so the page can use the small
 * character table and load the phrase tables (1 MB) only when needed.
 */
export function ambiguousCharacters(d: S2TDictionaries): string {
  const byChar = new Map(entries(d.characters));
  const charwise = (c: string) => byChar.get(c) ?? c;
  const found = new Set<string>();
  for (const [key, value] of d.phrases.flatMap(entries)) {
    const k = [...key];
    const v = [...value];
    k.forEach((c, i) => {
      if (k.length !== v.length || charwise(c) !== v[i]) found.add(c);
    });
  }
  const secondStage = new Set(d.variants.flatMap(entries).flatMap(([key]) => ([...key].length > 1 ? [...key] : [])));
  for (const [c, converted] of byChar) if ([...converted].some((t) => secondStage.has(t))) found.add(c);
  for (const [c] of d.normalize.flatMap(entries)) found.add(c);
  return [...found].sort().join('');
}

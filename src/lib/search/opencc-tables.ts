/**
 * Facts about OpenCC's dictionaries that the browser needs without loading
 * them: which characters a conversion may change, and which Simplified
 * characters convert differently by context. Computed at build time.
 */
import { isCompatibilityIdeograph, type FoldingTable } from './folding.ts';

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

/** Where phrase tables convert a character differently from the character table (`charwise`). */
function phraseExceptions(phrases: readonly string[], charwise: (c: string) => string): Set<string> {
  const found = new Set<string>();
  for (const [key, value] of phrases.flatMap(entries)) {
    const k = [...key];
    const v = [...value];
    k.forEach((c, i) => {
      if (k.length !== v.length || charwise(c) !== v[i]) found.add(c);
    });
  }
  return found;
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
 * compatibility forms (other than the compatibility ideographs: see
 * `isCompatibilityIdeograph`). A query without any of them converts character by
 * character exactly as the full converter does, so the page can use the small
 * character table and load the phrase tables (1 MB) only when needed.
 */
export function ambiguousCharacters(d: S2TDictionaries): string {
  const byChar = new Map(entries(d.characters));
  const charwise = (c: string) => byChar.get(c) ?? c;
  const found = phraseExceptions(d.phrases, charwise);
  const secondStage = new Set(d.variants.flatMap(entries).flatMap(([key]) => ([...key].length > 1 ? [...key] : [])));
  for (const [c, converted] of byChar) if ([...converted].some((t) => secondStage.has(t))) found.add(c);
  for (const [c] of d.normalize.flatMap(entries)) if (!isCompatibilityIdeograph(c)) found.add(c);
  return [...found].sort().join('');
}

/** The Taiwan Traditional → Simplified dictionaries by role, as OpenCC's tw2s config chains them. */
export interface T2SDictionaries {
  /** Normalization (CJK compatibility ideographs). */
  normalize: readonly string[];
  /** First stage: Taiwan variants to OpenCC's Traditional, phrases then characters (TWVariantsRevPhrases, TWVariantsRev). */
  variants: { phrases: string; characters: string };
  /** Second stage: Traditional to Simplified, phrases then characters (TSPhrases, TSCharacters). */
  simplify: { phrases: string; characters: string };
}

/**
 * Traditional characters whose conversion to Simplified can depend on their
 * neighbours: a first-stage phrase converts them differently from the
 * character table, or what they become takes part differently in a
 * second-stage phrase (乾 in 乾淨 and 乾隆), or they are compatibility forms
 * (other than the compatibility ideographs: see `isCompatibilityIdeograph`).
 * A query without them converts character by character exactly as the full
 * tw→cn converter does.
 */
export function t2sAmbiguousCharacters(d: T2SDictionaries): string {
  const first = new Map(entries(d.variants.characters));
  const second = new Map(entries(d.simplify.characters));
  const toStandard = (c: string) => first.get(c) ?? c;
  const found = phraseExceptions([d.variants.phrases], toStandard);
  const later = phraseExceptions([d.simplify.phrases], (c) => second.get(c) ?? c);
  for (const c of later) found.add(c);
  for (const [c, standard] of first) if (later.has(standard)) found.add(c);
  for (const [c] of d.normalize.flatMap(entries)) if (!isCompatibilityIdeograph(c)) found.add(c);
  return [...found].sort().join('');
}

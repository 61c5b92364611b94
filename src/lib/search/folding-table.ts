/**
 * Builds the per-locale folding tables at build time from the industry
 * taxonomy (`content/gazetteer/industries.yaml`) and the OpenCC dictionaries
 * the query converter uses. Pure: the caller passes the YAML text, the
 * converters and the dictionaries.
 */
import { parse } from 'yaml';
import type { FoldingTable } from './folding.ts';
import {
  ambiguousCharacters,
  changedCharacters,
  characterBitmap,
  t2sAmbiguousCharacters,
  type S2TDictionaries,
  type T2SDictionaries,
} from './opencc-tables.ts';

/** The parts of an industry entry that folding reads. */
export interface IndustryTerms {
  name: { hans: string; hant?: string; en: string };
  aliases: { hans: string[]; hant: string[]; en: string[] };
}

/** Simplified ↔ Traditional converters, the same ones the ingest uses. */
export interface ScriptConverters {
  toHans(text: string): string;
  toHant(text: string): string;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

/** The industries of the taxonomy YAML (entries without a Simplified and English name are skipped). */
export function parseIndustries(yamlText: string): IndustryTerms[] {
  const doc: unknown = parse(yamlText);
  if (!Array.isArray(doc)) return [];
  return doc.flatMap((entry: Record<string, unknown>) => {
    const name = (entry?.name ?? {}) as Record<string, unknown>;
    const aliases = (entry?.aliases ?? {}) as Record<string, unknown>;
    if (typeof name.hans !== 'string' || typeof name.en !== 'string') return [];
    return [
      {
        name: { hans: name.hans, en: name.en, ...(typeof name.hant === 'string' ? { hant: name.hant } : {}) },
        aliases: { hans: strings(aliases.hans), hant: strings(aliases.hant), en: strings(aliases.en) },
      },
    ];
  });
}

/**
 * Whether two words are regional forms of each other: same length, and at
 * least one but at most half of their characters differ.
 * @example regionalPair('晶片', '芯片') // true
 * @example regionalPair('积体电路', '集成电路') // true
 * @example regionalPair('晶片', '晶圆') // true;  regionalPair('晶片', '封装测试') // false
 */
export function regionalPair(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  if (x.length !== y.length || x.length === 0) return false;
  const differing = x.filter((c, i) => c !== y[i]).length;
  return differing > 0 && differing * 2 <= x.length;
}

type Edges = Map<string, Set<string>>;

/** Add the edge from → to (none from a word to itself). */
function link(edges: Edges, from: string, to: string): void {
  if (from === to) return;
  const set = edges.get(from) ?? new Set<string>();
  set.add(to);
  edges.set(from, set);
}

/**
 * Regional Chinese terms → the mainland words they mean, in one script: each
 * regional (Taiwan, Hong Kong) term of an industry, i.e. one that is not a
 * plain conversion of a mainland name or alias, leads to the industry's name
 * and to the mainland aliases it is a regional form of. One way only: pages
 * that use a regional term are indexed under its mainland words too
 * (`folded-keywords.ts`), so a mainland query needs no variant, and a
 * regional one is searched as its mainland words.
 * @example chineseEdges([ic], 'hans', c).get('积体电路') // Set { '集成电路' }
 */
export function chineseEdges(
  industries: readonly IndustryTerms[],
  script: 'hans' | 'hant',
  c: ScriptConverters,
): Edges {
  const local = (hans: string) => (script === 'hans' ? hans : c.toHant(hans)).toLowerCase();
  const edges: Edges = new Map();
  for (const { name, aliases } of industries) {
    const canonical = (script === 'hans' ? name.hans : (name.hant ?? c.toHant(name.hans))).toLowerCase();
    const mainland = [name.hans, ...aliases.hans];
    for (const term of aliases.hant) {
      const asHans = c.toHans(term);
      if (mainland.includes(asHans)) continue;
      const regional = (script === 'hans' ? asHans : term).toLowerCase();
      link(edges, regional, canonical);
      for (const alias of aliases.hans.filter((a) => regionalPair(asHans, a))) link(edges, regional, local(alias));
    }
  }
  return edges;
}

/**
 * English aliases → the industry's English name, lower-case.
 * @example englishEdges([ic]).get('semiconductors') // Set { 'integrated circuits' }
 */
export function englishEdges(industries: readonly IndustryTerms[]): Edges {
  const edges: Edges = new Map();
  for (const { name, aliases } of industries) {
    const canonical = name.en.toLowerCase();
    for (const alias of aliases.en) link(edges, alias.toLowerCase(), canonical);
  }
  return edges;
}

/** Edges as a plain, sorted object (stable output). */
export function termsObject(...maps: Edges[]): Record<string, string[]> {
  const merged: Edges = new Map();
  for (const map of maps) for (const [k, v] of map) merged.set(k, new Set([...(merged.get(k) ?? []), ...v]));
  return Object.fromEntries([...merged.keys()].sort().map((k) => [k, [...(merged.get(k) ?? [])].sort()]));
}

/** What `buildFoldingTable` needs besides the taxonomy. */
export interface FoldingSources {
  converters: ScriptConverters;
  /** The OpenCC dictionaries of the query converter into each script (tw→cn for hans, cn→tw for hant). */
  dictionaries: Record<'hans' | 'hant', readonly string[]>;
  /** The cn→tw dictionaries by role, for the Traditional table's ambiguous characters. */
  s2t: S2TDictionaries;
  /** The tw→cn dictionaries by role, for the Simplified tables' ambiguous characters. */
  t2s: T2SDictionaries;
}

/**
 * The folding table of one locale: Simplified terms for `zh-hans` and `en`
 * (whose article text is Simplified; `en` adds English aliases), Traditional
 * for `zh-hant`.
 */
export function buildFoldingTable(
  locale: 'zh-hans' | 'zh-hant' | 'en',
  industries: readonly IndustryTerms[],
  sources: FoldingSources,
): FoldingTable {
  const script = locale === 'zh-hant' ? 'hant' : 'hans';
  const chinese = chineseEdges(industries, script, sources.converters);
  return {
    script,
    convertible: characterBitmap(changedCharacters(sources.dictionaries[script])),
    terms: locale === 'en' ? termsObject(chinese, englishEdges(industries)) : termsObject(chinese),
    ambiguous: script === 'hant' ? ambiguousCharacters(sources.s2t) : t2sAmbiguousCharacters(sources.t2s),
  };
}

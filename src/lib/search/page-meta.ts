/**
 * What each page tells the search index (the props of `SearchMeta.astro`),
 * computed from the atlas so every page kind is indexed the same way: its
 * type and title, the cities and industries it is filed under, and the names
 * it is findable by (English names and pinyin on /en/, where the article text
 * itself is Chinese). Cluster pages are not indexed: see `INDEXED_KINDS`.
 */
import type { Locale } from '../../i18n/locales.ts';
import { toHant } from '../../../scripts/lib/convert-script.ts';
import type { Atlas, PageKind, Trilingual } from '../atlas-types.ts';
import { entityNames, localName } from '../names.ts';
import type { EntryType } from './state.ts';

/** The props of `SearchMeta.astro`. */
export interface SearchMetaProps {
  locale: Locale;
  type: EntryType;
  title: string;
  date?: string | null;
  cities: string[];
  industries: string[];
  names: Trilingual[];
  keywords: string[];
}

/**
 * The kinds of page in the search index, with the type each is filed as.
 * Not clusters (one industry in one city): they are more than half of all
 * entity pages and grow with cities × industries, and what a cluster page
 * holds is found through its city's page, its industry's page and its
 * articles, which link to it; indexing them made the index, its memory and
 * the first search's download larger for results that repeat those pages.
 * Park pages are indexed as directories of a city's parks, each park still
 * a result of its own (`park-directory.ts`).
 */
const INDEXED_KINDS = {
  articles: 'article',
  cities: 'city',
  parks: 'park',
  industries: 'industry',
} as const satisfies Partial<Record<PageKind, EntryType>>;

type IndexedKind = keyof typeof INDEXED_KINDS;

/**
 * Whether pages of a kind go into the search index.
 * @example isIndexedKind('clusters') // false
 */
export function isIndexedKind(kind: PageKind): kind is IndexedKind {
  return Object.hasOwn(INDEXED_KINDS, kind);
}

/** What a page is filed under and named by, as ids and names. */
interface Parts {
  date?: string | null;
  cities: readonly string[];
  industries: readonly string[];
  names: Trilingual[];
  keywords?: string[];
}

const defined = <T>(items: readonly (T | undefined)[]): T[] => items.filter((x): x is T => x !== undefined);

function parkAndCompanyNames(atlas: Atlas, parks: readonly string[], companies: readonly string[]): Trilingual[] {
  return [
    ...defined(parks.map((id) => atlas.park.get(id)?.name)),
    ...defined(companies.map((id) => atlas.companies.get(id))),
  ];
}

/** An industry's aliases in the locale's script (Traditional: regional terms plus converted mainland ones). */
function industryAliases(atlas: Atlas, id: string, locale: Locale): string[] {
  const aliases = atlas.industry.get(id)?.aliases;
  if (!aliases) return [];
  if (locale === 'en') return aliases.en;
  if (locale === 'zh-hans') return aliases.hans;
  return [...new Set([...aliases.hant, ...aliases.hans.map(toHant)])];
}

function parts(atlas: Atlas, kind: IndexedKind, id: string, locale: Locale): Parts | undefined {
  switch (kind) {
    case 'articles': {
      const a = atlas.article.get(id);
      return (
        a && {
          date: a.date,
          cities: a.cities,
          industries: a.industries,
          names: parkAndCompanyNames(atlas, a.parks, a.companies),
        }
      );
    }
    case 'cities': {
      const c = atlas.city.get(id);
      return c && { cities: [id], industries: c.industries, names: [c.name] };
    }
    case 'parks': {
      const p = atlas.park.get(id);
      return p && { cities: [p.city], industries: p.industries, names: parkAndCompanyNames(atlas, [id], p.companies) };
    }
    case 'industries': {
      const i = atlas.industry.get(id);
      return i && { cities: [], industries: [id], names: [], keywords: industryAliases(atlas, id, locale) };
    }
  }
}

function pageTitle(atlas: Atlas, kind: PageKind, id: string, locale: Locale): string {
  if (kind !== 'articles') {
    const names = entityNames(atlas, kind, id);
    return names ? localName(names, locale) : id;
  }
  const title = atlas.article.get(id)?.title;
  if (!title) return id;
  return locale === 'zh-hant' ? title.hant : locale === 'en' ? (title.en ?? title.hans) : title.hans;
}

/**
 * The search metadata of one page, or undefined when the page is not to be
 * indexed: its kind is not (`isIndexedKind`), or the atlas has no such entity.
 * A page passes it to its layout, which marks the page for search only when it is defined.
 * @example searchMeta(atlas, 'cities', 'qingdao', 'en')
 *   // { type: 'city', title: 'Qingdao', cities: ['Qingdao'], industries: ['Integrated circuits', …], names: [{ hans: '青岛', … }], … }
 * @example searchMeta(atlas, 'clusters', 'hefei-new-energy-vehicles', 'zh-hans') // undefined
 */
export function searchMeta(atlas: Atlas, kind: PageKind, id: string, locale: Locale): SearchMetaProps | undefined {
  if (!isIndexedKind(kind)) return undefined;
  const found = parts(atlas, kind, id, locale);
  if (!found) return undefined;
  const cityNames = defined(found.cities.map((c) => atlas.city.get(c)?.name));
  const industryNames = defined(found.industries.map((i) => atlas.industry.get(i)?.name));
  return {
    locale,
    type: INDEXED_KINDS[kind],
    title: pageTitle(atlas, kind, id, locale),
    date: found.date ?? null,
    cities: cityNames.map((n) => localName(n, locale)),
    industries: industryNames.map((n) => localName(n, locale)),
    // Industry names are already keywords (as filters); their pinyin would only be noise.
    names: [...cityNames, ...found.names],
    keywords: found.keywords ?? [],
  };
}

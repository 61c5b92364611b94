/**
 * The entries of the index pages (cities, parks, industries, clusters): a
 * name, a line of context and a count of articles.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { Atlas } from '../atlas-types.ts';
import { entityPath, type Link } from '../links.ts';
import { clusterNames, localName } from '../names.ts';

/** One card of an index page. */
export interface ListEntry extends Link {
  /** Context: the province of a city, the city of a park or cluster. */
  context: string | null;
  articles: number;
}

type ListKind = 'cities' | 'parks' | 'industries' | 'clusters';

function cityLabel(atlas: Atlas, id: string, locale: Locale): string {
  const city = atlas.city.get(id);
  return city ? localName(city.name, locale) : id;
}

/** Names in the order each locale's readers expect: alphabetical, pinyin for Simplified, stroke order for Traditional. */
function byLabel(locale: Locale): (a: ListEntry, b: ListEntry) => number {
  const collator = new Intl.Collator(
    locale === 'en' ? 'en' : locale === 'zh-hant' ? 'zh-Hant-TW' : 'zh-Hans-CN-u-co-pinyin',
  );
  return (a, b) => collator.compare(a.label, b.label) || (a.path < b.path ? -1 : 1);
}

type Entry = Omit<ListEntry, 'path'> & { id: string };

const ENTRIES: Record<ListKind, (atlas: Atlas, locale: Locale) => Entry[]> = {
  cities: (atlas, locale) =>
    atlas.cities.map((c) => ({
      id: c.id,
      label: localName(c.name, locale),
      context: c.province ? localName(c.province, locale) : null,
      articles: c.articles.length,
    })),
  parks: (atlas, locale) =>
    atlas.parks.map((p) => ({
      id: p.id,
      label: localName(p.name, locale),
      context: cityLabel(atlas, p.city, locale),
      articles: p.articles.length,
    })),
  industries: (atlas, locale) =>
    atlas.industries.map((i) => ({
      id: i.id,
      label: localName(i.name, locale),
      context: null,
      articles: i.articles.length,
    })),
  clusters: (atlas, locale) =>
    atlas.clusters.map((c) => ({
      id: c.id,
      label: localName(clusterNames(atlas, c), locale),
      context: cityLabel(atlas, c.city, locale),
      articles: c.articles.length,
    })),
};

/** Every entity of a kind as index entries, sorted by name in the locale. */
export function listEntries(atlas: Atlas, kind: ListKind, locale: Locale): ListEntry[] {
  return ENTRIES[kind](atlas, locale)
    .map(({ id, ...rest }) => ({ path: entityPath(kind, id), ...rest }))
    .sort(byLabel(locale));
}

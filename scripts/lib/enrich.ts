/**
 * The gazetteer stage of the ingest: links each article's entities and
 * extracts its figures, with the lexicon built once for the whole corpus.
 */
import type { ArticleEntry } from './article-types.ts';
import { buildLexicon } from './entities/build-lexicon.ts';
import { linkEntities } from './entities/link-entities.ts';
import { loadCurated } from './entities/load-curated.ts';
import type { Lexicon } from './entities/types.ts';
import { extractFigures } from './figures/extract-figures.ts';
import type { DefaultCurrency } from './figures/types.ts';
import { loadPlaces } from './gazetteer/load-places.ts';

/** Province-level codes whose plain 元 is not the renminbi. */
const LOCAL_CURRENCY: Record<string, DefaultCurrency> = { '710000': 'TWD', '810000': 'HKD', '820000': 'MOP' };

/** The currency a bare 元 means in an article about `city`. */
export function defaultCurrency(city: string | undefined, lexicon: Lexicon): DefaultCurrency {
  const province = city ? lexicon.places.get(city)?.province : undefined;
  return (province && LOCAL_CURRENCY[province]) || 'CNY';
}

/**
 * Link entities and extract figures for one entry, reading its original
 * script (figures quote the text as printed).
 */
export function enrichEntry(entry: ArticleEntry, lexicon: Lexicon): ArticleEntry {
  const { frontmatter, body } = entry;
  const blocks = body[frontmatter.script];
  const title = frontmatter.title[frontmatter.script];
  const linked = linkEntities(blocks, title, lexicon);
  const figures = extractFigures(blocks, {
    mentions: linked.mentions.filter((m) => m.paragraph > 0),
    currency: { default: defaultCurrency(linked.cities[0], lexicon) },
  });
  return {
    ...entry,
    frontmatter: {
      ...frontmatter,
      cities: linked.cities,
      districts: linked.districts,
      zones: linked.zones,
      parks: linked.parks,
      industries: linked.industries,
      companies: linked.companies,
      figures,
    },
    links: { mentions: linked.mentions, newParks: linked.newParks },
  };
}

/** The enrich step with the committed gazetteer, loaded once. */
export function enrichWithGazetteer(lexicon: Lexicon = buildLexicon(loadPlaces(), loadCurated())) {
  return (entry: ArticleEntry): ArticleEntry => enrichEntry(entry, lexicon);
}

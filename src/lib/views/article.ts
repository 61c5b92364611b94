/**
 * What an article page shows around its body, in one locale: byline, script
 * note, the entities it names, its figures.
 */
import { fill, messages } from '../../i18n/messages.ts';
import { TEXT_SCRIPT, type Locale } from '../../i18n/locales.ts';
import { articleItem, type ArticleItem } from '../article-items.ts';
import { atlasIndex } from '../atlas-index.ts';
import type { ArticleData, Atlas } from '../atlas-types.ts';
import { articleFigureRows, type FigureRow } from '../figure-rows.ts';
import type { Link } from '../links.ts';
import { companyNames, entityLinks } from '../names.ts';

/** An article page's content apart from the body. */
export interface ArticleView extends ArticleItem {
  authors: string[];
  /** The original script, in words. */
  script: string;
  /** Set when the text shown is an automatic conversion of the original. */
  convertedNote: string | null;
  /** Set when the page printed no headline and the title is the opening of the lead. */
  titleNote: string | null;
  /** Which script's body to render: the locale's, Simplified on /en/. */
  bodyScript: 'hans' | 'hant';
  bodyLang: 'zh-Hans' | 'zh-Hant';
  cities: Link[];
  parks: Link[];
  industries: Link[];
  clusters: Link[];
  companies: string[];
  figures: FigureRow[];
  hasGarbled: boolean;
  quality: string;
  seed: ArticleData['seed'];
  description: string;
}

/** The article page of `id`; undefined when the atlas has no such article. */
export function articleView(atlas: Atlas, id: string, locale: Locale): ArticleView | undefined {
  const article = atlas.article.get(id);
  if (!article) return undefined;
  const t = messages(locale);
  const item = articleItem(article, locale);
  const bodyScript = TEXT_SCRIPT[locale];
  const scriptName = (s: 'hans' | 'hant'): string => (s === 'hant' ? t.scriptHant : t.scriptHans);
  const converted = bodyScript !== article.script;
  return {
    ...item,
    authors: article.authors,
    script: scriptName(article.script),
    convertedNote: converted
      ? fill(t.convertedNote, { from: scriptName(article.script), to: scriptName(bodyScript) })
      : null,
    titleNote: article.titleFromLead ? t.titleFromLeadNote : null,
    bodyScript,
    bodyLang: bodyScript === 'hant' ? 'zh-Hant' : 'zh-Hans',
    cities: entityLinks(atlas, 'cities', article.cities, locale),
    parks: entityLinks(atlas, 'parks', article.parks, locale),
    industries: entityLinks(atlas, 'industries', article.industries, locale),
    clusters: entityLinks(atlas, 'clusters', atlasIndex(atlas).clustersByArticle.get(article.id) ?? [], locale),
    companies: companyNames(atlas, article.companies, locale),
    figures: articleFigureRows(article, locale),
    hasGarbled: article.quality.garbledSpans > 0,
    quality: fill(t.qualityNote, {
      chrome: article.quality.chromeLinesDropped,
      repaired: article.quality.annotationsRepaired,
      garbled: article.quality.garbledSpans,
    }),
    seed: article.seed,
    description: fill(t.articleDescription, { source: item.source, date: item.dateText, title: item.title.text }),
  };
}

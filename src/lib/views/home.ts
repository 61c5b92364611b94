/**
 * What the home page shows: counts, the matrix, the latest articles.
 */
import type { Locale } from '../../i18n/locales.ts';
import { articleItem, type ArticleItem } from '../article-items.ts';
import type { Atlas } from '../atlas-types.ts';
import { industryCityMatrix, type Matrix } from '../matrix.ts';

/** The home page's content. */
export interface HomeView {
  counts: { articles: number; cities: number; parks: number; industries: number; clusters: number };
  latest: ArticleItem[];
  matrix: Matrix;
}

/** The home page in a locale; `latest` articles, newest first. */
export function homeView(atlas: Atlas, locale: Locale, latest = 6): HomeView {
  return {
    counts: {
      articles: atlas.articles.length,
      cities: atlas.cities.length,
      parks: atlas.parks.length,
      industries: atlas.industries.length,
      clusters: atlas.clusters.length,
    },
    latest: atlas.articles.slice(0, latest).map((a) => articleItem(a, locale)),
    matrix: industryCityMatrix(atlas, locale),
  };
}

/**
 * The data each page's charts draw, shaped from the atlas for the chart
 * functions in `lib/charts/`: the home heatmap, a city's figures by kind and
 * its articles over time, an industry's cities ranked by evidence.
 */
import { localizedPath, type Locale } from '../i18n/locales.ts';
import type { Matrix as ChartMatrix } from './charts/heatmap.ts';
import type { SourcedFigure } from './charts/figures-by-kind.ts';
import type { BarItem } from './charts/ranked-bars.ts';
import type { TimelineArticle } from './charts/timeline.ts';
import type { Atlas } from './atlas-types.ts';
import { entityPath } from './links.ts';
import type { Matrix } from './matrix.ts';
import { articleTitle, localName } from './names.ts';

/** The home page's industry × city matrix as the heatmap draws it, each cell linking to its cluster. */
export function heatmapMatrix(matrix: Matrix, locale: Locale): ChartMatrix {
  return {
    rows: matrix.industries.map((i) => ({ id: i.path, label: i.label })),
    cols: matrix.cities.map((c) => ({ id: c.path, label: c.label })),
    values: matrix.cells.map((row) => row.map((cell) => cell.count)),
    links: matrix.cells.map((row) =>
      row.map((cell) => (cell.cluster ? localizedPath(locale, entityPath('clusters', cell.cluster)) : null)),
    ),
  };
}

/** A city's figures, each linking to the paragraph it came from. */
export function cityFigures(atlas: Atlas, cityId: string, locale: Locale): SourcedFigure[] {
  const city = atlas.city.get(cityId);
  if (!city) return [];
  return city.figures.flatMap((ref) => {
    const figure = atlas.article.get(ref.article)?.figures[ref.index];
    if (!figure) return [];
    const href = `${localizedPath(locale, entityPath('articles', ref.article))}#p-${figure.paragraph}`;
    return [{ ...figure, href }];
  });
}

/** A city's articles on a time line. */
export function cityTimeline(atlas: Atlas, cityId: string, locale: Locale): TimelineArticle[] {
  const city = atlas.city.get(cityId);
  if (!city) return [];
  return city.articles.flatMap((id) => {
    const article = atlas.article.get(id);
    if (!article) return [];
    const title = articleTitle(article, locale).text;
    return [{ id, date: article.date, href: localizedPath(locale, entityPath('articles', id)), title }];
  });
}

/** An industry's cities ranked by the articles of their cluster (one when only mentioned). */
export function industryCityBars(atlas: Atlas, industryId: string, locale: Locale): BarItem[] {
  const industry = atlas.industry.get(industryId);
  if (!industry) return [];
  return industry.cities.flatMap((cityId) => {
    const city = atlas.city.get(cityId);
    if (!city) return [];
    const cluster = atlas.cluster.get(`${cityId}-${industryId}`);
    const href = localizedPath(locale, cluster ? entityPath('clusters', cluster.id) : entityPath('cities', cityId));
    return [{ id: cityId, label: localName(city.name, locale), value: cluster?.articles.length ?? 1, href }];
  });
}

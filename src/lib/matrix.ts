/**
 * The industry × city matrix of the home page: how many articles name both
 * an industry and a city.
 */
import type { Locale } from '../i18n/locales.ts';
import type { Atlas } from './atlas-types.ts';
import { entityPath, type Link } from './links.ts';
import { localName } from './names.ts';

/** One cell: its count, and the cluster page when the atlas has that cluster. */
export interface MatrixCell {
  count: number;
  cluster?: string;
}

/** Rows are industries, columns cities, both by total count (then id). */
export interface Matrix {
  cities: Link[];
  industries: Link[];
  /** `cells[row][column]`. */
  cells: MatrixCell[][];
  /** The largest count, for shading. */
  max: number;
}

function ranked(totals: Map<string, number>, limit: number): string[] {
  return [...totals]
    .filter(([, n]) => n > 0)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit)
    .map(([id]) => id);
}

/** Article counts per (industry, city) pair, for the busiest `maxCities` cities and `maxIndustries` industries. */
export function industryCityMatrix(atlas: Atlas, locale: Locale, maxCities = 10, maxIndustries = 12): Matrix {
  const pair = new Map<string, number>();
  const cityTotals = new Map<string, number>();
  const industryTotals = new Map<string, number>();
  for (const article of atlas.articles) {
    const cities = article.cities.filter((c) => atlas.city.has(c));
    const industries = article.industries.filter((i) => atlas.industry.has(i));
    for (const c of cities)
      for (const i of industries) {
        pair.set(`${i}|${c}`, (pair.get(`${i}|${c}`) ?? 0) + 1);
        cityTotals.set(c, (cityTotals.get(c) ?? 0) + 1);
        industryTotals.set(i, (industryTotals.get(i) ?? 0) + 1);
      }
  }
  const cityIds = ranked(cityTotals, maxCities);
  const industryIds = ranked(industryTotals, maxIndustries);
  const cells = industryIds.map((i) =>
    cityIds.map((c): MatrixCell => {
      const count = pair.get(`${i}|${c}`) ?? 0;
      const cluster = `${c}-${i}`;
      return atlas.cluster.has(cluster) && count > 0 ? { count, cluster } : { count };
    }),
  );
  const link = (kind: 'cities' | 'industries', id: string): Link => {
    const entity = kind === 'cities' ? atlas.city.get(id) : atlas.industry.get(id);
    return { path: entityPath(kind, id), label: entity ? localName(entity.name, locale) : id };
  };
  return {
    cities: cityIds.map((id) => link('cities', id)),
    industries: industryIds.map((id) => link('industries', id)),
    cells,
    max: Math.max(0, ...cells.flat().map((c) => c.count)),
  };
}

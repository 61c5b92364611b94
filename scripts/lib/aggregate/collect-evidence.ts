/**
 * Walks every article's mentions and figures once and records which city,
 * park, industry and cluster each piece of evidence belongs to. Linear in
 * the corpus: no entity ever scans the whole list of articles.
 */
import type { ArticleEntry } from '../article-types.ts';
import type { Mention } from '../entities/types.ts';
import { cityAttributor, type CityAttributor } from './attribute-city.ts';
import { Tally } from './tally.ts';
import type { ArticleLinks, CityOf } from './types.ts';

/** Evidence for every entity, keyed by entity id (clusters by `<city>|<industry>`). */
export interface Evidence {
  city: Record<'articles' | 'parks' | 'industries' | 'companies' | 'districts' | 'zones' | 'figures', Tally>;
  park: Record<'articles' | 'industries' | 'companies' | 'figures', Tally>;
  industry: Record<'articles' | 'cities', Tally>;
  cluster: Record<'articles' | 'parks' | 'companies' | 'figures', Tally>;
}

function tallies<K extends string>(keys: K[]): Record<K, Tally> {
  return Object.fromEntries(keys.map((k) => [k, new Tally()])) as Record<K, Tally>;
}

/** Fresh, empty evidence. */
export function emptyEvidence(): Evidence {
  return {
    city: tallies(['articles', 'parks', 'industries', 'companies', 'districts', 'zones', 'figures']),
    park: tallies(['articles', 'industries', 'companies', 'figures']),
    industry: tallies(['articles', 'cities']),
    cluster: tallies(['articles', 'parks', 'companies', 'figures']),
  };
}

/** The evidence key of a city and an industry. */
export const clusterKey = (city: string, industry: string): string => `${city}|${industry}`;

function byParagraph(mentions: readonly Mention[]): Map<number, Mention[]> {
  const map = new Map<number, Mention[]>();
  for (const m of mentions) map.set(m.paragraph, [...(map.get(m.paragraph) ?? []), m]);
  return map;
}

/** Record one article's evidence. `links` are the article's mentions and new parks. */
export function collectArticle(evidence: Evidence, entry: ArticleEntry, links: ArticleLinks, cityOf: CityOf): void {
  const fm = entry.frontmatter;
  const blocks = entry.body[fm.script];
  const cityAt = cityAttributor(fm.title[fm.script], blocks, links.mentions, cityOf, fm.cities[0]);
  const mentionsAt = byParagraph(links.mentions);
  for (const city of fm.cities) evidence.city.articles.add(city, fm.id);
  for (const industry of fm.industries) evidence.industry.articles.add(industry, fm.id);
  for (const park of fm.parks) {
    evidence.park.articles.add(park, fm.id);
    const city = cityOf('park', park);
    if (city) evidence.city.parks.add(city, park);
  }
  for (const m of links.mentions) collectMention(evidence, m, fm.id, cityAt, cityOf, mentionsAt);
  collectFigures(evidence, entry, cityAt, mentionsAt, cityOf);
}

function collectMention(
  evidence: Evidence,
  m: Mention,
  article: string,
  cityAt: CityAttributor,
  cityOf: CityOf,
  mentionsAt: Map<number, Mention[]>,
): void {
  if (m.kind === 'district' || m.kind === 'zone') {
    const city = cityOf(m.kind, m.entity);
    if (city) evidence.city[m.kind === 'district' ? 'districts' : 'zones'].add(city, m.entity);
    return;
  }
  if (m.kind !== 'industry' && m.kind !== 'company') return;
  const city = cityAt(m.paragraph, m.start);
  const here = mentionsAt.get(m.paragraph) ?? [];
  const parks = here.filter((p) => p.kind === 'park').map((p) => p.entity);
  if (m.kind === 'company') {
    if (city) evidence.city.companies.add(city, m.entity);
    for (const park of parks) evidence.park.companies.add(park, m.entity);
    return;
  }
  for (const park of parks) evidence.park.industries.add(park, m.entity);
  if (!city) return;
  const key = clusterKey(city, m.entity);
  evidence.city.industries.add(city, m.entity);
  evidence.industry.cities.add(m.entity, city);
  evidence.cluster.articles.add(key, article);
  for (const other of here) {
    if (other.kind === 'company' && cityAt(other.paragraph, other.start) === city) {
      evidence.cluster.companies.add(key, other.entity);
    }
    if (other.kind === 'park' && cityOf('park', other.entity) === city) evidence.cluster.parks.add(key, other.entity);
  }
}

function collectFigures(
  evidence: Evidence,
  entry: ArticleEntry,
  cityAt: CityAttributor,
  mentionsAt: Map<number, Mention[]>,
  cityOf: CityOf,
): void {
  const fm = entry.frontmatter;
  const blocks = entry.body[fm.script];
  fm.figures.forEach((figure, index) => {
    const ref = `${fm.id}#${index}`;
    const here = mentionsAt.get(figure.paragraph) ?? [];
    const about = here.find((m) => m.entity === figure.entity);
    const offset = Math.max(0, blocks[figure.paragraph - 1]?.text.indexOf(figure.text) ?? 0);
    const city = (about && cityOf(about.kind, about.entity)) || cityAt(figure.paragraph, offset);
    if (about?.kind === 'park') evidence.park.figures.add(about.entity, ref);
    if (!city) return;
    evidence.city.figures.add(city, ref);
    for (const industry of new Set(here.filter((m) => m.kind === 'industry').map((m) => m.entity))) {
      if (cityAt(figure.paragraph, offset) === city) evidence.cluster.figures.add(clusterKey(city, industry), ref);
    }
  });
}

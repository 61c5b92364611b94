/**
 * Index the loaded collections: articles newest first (undated last), the
 * other collections by id, so every list on every page has a stable order.
 */
import type { ArticleData, Atlas, AtlasParts } from './atlas-types.ts';

/** Newest first; undated after dated; ties by id. */
export function compareArticles(a: ArticleData, b: ArticleData): number {
  const da = a.date ?? '';
  const db = b.date ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function lookup<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** The atlas from its loaded parts. */
export function makeAtlas(parts: AtlasParts): Atlas {
  const articles = [...parts.articles].sort(compareArticles);
  const cities = [...parts.cities].sort(byId);
  const parks = [...parts.parks].sort(byId);
  const industries = [...parts.industries].sort(byId);
  const clusters = [...parts.clusters].sort(byId);
  return {
    articles,
    cities,
    parks,
    industries,
    clusters,
    companies: parts.companies,
    article: lookup(articles),
    city: lookup(cities),
    park: lookup(parks),
    industry: lookup(industries),
    cluster: lookup(clusters),
  };
}

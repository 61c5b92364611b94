/**
 * Loads the atlas from the content collections, once per build.
 */
import { getCollection } from 'astro:content';
import type { Atlas } from './atlas-types.ts';
import { loadCompanies } from './companies.ts';
import { makeAtlas } from './make-atlas.ts';

let cached: Promise<Atlas> | undefined;

async function load(): Promise<Atlas> {
  // Both script versions carry the same frontmatter; the Simplified one stands for the article.
  const [articles, cities, parks, industries, clusters] = await Promise.all([
    getCollection('articles', (e) => e.id.endsWith('/zh-hans')),
    getCollection('cities'),
    getCollection('parks'),
    getCollection('industries'),
    getCollection('clusters'),
  ]);
  return makeAtlas({
    articles: articles.map((e) => e.data),
    cities: cities.map((e) => e.data),
    parks: parks.map((e) => e.data),
    industries: industries.map((e) => e.data),
    clusters: clusters.map((e) => e.data),
    companies: loadCompanies(),
  });
}

/** The whole atlas as plain data. */
export function getAtlas(): Promise<Atlas> {
  // The dev server must see content edits; a build loads once.
  if (!import.meta.env.PROD) return load();
  cached ??= load();
  return cached;
}

/**
 * Reverse lookups over the atlas that pages need but the collections do not
 * store: each article's place in the atlas's order, the clusters an article
 * is evidence for, the parks of an industry. Built once per atlas (a build
 * loads one), so a page looks up its own rows instead of scanning every
 * article or cluster: the build stays linear in the corpus.
 */
import type { Atlas } from './atlas-types.ts';

/** The reverse lookups of one atlas. */
export interface AtlasIndex {
  /** An article's position in `atlas.articles` (newest first). */
  articleRank: ReadonlyMap<string, number>;
  /** The clusters each article is evidence for, in the atlas's cluster order. */
  clustersByArticle: ReadonlyMap<string, readonly string[]>;
  /** The parks of each industry, in the atlas's park order. */
  parksByIndustry: ReadonlyMap<string, readonly string[]>;
}

function group(pairs: Iterable<readonly [string, string]>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const [key, value] of pairs) {
    const list = groups.get(key);
    if (list) list.push(value);
    else groups.set(key, [value]);
  }
  return groups;
}

function build(atlas: Atlas): AtlasIndex {
  return {
    articleRank: new Map(atlas.articles.map((a, i) => [a.id, i])),
    // A cluster lists an article once; a Set guards against a list that repeats one.
    clustersByArticle: group(atlas.clusters.flatMap((c) => [...new Set(c.articles)].map((a) => [a, c.id] as const))),
    parksByIndustry: group(atlas.parks.flatMap((p) => [...new Set(p.industries)].map((i) => [i, p.id] as const))),
  };
}

const indexes = new WeakMap<Atlas, AtlasIndex>();

/**
 * The reverse lookups of an atlas, built on first use and kept as long as
 * the atlas lives.
 */
export function atlasIndex(atlas: Atlas): AtlasIndex {
  let index = indexes.get(atlas);
  if (!index) {
    index = build(atlas);
    indexes.set(atlas, index);
  }
  return index;
}

/**
 * Ids in the atlas's article order (newest first), unknown ones dropped and
 * repeats kept once.
 * @example inArticleOrder(atlas, ['2020-01-01-aaaa', '2023-05-06-bbbb']) // ['2023-05-06-bbbb', '2020-01-01-aaaa']
 */
export function inArticleOrder(atlas: Atlas, ids: readonly string[]): string[] {
  const rank = atlasIndex(atlas).articleRank;
  return [...new Set(ids)].filter((id) => rank.has(id)).sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
}

/**
 * One result list from the searches of a query and its variants: each page
 * once, ranked by its best score, where a variant's scores count a little
 * less than the reader's own words.
 */

/** How much a hit on a variant (a regional term, the canonical name) weighs against a hit on the query itself. */
export const VARIANT_WEIGHT = 0.8;

/** What merging needs of a search result. */
export interface Ranked {
  id: string;
  score: number;
}

/**
 * Merge result lists, the reader's query first; each id is ranked by its best
 * weighted score, but keeps the result of the earliest list that found it, so
 * its excerpt marks the reader's own words where it can; ties keep order.
 * @example mergeResults([[{ id: 'a', score: 1 }], [{ id: 'b', score: 2 }, { id: 'a', score: 3 }]])
 *   // [{ id: 'a', … }, { id: 'b', … }]  (a: max(1, 3 × 0.8) = 2.4; b: 1.6)
 */
export function mergeResults<T extends Ranked>(lists: readonly (readonly T[])[]): T[] {
  const best = new Map<string, { item: T; score: number; order: number }>();
  let order = 0;
  lists.forEach((list, i) => {
    const weight = i === 0 ? 1 : VARIANT_WEIGHT;
    for (const item of list) {
      const score = item.score * weight;
      const seen = best.get(item.id);
      if (!seen) best.set(item.id, { item, score, order: order++ });
      else if (score > seen.score) seen.score = score;
    }
  });
  return [...best.values()].sort((a, b) => b.score - a.score || a.order - b.order).map((e) => e.item);
}

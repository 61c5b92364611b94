import { describe, expect, test } from 'vitest';
import { mergeResults, VARIANT_WEIGHT } from '../../src/lib/search/merge.ts';

const r = (id: string, score: number) => ({ id, score });

describe('mergeResults', () => {
  test('lists each page once, with its best score across the searches', () => {
    const merged = mergeResults([
      [r('a', 1), r('b', 0.5)],
      [r('b', 3), r('c', 0.1)],
    ]);
    expect(merged.map((x) => x.id)).toEqual(['b', 'a', 'c']);
  });

  test("weighs the reader's own words above a variant's", () => {
    const merged = mergeResults([[r('own', 1)], [r('variant', 1)]]);
    expect(merged.map((x) => x.id)).toEqual(['own', 'variant']);
    expect(VARIANT_WEIGHT).toBeLessThan(1);
  });

  test("keeps the reader's own result for a page both searches found, so its excerpt marks their words", () => {
    const own = { id: 'a', score: 1, from: 'query' };
    const variant = { id: 'a', score: 5, from: 'variant' };
    expect(mergeResults([[own], [variant]])).toEqual([own]);
  });

  test('keeps first-seen order for equal scores', () => {
    expect(mergeResults([[r('x', 1), r('y', 1)], []]).map((x) => x.id)).toEqual(['x', 'y']);
  });

  test('returns nothing when no search found anything', () => {
    expect(mergeResults([[], []])).toEqual([]);
  });
});

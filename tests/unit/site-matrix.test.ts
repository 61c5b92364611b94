import { describe, expect, test } from 'vitest';
import { industryCityMatrix } from '../../src/lib/matrix.ts';
import { fixtureAtlas } from './site-fixture.ts';

describe('the industry × city matrix', () => {
  const atlas = fixtureAtlas();
  const matrix = industryCityMatrix(atlas, 'en');

  test('counts the articles naming each industry and city, busiest first', () => {
    expect(matrix.cities.map((c) => c.label)).toEqual(['Qingdao', 'Hsinchu']);
    expect(matrix.industries.map((i) => i.label)).toEqual(['Integrated circuits', 'New display technology']);
    expect(matrix.cells.map((row) => row.map((c) => c.count))).toEqual([
      [2, 1],
      [2, 1],
    ]);
    expect(matrix.max).toBe(2);
  });

  test('links a cell to its cluster only when the atlas has that cluster', () => {
    expect(matrix.cells[0]![0]!.cluster).toBe('qingdao-integrated-circuits');
    expect(matrix.cells[0]![1]!.cluster).toBeUndefined();
    expect(matrix.cells[1]![0]!.cluster).toBeUndefined();
  });

  test('keeps only the busiest cities when asked for fewer', () => {
    expect(industryCityMatrix(atlas, 'en', 1).cities.map((c) => c.label)).toEqual(['Qingdao']);
  });

  test('is empty for an atlas without articles', () => {
    const empty = industryCityMatrix({ ...atlas, articles: [] }, 'en');
    expect(empty.cells).toEqual([]);
    expect(empty.max).toBe(0);
  });
});

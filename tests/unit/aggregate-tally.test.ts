import { describe, expect, test } from 'vitest';
import { Tally } from '../../scripts/lib/aggregate/tally.ts';

describe('Tally', () => {
  test('ranks items by weight, then by id', () => {
    const tally = new Tally();
    tally.add('qingdao', 'b');
    tally.add('qingdao', 'a');
    tally.add('qingdao', 'c', 3);
    expect(tally.ranked('qingdao')).toEqual(['c', 'a', 'b']);
    expect(tally.total('qingdao')).toBe(5);
  });

  test('knows nothing of keys it never saw', () => {
    const tally = new Tally();
    tally.add('z', 'x');
    tally.add('a', 'x');
    expect(tally.ranked('missing')).toEqual([]);
    expect(tally.keys()).toEqual(['a', 'z']);
  });
});

import { describe, expect, test } from 'vitest';
import { pagefindOptions } from '../../src/lib/search/engine-options.ts';
import { RANKING } from '../../src/lib/search/rank.ts';

describe('pagefindOptions', () => {
  test('makes result URLs relative to the deployment base and ranks with the atlas ranking', () => {
    expect(pagefindOptions('/atlas/')).toMatchObject({ baseUrl: '/atlas/', ranking: RANKING });
  });

  test('keeps Pagefind off its worker, so the first search fetches one script fewer', () => {
    expect(pagefindOptions('/').noWorker).toBe(true);
  });
});

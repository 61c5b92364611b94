import { describe, expect, test } from 'vitest';
import { detailPages, homePages, median, summarizeWeights } from '../../scripts/lib/bench/pick-pages.ts';

const built = [
  '404.html',
  'index.html',
  'about/index.html',
  'articles/index.html',
  'articles/2024-01-02-ab12/index.html',
  'en/index.html',
  'en/articles/2024-01-02-ab12/index.html',
  'en/cities/qingdao/index.html',
  'zh-hant/articles/2024-01-02-ab12/index.html',
  'cities/qingdao/index.html',
  'cities/qingdao/data/index.html',
  'fr/articles/x/index.html',
];

describe('homePages', () => {
  test('lists the home page of each built locale only', () => {
    expect(homePages(built)).toEqual(['index.html', 'en/index.html']);
  });
});

describe('detailPages', () => {
  test('lists one kind of entry page in every locale, without the listing, deeper pages or unknown locales', () => {
    expect(detailPages(built, 'articles')).toEqual([
      'articles/2024-01-02-ab12/index.html',
      'en/articles/2024-01-02-ab12/index.html',
      'zh-hant/articles/2024-01-02-ab12/index.html',
    ]);
    expect(detailPages(built, 'cities')).toEqual(['cities/qingdao/index.html', 'en/cities/qingdao/index.html']);
    expect(detailPages(built, 'parks')).toEqual([]);
  });
});

describe('summarizeWeights', () => {
  test('finds the heaviest and the lower median, keeping the first of equals', () => {
    const items = [
      { p: 'a', w: 5 },
      { p: 'b', w: 9 },
      { p: 'c', w: 1 },
      { p: 'd', w: 9 },
    ];
    const s = summarizeWeights(items, (i) => i.w);
    expect(s?.heaviest.p).toBe('b');
    expect(s?.median.p).toBe('a');
    expect(s?.count).toBe(4);
    expect(summarizeWeights([], () => 0)).toBeNull();
  });
});

describe('median', () => {
  test('is the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([300, 100, 200, 900])).toBe(250);
    expect(median([])).toBeNull();
  });
});

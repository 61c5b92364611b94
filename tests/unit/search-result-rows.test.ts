import { describe, expect, test } from 'vitest';
import { DIRECTORY_META } from '../../src/lib/search/park-directory.ts';
import { contentWords, resultRows, type ResultData } from '../../src/lib/search/result-rows.ts';

const Z = '\u200b';

/** A directory of three Hefei parks as Pagefind returns it: words split by zero-width spaces, one heading each. */
function directory(sub: ResultData['sub_results']): ResultData {
  const words = ['合肥经开区', '新型显示', '集成电路', '新站高新区', '集成电路', '产业园', '科学岛', '园'];
  return {
    url: '/atlas/parks/#directory-1',
    excerpt: 'the record’s own excerpt',
    meta: {
      type: 'park',
      [DIRECTORY_META]: JSON.stringify({
        'parks/jingkai/': ['新型显示', '集成电路'],
        'parks/xinzhan/': ['集成电路'],
        'parks/kexuedao/': [],
      }),
    },
    filters: { city: ['合肥市'] },
    raw_content: words.join(Z),
    anchors: [
      { id: 'parks/xinzhan/', text: '新站高新区', location: 3 },
      { id: 'parks/jingkai/', text: '合肥经开区', location: 0 },
      { id: 'parks/kexuedao/', text: '科学岛', location: 6 },
    ],
    sub_results: sub,
  };
}

const at = (id: string, locations: number[], excerpt = `…${id}…`) => ({
  title: 'heading',
  excerpt,
  locations,
  anchor: { id, text: id === 'parks/jingkai/' ? '合肥经开区' : id, location: 0 },
});

describe('resultRows', () => {
  test('is the page itself for any result that is not a park directory', () => {
    const page: ResultData = {
      url: '/atlas/cities/hefei/',
      excerpt: '<mark>合肥</mark>市',
      meta: { title: '合肥市', type: 'city' },
    };
    expect(resultRows(page, '/atlas/', {})).toEqual([
      { url: '/atlas/cities/hefei/', title: '合肥市', type: 'city', date: undefined, excerpt: '<mark>合肥</mark>市' },
    ]);
    expect(resultRows({ ...page, meta: {} }, '/atlas/', {})[0]!.title).toBe('/atlas/cities/hefei/');
  });

  test('is each park the query was found under, linked to its own page under the base', () => {
    const rows = resultRows(directory([at('parks/jingkai/', [0])]), '/atlas/', {});
    expect(rows).toEqual([
      { url: '/atlas/parks/jingkai/', title: '合肥经开区', type: 'park', date: undefined, excerpt: '…parks/jingkai/…' },
    ]);
    expect(resultRows(directory([at('parks/jingkai/', [0])]), '/atlas', {})[0]!.url).toBe('/atlas/parks/jingkai/');
  });

  test('keeps the parks holding the most words of the query, the one with most hits first', () => {
    // 集成电路产业园: 新站 holds 集成电路 and 产业园, 经开区 only 集成电路, 科学岛 only 园.
    const sub = [at('parks/jingkai/', [2]), at('parks/xinzhan/', [4, 5]), at('parks/kexuedao/', [7])];
    expect(resultRows(directory(sub), '/', {}).map((r) => r.url)).toEqual(['/parks/xinzhan/']);
    const tie = [at('parks/jingkai/', [2]), at('parks/xinzhan/', [4, 4])];
    expect(resultRows(directory(tie), '/', {}).map((r) => r.url)).toEqual(['/parks/xinzhan/', '/parks/jingkai/']);
  });

  test('with a chosen industry, keeps only the parks filed under it', () => {
    const sub = [at('parks/jingkai/', [2]), at('parks/xinzhan/', [4])];
    expect(resultRows(directory(sub), '/', { industry: '新型显示' }).map((r) => r.url)).toEqual(['/parks/jingkai/']);
    expect(resultRows(directory(sub), '/', { industry: '生物医药' })).toEqual([]);
  });

  test('lists every park, in page order, when searched by filters alone, under its industries or else its city', () => {
    const rows = resultRows(directory([]), '/', {});
    expect(rows.map((r) => [r.url, r.title, r.excerpt])).toEqual([
      ['/parks/jingkai/', '合肥经开区', '新型显示 · 集成电路'],
      ['/parks/xinzhan/', '新站高新区', '集成电路'],
      ['/parks/kexuedao/', '科学岛', '合肥市'],
    ]);
  });

  test('ignores sections that are no park of the directory', () => {
    const stray = { title: 'x', excerpt: 'x', locations: [1] };
    const rows = resultRows(directory([stray, at('parks/elsewhere/', [1])]), '/', {});
    expect(rows).toHaveLength(3); // none matched by name: all of its parks
  });

  test('an unreadable park list shows nothing rather than breaking the page', () => {
    const data = directory([at('parks/jingkai/', [0])]);
    expect(resultRows({ ...data, meta: { ...data.meta, [DIRECTORY_META]: '{oops' } }, '/', {})).toEqual([]);
  });
});

describe('contentWords', () => {
  test('splits segmented text at its zero-width spaces and other text at white space', () => {
    expect(contentWords(`集成${Z}电路 ${Z}Park`)).toEqual(['集成', '电路 ', 'Park']);
    expect(contentWords('Hefei  New\tDisplay')).toEqual(['Hefei', 'New', 'Display']);
  });
});

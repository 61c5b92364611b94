import { describe, expect, test } from 'vitest';
import { nameKey, titleFirst } from '../../src/lib/search/rank.ts';

describe('nameKey', () => {
  test('ignores case, width, spacing, punctuation and administrative suffixes', () => {
    expect(nameKey('Ｑｉｎｇｄａｏ')).toBe('qingdao');
    expect(nameKey('青岛市')).toBe(nameKey('青岛'));
    expect(nameKey('Hsinchu City')).toBe('hsinchu');
    expect(nameKey('Integrated circuits')).toBe(nameKey('integrated  circuits'));
  });

  test('keeps a name that is only a suffix', () => {
    expect(nameKey('市')).toBe('市');
  });
});

describe('titleFirst', () => {
  const hits = [
    { id: 1, title: 'New materials in Qingdao' },
    { id: 2, title: 'Qingdao Integrated Circuit Industrial Park' },
    { id: 3, title: 'Qingdao' },
    { id: 4, title: 'Jinan' },
  ];

  test('moves the page named by the query to the top, keeping the rest in order', () => {
    expect(titleFirst(hits, ['qingdao'], (h) => h.title).map((h) => h.id)).toEqual([3, 1, 2, 4]);
  });

  test('also honours folded variants of the query', () => {
    const zh = [{ t: '集成电路产业园' }, { t: '集成电路' }];
    expect(titleFirst(zh, ['积体电路', '集成电路'], (h) => h.t).map((h) => h.t)).toEqual([
      '集成电路',
      '集成电路产业园',
    ]);
  });

  test('changes nothing when no title is the query', () => {
    expect(titleFirst(hits, ['BOE'], (h) => h.title)).toEqual(hits);
  });

  test('moves a result with several titles when any one of them is the query', () => {
    const lists = [{ titles: ['合肥市'] }, { titles: ['新站高新区', '合肥经开区'] }, { titles: [] }];
    expect(titleFirst(lists, ['合肥经开区'], (h) => h.titles)).toEqual([lists[1], lists[0], lists[2]]);
  });
});

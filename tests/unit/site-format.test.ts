import { describe, expect, test } from 'vitest';
import { figureKindLabel, figureValue } from '../../src/lib/figure-rows.ts';
import { articleCount, formatDate } from '../../src/lib/format.ts';
import { articleTitle, localName } from '../../src/lib/names.ts';
import { entityPath, paragraphPath } from '../../src/lib/links.ts';
import { formatCoords } from '../../src/lib/views/shared.ts';

describe('dates and counts', () => {
  test('an ISO date reads the same calendar day in every locale', () => {
    expect(formatDate('2020-04-21', 'zh-hans')).toBe('2020年4月21日');
    expect(formatDate('2020-04-21', 'zh-hant')).toBe('2020年4月21日');
    expect(formatDate('2020-04-21', 'en')).toBe('21 April 2020');
    expect(formatDate('2021-01-01', 'en')).toBe('1 January 2021');
  });

  test('one article is singular in English', () => {
    expect(articleCount(1, 'en')).toBe('1 article');
    expect(articleCount(1200, 'en')).toBe('1,200 articles');
    expect(articleCount(3, 'zh-hans')).toBe('3 篇文章');
  });
});

describe('figures', () => {
  const figure = {
    kind: 'investment',
    value: 135140000000,
    unit: 'CNY',
    text: '总投资1351.4亿元',
    paragraph: 4,
  } as const;

  test('a value reads in the locale', () => {
    expect(figureValue(figure, 'zh-hans')).toBe('1,351.4亿元');
    expect(figureValue(figure, 'zh-hant')).toBe('1,351.4億元');
    expect(figureValue(figure, 'en')).toBe('CNY 135.14 billion');
  });

  test('a hedged value keeps its hedge', () => {
    expect(figureValue({ ...figure, qualifier: 'approx' }, 'en')).toBe('about CNY 135.14 billion');
    expect(figureValue({ ...figure, qualifier: 'max' }, 'zh-hant')).toBe('不到1,351.4億元');
  });

  test('a kind has a label in each locale', () => {
    expect(figureKindLabel('investment', 'en')).toBe('Investment');
    expect(figureKindLabel('output', 'zh-hans')).toBe('产值');
  });
});

describe('names and paths', () => {
  const name = { hans: '天津市', hant: '天津市', en: 'Tianjin' };

  test('a name is taken from the data in the locale', () => {
    expect(localName(name, 'en')).toBe('Tianjin');
    expect(localName({ ...name, hant: '天津巿' }, 'zh-hant')).toBe('天津巿');
  });

  test('a Traditional title is shown as is on the Traditional page', () => {
    expect(articleTitle({ title: { hans: '产业', hant: '產業' } }, 'zh-hant')).toEqual({ text: '產業' });
  });

  test('paths are ASCII, end in a slash, and anchor paragraphs', () => {
    expect(entityPath('parks', 'qingdao-chip-park')).toBe('parks/qingdao-chip-park/');
    expect(paragraphPath('2020-04-21-6b53536a', 12)).toBe('articles/2020-04-21-6b53536a/#p-12');
  });

  test('coordinates read with hemispheres', () => {
    expect(formatCoords([36.06491, 120.38042])).toBe('36.0649° N, 120.3804° E');
    expect(formatCoords([-33.8688, -70.6693])).toBe('33.8688° S, 70.6693° W');
  });
});

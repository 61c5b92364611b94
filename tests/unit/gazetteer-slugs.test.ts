import { describe, expect, test } from 'vitest';
import { assignSlugs, slugify } from '../../scripts/lib/gazetteer/slugs.ts';

describe('slugify', () => {
  test('makes ASCII lower-case slugs without apostrophes or diacritics', () => {
    expect(slugify("Xi'an")).toBe('xian');
    expect(slugify('Inner Mongolia')).toBe('inner-mongolia');
    expect(slugify('São Lázaro')).toBe('sao-lazaro');
    expect(slugify('Central and Western')).toBe('central-and-western');
  });
});

describe('assignSlugs', () => {
  test('a base nobody else wants is used as is', () => {
    expect(assignSlugs([{ key: '370200', base: 'qingdao', qualifiers: ['shandong', 'city'] }])).toEqual(
      new Map([['370200', 'qingdao']]),
    );
  });

  test('homonyms all get their province, none keeps the bare base', () => {
    const ids = assignSlugs([
      { key: '341300', base: 'suzhou', qualifiers: ['anhui', 'city'] },
      { key: '320500', base: 'suzhou', qualifiers: ['jiangsu', 'city'] },
      { key: '370200', base: 'qingdao', qualifiers: ['shandong', 'city'] },
    ]);
    expect(ids.get('320500')).toBe('suzhou-jiangsu');
    expect(ids.get('341300')).toBe('suzhou-anhui');
    expect(ids.get('370200')).toBe('qingdao');
  });

  test('homonyms of one province are told apart by unit type', () => {
    const ids = assignSlugs([
      { key: '710800', base: 'hsinchu', qualifiers: ['taiwan', 'city'] },
      { key: '711000', base: 'hsinchu', qualifiers: ['taiwan', 'county'] },
    ]);
    expect([...ids.values()].sort()).toEqual(['hsinchu-city', 'hsinchu-county']);
  });

  test('the result does not depend on the order of the requests', () => {
    const requests = [
      { key: 'b', base: 'x', qualifiers: ['q2'] },
      { key: 'a', base: 'x', qualifiers: ['q1'] },
      { key: 'c', base: 'y', qualifiers: [] },
    ];
    expect(assignSlugs(requests)).toEqual(assignSlugs([...requests].reverse()));
  });

  test('a slug already taken or produced twice gets the key appended', () => {
    const ids = assignSlugs([{ key: '1', base: 'qingdao', qualifiers: [] }], new Set(['qingdao']));
    expect(ids.get('1')).toBe('qingdao-1');
    const clash = assignSlugs([
      { key: '1', base: 'a-b', qualifiers: [] },
      { key: '2', base: 'a', qualifiers: ['b'] },
      { key: '3', base: 'a', qualifiers: ['c'] },
    ]);
    expect(new Set(clash.values()).size).toBe(3);
  });
});

import { describe, expect, test } from 'vitest';
import { HTML_LANG, LOCALE_LABEL, LOCALES, OG_LOCALE } from '../../src/i18n/locales.ts';
import { fill, messages, plural } from '../../src/i18n/messages.ts';

type Leaf = string | readonly string[];

/** Every string or list of a dictionary by its dotted path (`search.filters.city`). */
function leaves(value: unknown, path = ''): Map<string, Leaf> {
  if (typeof value === 'string' || Array.isArray(value)) return new Map([[path, value as Leaf]]);
  const out = new Map<string, Leaf>();
  for (const [key, child] of Object.entries(value as object)) {
    for (const [p, leaf] of leaves(child, path ? `${path}.${key}` : key)) out.set(p, leaf);
  }
  return out;
}

const dictionary = (locale: (typeof LOCALES)[number]) => leaves(messages(locale));
const simplified = dictionary('zh-hans');
const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('translation files', () => {
  test.each(['zh-hant', 'en'] as const)(
    '%s has exactly the keys of the Simplified dictionary, groups included',
    (locale) => {
      expect([...dictionary(locale).keys()].sort()).toEqual([...simplified.keys()].sort());
    },
  );

  test('the search, kit and data dictionary strings live in the locale files', () => {
    for (const key of [
      'search.noResults',
      'search.count.one',
      'kit.citeHeading',
      'fields.common.url',
      'fieldTypes.ids',
    ])
      expect(simplified.has(key), key).toBe(true);
  });

  test.each(LOCALES)('%s has no empty string, in plain values, groups or lists', (locale) => {
    for (const [key, value] of dictionary(locale)) {
      const strings = typeof value === 'string' ? [value] : [...value];
      expect(strings.length, key).toBeGreaterThan(0);
      for (const s of strings) expect(s.trim(), key).not.toBe('');
    }
  });

  test.each(LOCALES)('%s lists have as many items as the Simplified ones', (locale) => {
    const own = dictionary(locale);
    for (const [key, value] of simplified) {
      if (typeof value === 'string') continue;
      expect(own.get(key), key).toHaveLength(value.length);
    }
  });

  test.each(LOCALES)('%s templates use the same {slots} as the Simplified ones', (locale) => {
    const own = dictionary(locale);
    for (const [key, value] of simplified) {
      if (typeof value !== 'string') continue;
      expect(slots(String(own.get(key))), key).toEqual(slots(value));
    }
  });

  test('the Traditional dictionary is not Simplified text left unconverted', () => {
    expect(messages('zh-hant').siteName).toBe('產業集群地圖集');
    expect(messages('zh-hant').navParks).not.toBe(messages('zh-hans').navParks);
    expect(messages('zh-hant').search.title).not.toBe(messages('zh-hans').search.title);
    expect(messages('zh-hant').fields.common.url).not.toBe(messages('zh-hans').fields.common.url);
  });
});

describe('locale tables', () => {
  test('every locale has an html lang, an Open Graph locale and a switcher label', () => {
    for (const locale of LOCALES) {
      expect(HTML_LANG[locale]).toMatch(/^(zh-Hans|zh-Hant|en)$/);
      expect(OG_LOCALE[locale]).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
      expect(LOCALE_LABEL[locale].length).toBeGreaterThan(0);
    }
  });
});

describe('fill', () => {
  test('replaces every slot with its value', () => {
    expect(fill('{city}{industry}产业集群', { city: '青岛市', industry: '集成电路' })).toBe('青岛市集成电路产业集群');
    expect(fill('{n} of {n}', { n: 2 })).toBe('2 of 2');
  });

  test('leaves a slot without a value visible', () => {
    expect(fill('{industry} in {city}', { industry: 'Chips' })).toBe('Chips in {city}');
  });

  test('does not read slots inside the values it puts in', () => {
    expect(fill('“{query}”', { query: '{n}' })).toBe('“{n}”');
  });
});

describe('plural', () => {
  const forms = { one: '{n} city', other: '{n} cities' };

  test('picks the singular form for one in English and the other form otherwise', () => {
    expect(plural(forms, 1, 'en')).toBe('1 city');
    expect(plural(forms, 0, 'en')).toBe('0 cities');
    expect(plural(forms, 21, 'en')).toBe('21 cities');
  });

  test('uses the one form Chinese has for every number', () => {
    expect(plural({ one: 'one {n}', other: '{n} 个城市' }, 1, 'zh-hans')).toBe('1 个城市');
  });
});

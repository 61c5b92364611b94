import { describe, expect, test } from 'vitest';
import { HTML_LANG, LOCALE_LABEL, LOCALES, OG_LOCALE } from '../../src/i18n/locales.ts';
import { fill, messages } from '../../src/i18n/messages.ts';

const keys = (locale: (typeof LOCALES)[number]) => Object.keys(messages(locale)).sort();

describe('translation files', () => {
  test.each(['zh-hant', 'en'] as const)('%s has exactly the keys of the Simplified dictionary', (locale) => {
    expect(keys(locale)).toEqual(keys('zh-hans'));
  });

  test.each(LOCALES)('%s has no empty string, in plain values or in lists', (locale) => {
    for (const [key, value] of Object.entries(messages(locale))) {
      const strings = typeof value === 'string' ? [value] : [...value];
      expect(strings.length, key).toBeGreaterThan(0);
      for (const s of strings) expect(s.trim(), key).not.toBe('');
    }
  });

  test.each(LOCALES)('%s lists have as many items as the Simplified ones', (locale) => {
    for (const [key, value] of Object.entries(messages('zh-hans'))) {
      if (typeof value === 'string') continue;
      expect((messages(locale) as Record<string, unknown>)[key], key).toHaveLength(value.length);
    }
  });

  test.each(LOCALES)('%s templates use the same {slots} as the Simplified ones', (locale) => {
    const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of Object.entries(messages('zh-hans'))) {
      if (typeof value !== 'string') continue;
      expect(slots(String((messages(locale) as Record<string, unknown>)[key])), key).toEqual(slots(value));
    }
  });

  test('the Traditional dictionary is not Simplified text left unconverted', () => {
    expect(messages('zh-hant').siteName).toBe('產業集群地圖集');
    expect(messages('zh-hant').navParks).not.toBe(messages('zh-hans').navParks);
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
});

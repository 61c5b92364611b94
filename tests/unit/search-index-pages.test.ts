import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  candidatesByLocale,
  indexLocale,
  localeOfLang,
  localeOfPath,
  markedIn,
} from '../../src/integrations/pagefind-pages.ts';

const root = mkdtempSync(join(tmpdir(), 'atlas-index-pages-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const html = (lang: string, marked: boolean) =>
  `<!doctype html><html lang="${lang}"><body><main${marked ? ' data-pagefind-body' : ''}>x</main></body></html>`;

describe('localeOfLang', () => {
  test("maps the atlas's <html lang> tags to locales, in any letter case", () => {
    expect(localeOfLang('zh-Hans')).toBe('zh-hans');
    expect(localeOfLang('ZH-HANT')).toBe('zh-hant');
    expect(localeOfLang('en')).toBe('en');
    expect(localeOfLang('fr')).toBeNull();
  });
});

describe('indexLocale', () => {
  test('indexes a marked page in the locale of its <html lang>, and leaves unmarked pages out', () => {
    expect(indexLocale(html('zh-Hant', true))).toBe('zh-hant');
    expect(indexLocale(html('zh-Hant', false))).toBeNull();
  });

  test('does not take the words data-pagefind-body in the text for the mark', () => {
    expect(indexLocale('<html lang="en"><body><p>add data-pagefind-body to main</p></body></html>')).toBeNull();
  });

  test('fails on a marked page in a language the atlas has no index for, naming it', () => {
    expect(() => indexLocale(html('fr', true), 'fr/x/index.html')).toThrow(/fr\/x\/index\.html.*"fr"/);
    expect(() => indexLocale('<html><main data-pagefind-body></main></html>', 'p.html')).toThrow(/p\.html/);
  });
});

describe('candidatesByLocale and markedIn', () => {
  test('group a site’s pages by their locale’s folder in path order, skipping the search bundles', async () => {
    const site = join(root, 'site');
    const put = (path: string, text: string) => {
      mkdirSync(join(site, path, '..'), { recursive: true });
      writeFileSync(join(site, path), text);
    };
    put('cities/b/index.html', html('zh-Hans', true));
    put('cities/a/index.html', html('zh-Hans', true));
    put('cities/index.html', html('zh-Hans', false));
    put('en/cities/a/index.html', html('en', true));
    put('zh-hant/index.html', html('zh-Hant', false));
    put('pagefind/en/playground/index.html', html('en', true));
    expect(await candidatesByLocale(site)).toEqual({
      'zh-hans': ['cities/a/index.html', 'cities/b/index.html', 'cities/index.html'],
      'zh-hant': ['zh-hant/index.html'],
      en: ['en/cities/a/index.html'],
    });
  });

  test('a page of a locale’s folder is indexed when marked, and must then be in that locale’s language', () => {
    expect(markedIn(html('en', true), 'en', 'en/a/index.html')).toBe(true);
    expect(markedIn(html('en', false), 'en', 'en/b/index.html')).toBe(false);
    expect(() => markedIn(html('zh-Hans', true), 'en', 'en/c/index.html')).toThrow(
      /en\/c\/index\.html is in the en folder but its <html lang> is zh-Hans/,
    );
  });

  test('localeOfPath reads the locale from the first folder', () => {
    expect(localeOfPath('zh-hant/parks/x/index.html')).toBe('zh-hant');
    expect(localeOfPath('english/index.html')).toBe('zh-hans');
    expect(localeOfPath('index.html')).toBe('zh-hans');
  });
});

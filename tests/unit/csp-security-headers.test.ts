import { describe, expect, test } from 'vitest';
import { parsePolicy } from '../../src/integrations/csp-policy.ts';
import { headersForPath, pathMatches } from '../../src/integrations/headers-file.ts';
import { localeFolders, pageGroups, securityRules } from '../../src/integrations/security-headers.ts';

const FILES = [
  '404.html',
  'index.html',
  'about/index.html',
  'cities/qingdao/index.html',
  'embed/cities/qingdao/index.html',
  'en/index.html',
  'en/cities/qingdao/index.html',
  'en/embed/cities/qingdao/index.html',
  'zh-hant/parks/x/index.html',
];
const NO_HASHES = { scripts: [], styles: [] };
const urlOf = (base: string, file: string) => `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;

describe('page groups', () => {
  test('are the non-default locale folders', () => {
    expect(localeFolders()).toEqual(['zh-hant/', 'en/']);
  });

  test('name each first folder per locale once, the home pages exactly, and embeds apart', () => {
    expect(pageGroups(FILES, localeFolders())).toEqual({
      pages: [
        '',
        '404.html',
        'about/*',
        'cities/*',
        'en/',
        'en/cities/*',
        'en/index.html',
        'index.html',
        'zh-hant/parks/*',
      ],
      embeds: ['embed/*', 'en/embed/*'],
    });
  });

  test('stay few however many pages there are', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `articles/a-${i}/index.html`);
    expect(pageGroups(many, localeFolders()).pages).toEqual(['articles/*']);
  });
});

describe('security rules', () => {
  for (const base of ['/', '/atlas/']) {
    const rules = securityRules(base, pageGroups(FILES, localeFolders()), {}, NO_HASHES);

    test(`under ${base}, give every page exactly one block that sets its policy`, () => {
      for (const file of FILES) {
        const url = urlOf(base, file);
        const setting = rules.filter(
          (r) => pathMatches(r.path, url) && r.headers.some(([n]) => n === 'Content-Security-Policy'),
        );
        expect(setting, url).toHaveLength(1);
      }
    });

    test(`under ${base}, let any site frame embeds and only the site frame other pages`, () => {
      for (const file of FILES) {
        const headers = headersForPath(rules, urlOf(base, file));
        const embed = file.includes('embed/');
        expect(parsePolicy(headers['content-security-policy'] ?? '').get('frame-ancestors')).toEqual(
          embed ? ['*'] : ["'self'"],
        );
        expect(headers['x-frame-options']).toBe(embed ? undefined : 'SAMEORIGIN');
        expect(headers['x-content-type-options']).toBe('nosniff');
      }
    });
  }

  test('carry the inline hashes into both policies', () => {
    const rules = securityRules('/', { pages: [''], embeds: ['embed/*'] }, {}, { scripts: ['sha256-x'], styles: [] });
    for (const path of ['/', '/embed/cities/a/']) {
      expect(parsePolicy(headersForPath(rules, path)['content-security-policy'] ?? '').get('script-src')).toContain(
        "'sha256-x'",
      );
    }
  });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { fileFor } from '../helpers/crawl.ts';
import { htmlFiles, readPage } from '../helpers/dist.ts';
import { LOCALES as LOCALE_CODES } from '../../src/i18n/locales.ts';
import { messages } from '../../src/i18n/messages.ts';

const { dist, content } = inject('fixture');
const BASE = '/atlas/';
const SITE = 'https://atlas.example.org';
const LOCALES = [
  { prefix: '', lang: 'zh-Hans', og: 'zh_CN' },
  { prefix: 'zh-hant/', lang: 'zh-Hant', og: 'zh_TW' },
  { prefix: 'en/', lang: 'en', og: 'en_US' },
] as const;

/** Ids of a generated collection, from its file names. */
function ids(kind: string): string[] {
  const dir = join(content, kind);
  if (!existsSync(dir)) return [];
  return kind === 'articles'
    ? readdirSync(dir).filter((d) => existsSync(join(dir, d, 'zh-hans.mdx')))
    : readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.slice(0, -'.json'.length));
}

const KINDS = ['cities', 'parks', 'industries', 'clusters', 'articles'] as const;
const entityPages = KINDS.flatMap((kind) => ids(kind).map((id) => `${kind}/${id}/`));
const sitePages = ['', ...KINDS.map((k) => `${k}/`), 'about/', ...entityPages];
const pagesOf = (path: string) => LOCALES.map((l) => `${l.prefix}${path}index.html`);
// Embeds are bare map pages, not site pages: no chrome, no switcher, not in the sitemap.
const allPages = htmlFiles(dist).filter((p) => p !== '404.html' && !p.startsWith('_') && !/(^|\/)embed\//.test(p));
const localeOf = (page: string) => LOCALES.find((l) => l.prefix !== '' && page.startsWith(l.prefix)) ?? LOCALES[0];
const fileOfUrl = (href: string) => (href.startsWith(SITE) ? fileFor(dist, BASE, new URL(href).pathname) : null);

describe('every page kind exists in the three locales', () => {
  test('the fixture has at least one of every entity kind', () => {
    for (const kind of KINDS) expect(ids(kind).length, kind).toBeGreaterThan(0);
  });

  test.each(sitePages)('"%s" is built at /, /zh-hant/ and /en/', (path) => {
    for (const page of pagesOf(path)) expect(existsSync(join(dist, page)), page).toBe(true);
  });

  test('the 404 page, the sitemap and robots.txt are built', () => {
    for (const file of ['404.html', 'sitemap.xml', 'robots.txt']) expect(existsSync(join(dist, file)), file).toBe(true);
  });
});

describe('every page declares its language and its addresses', () => {
  test.each(allPages)('%s', (page) => {
    const doc = readPage(dist, page);
    const locale = localeOf(page);
    const own = `${SITE}${BASE}${page.replace(/index\.html$/, '')}`;
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe(locale.lang);

    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    expect(canonical).toBe(own);

    const alternates = doc.querySelectorAll('link[rel="alternate"][hreflang]');
    expect(alternates.map((a) => a.getAttribute('hreflang'))).toEqual(['zh-Hans', 'zh-Hant', 'en', 'x-default']);
    for (const a of alternates) expect(fileOfUrl(a.getAttribute('href') ?? ''), a.toString()).not.toBeNull();
    expect(alternates[3]!.getAttribute('href')).toBe(alternates[0]!.getAttribute('href'));
    expect(alternates.find((a) => a.getAttribute('hreflang') === locale.lang)?.getAttribute('href')).toBe(own);

    const meta = (key: string) =>
      doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? '';
    expect(meta('og:url')).toBe(own);
    expect(meta('og:locale')).toBe(locale.og);
    for (const key of ['og:title', 'og:description', 'og:site_name', 'og:type', 'description']) {
      expect(meta(key).trim(), key).not.toBe('');
    }
    expect(['summary', 'summary_large_image']).toContain(meta('twitter:card'));
    expect(doc.querySelector('title')?.text.trim()).not.toBe('');
  });
});

describe('the language switcher goes to the same page in the other locales', () => {
  test.each(allPages)('%s', (page) => {
    const doc = readPage(dist, page);
    const links = doc.querySelectorAll('.lang-switch a');
    expect(links.map((a) => a.getAttribute('hreflang'))).toEqual(['zh-Hans', 'zh-Hant', 'en']);
    const path = page.replace(/^(zh-hant|en)\//, '');
    for (const [i, a] of links.entries()) {
      const href = a.getAttribute('href') ?? '';
      expect(href).toBe(`${BASE}${LOCALES[i]!.prefix}${path.replace(/index\.html$/, '')}`);
      expect(fileFor(dist, BASE, href), href).not.toBeNull();
      expect(a.getAttribute('lang')).toBe(LOCALES[i]!.lang);
    }
    const current = links.filter((a) => a.getAttribute('aria-current'));
    expect(current.map((a) => a.getAttribute('hreflang'))).toEqual([localeOf(page).lang]);
  });
});

describe('article pages anchor every paragraph', () => {
  const articlePages = ids('articles').flatMap((id) => pagesOf(`articles/${id}/`));

  test.each(articlePages)('%s has p-1 … p-N in order, and its figures link to them', (page) => {
    const doc = readPage(dist, page);
    const body = doc.querySelector('.prose')!;
    const anchors = body.querySelectorAll('[id^="p-"]').map((el) => el.getAttribute('id'));
    expect(anchors.length).toBeGreaterThan(0);
    expect(anchors).toEqual(anchors.map((_, i) => `p-${i + 1}`));
    for (const a of doc.querySelectorAll('.figures a')) {
      const fragment = (a.getAttribute('href') ?? '').split('#')[1];
      expect(anchors, a.toString()).toContain(fragment);
    }
  });

  test.each(ids('articles').map((id) => `en/articles/${id}/index.html`))(
    '%s marks the Chinese text as zh-Hans',
    (page) => {
      const body = readPage(dist, page).querySelector('.prose');
      expect(body?.getAttribute('lang')).toBe('zh-Hans');
    },
  );

  test('a page whose text was converted from the other script says so', () => {
    const hant = ids('articles').find((id) =>
      readFileSync(join(content, 'articles', id, 'zh-hans.mdx'), 'utf8').includes('script: "hant"'),
    );
    expect(hant, 'the fixture has a Traditional-script article').toBeDefined();
    expect(readPage(dist, `articles/${hant}/index.html`).querySelector('.notice--converted')?.text).toMatch(/OpenCC/);
    expect(readPage(dist, `zh-hant/articles/${hant}/index.html`).querySelector('.notice--converted')).toBeNull();
  });
});

describe('the sitemap', () => {
  const xml = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

  test('lists every page of the site once, each at an existing file', () => {
    expect(new Set(locs).size).toBe(locs.length);
    for (const loc of locs) expect(fileOfUrl(loc), loc).not.toBeNull();
    const listed = new Set(locs.map((l) => fileFor(dist, BASE, new URL(l).pathname)));
    for (const page of allPages.filter((p) => !p.includes('search/'))) expect(listed, page).toContain(join(dist, page));
  });

  test('gives every URL its alternates', () => {
    expect(xml.match(/<xhtml:link /g)?.length).toBe(locs.length * 4);
  });

  test('is named by robots.txt with its absolute URL', () => {
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}${BASE}sitemap.xml`);
  });
});

describe('an article with an English title from the editor (tests/fixtures/seeds/english-titles.yaml)', () => {
  const ENGLISH = 'Wuxi’s Internet of Things cluster speeds up';
  const CHINESE = '无锡物联网产业集群加快发展';
  const seedOf = (id: string) => readFileSync(join(content, 'articles', id, 'zh-hans.mdx'), 'utf8');
  const titled = ids('articles').find((id) => seedOf(id).includes('file: "wuxi-gb18030.txt"'))!;
  const untitled = ids('articles').find((id) => !/\n {2}en: /.test(seedOf(id)))!;

  test('the ingest wrote it into the frontmatter', () => {
    expect(titled).toBeDefined();
    expect(seedOf(titled)).toContain(`  en: "${ENGLISH}"`);
  });

  test('is the /en/ heading and <title>, with the headline as published below it marked as Chinese', () => {
    const doc = readPage(dist, `en/articles/${titled}/index.html`);
    const h1 = doc.querySelector('h1');
    expect(h1?.text.trim()).toBe(ENGLISH);
    expect(h1?.getAttribute('lang')).toBeUndefined();
    expect(doc.querySelector('title')?.text).toContain(ENGLISH);
    expect(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')).toContain(ENGLISH);
    const original = doc.querySelector('.article-original [lang="zh-Hans"]');
    expect(original?.text).toBe(CHINESE);
  });

  test('names the article in the /en/ list of articles', () => {
    const list = readPage(dist, 'en/articles/index.html');
    const link = list.querySelectorAll('a').find((a) => a.getAttribute('href')?.endsWith(`articles/${titled}/`));
    expect(link?.text.trim()).toBe(ENGLISH);
  });

  test('leaves the Chinese pages with their Chinese heading', () => {
    const doc = readPage(dist, `articles/${titled}/index.html`);
    expect(doc.querySelector('h1')?.text.trim()).toBe(CHINESE);
    expect(doc.querySelector('.article-original')).toBeNull();
  });

  test('an article without one keeps its Chinese heading on /en/, marked as Chinese', () => {
    expect(untitled).toBeDefined();
    const h1 = readPage(dist, `en/articles/${untitled}/index.html`).querySelector('h1');
    expect(h1?.getAttribute('lang')).toBe('zh-Hans');
  });

  test('a line naming no seed is a warning in the build log, naming the file and the key', () => {
    const log = readFileSync(inject('fixture').ingestLog, 'utf8');
    expect(log).toMatch(/warning: .*english-titles\.yaml: "no-such-seed\.txt"/);
  });
});

describe('the search script gets only its page’s strings', () => {
  const scripts = readdirSync(join(dist, '_astro'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(dist, '_astro', f), 'utf8'))
    .join('\n');

  test.each(LOCALE_CODES)('no client script carries the %s dictionary', (locale) => {
    const { search, kit, map } = messages(locale);
    for (const text of [search.failed, search.prompt, kit.citeHeading, map.schematic])
      expect(scripts).not.toContain(text);
  });

  test.each(LOCALE_CODES)("the %s search page hands its script that locale's search strings", (locale) => {
    const prefix = LOCALES.find((l) => l.lang.toLowerCase() === locale)?.prefix ?? '';
    const root = readPage(dist, `${prefix}search/index.html`).querySelector('[data-strings]');
    expect(JSON.parse(root?.getAttribute('data-strings') ?? 'null')).toEqual(messages(locale).search);
  });
});

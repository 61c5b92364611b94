/**
 * The search bundles the fixture build wrote: one per locale, each with its
 * own language only, a filter-values list matching what the pages declare,
 * no page furniture (citations, embed code, download notes) and no cluster
 * page in what was indexed; and written by the build script after Astro's
 * process had exited.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, test } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { fill, messages } from '../../src/i18n/messages.ts';
import { bundleFolder, FILTER_VALUES_FILE } from '../../src/lib/search/bundle-path.ts';
import type { FilterValues } from '../../src/lib/search/filter-values.ts';
import { ENTRY_TYPES } from '../../src/lib/search/state.ts';

const { dist, ingestLog } = inject('fixture');
const atlas = JSON.parse(readFileSync(join(dist, 'data/atlas.json'), 'utf8')) as {
  clusters: { id: string; city: string; industry: string }[];
};
const prefix = (locale: string) => (locale === 'zh-hans' ? '' : `${locale}/`);
type Names = { hans: string; hant: string; en: string };
const whole = JSON.parse(readFileSync(join(dist, 'data/atlas.json'), 'utf8')) as {
  cities: { id: string; name: Names; industries: string[] }[];
  industries: { id: string; name: Names }[];
};
const atlasCities = whole.cities;
const industries = new Map(whole.industries.map((i) => [i.id, i]));

/** The indexed pages of a bundle: URL, text and filters (fragments are gzipped JSON after a signature). */
function fragments(locale: string): { url: string; content: string; filters: Record<string, string[]> }[] {
  const dir = join(dist, bundleFolder(locale as (typeof LOCALES)[number]), 'fragment');
  return readdirSync(dir).map(
    (f) =>
      JSON.parse(
        gunzipSync(readFileSync(join(dir, f)))
          .toString('utf8')
          .replace(/^pagefind_dcd/, ''),
      ) as { url: string; content: string; filters: Record<string, string[]> },
  );
}

describe.each(LOCALES)('the %s search bundle', (locale) => {
  const bundle = join(dist, bundleFolder(locale));

  test('holds its own language only, and pages of that locale only', () => {
    const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual([locale]);
    // Pagefind stores URLs relative to the base; the client adds it.
    const prefix = locale === 'zh-hans' ? /^\/(?!zh-hant\/|en\/)/ : new RegExp(`^/${locale}/`);
    const urls = fragments(locale).map((f) => f.url);
    expect(urls.length).toBe(entry.languages[locale]?.page_count);
    for (const url of urls) expect(url).toMatch(prefix);
  });

  test('lists every filter value its pages carry, with how many pages carry it', () => {
    const listed = JSON.parse(readFileSync(join(bundle, FILTER_VALUES_FILE), 'utf8')) as FilterValues;
    const counted: FilterValues = {};
    for (const { filters } of fragments(locale)) {
      for (const [key, values] of Object.entries(filters)) {
        for (const value of values) {
          counted[key] ??= {};
          counted[key][value] = (counted[key][value] ?? 0) + 1;
        }
      }
    }
    expect(listed).toEqual(counted);
    expect(Object.keys(listed.type ?? {}).length).toBeGreaterThan(1);
  });

  test('indexed no citation, embed code or download note', () => {
    for (const { url, content } of fragments(locale)) {
      expect(content, url).not.toMatch(/<iframe|\(accessed \[|访问日期|訪問日期|JSON 包含|The JSON holds/);
    }
  });

  test('indexed no list furniture: section headings, field labels, "none", paragraph links, chart tables', () => {
    const t = messages(locale);
    // Pagefind puts zero-width spaces between the words it cuts Chinese text into.
    const texts = fragments(locale).map((f) => ({ url: f.url, text: f.content.replaceAll('\u200b', '') }));
    expect(texts.length).toBeGreaterThan(0);
    for (const { url, text } of texts) {
      for (const label of [t.precisionLabel, t.adcodeLabel, t.none, t.charts.table]) {
        expect(text, `${url}: ${label}`).not.toContain(label);
      }
    }
    // What the pages are about is still there: a city page holds its name and its industries' names.
    const city = atlasCities.find((c) => c.industries.length > 0)!;
    const page = texts.find((f) => f.url === `/${prefix(locale)}cities/${city.id}/`)!;
    const name = (n: { hans: string; hant: string; en: string }) =>
      locale === 'zh-hans' ? n.hans : locale === 'zh-hant' ? n.hant : n.en;
    expect(page.text).toContain(name(city.name));
    expect(page.text).toContain(name(industries.get(city.industries[0]!)!.name));
  });
});

test('no page gives Pagefind a sort key, whose page order every first search would download', () => {
  const article = readdirSync(join(dist, 'articles')).find((name) => !name.includes('.'))!;
  const html = readFileSync(join(dist, 'articles', article, 'index.html'), 'utf8');
  expect(html).toContain('data-pagefind-meta="date');
  expect(html).not.toContain('data-pagefind-sort');
});

test('the article text is indexed in the Chinese bundles and left out of the English one', () => {
  const paragraph = (html: string) => /<p id="p-1">([^<&]{12,})/.exec(html)?.[1];
  const article = readdirSync(join(dist, 'articles')).find((id) =>
    paragraph(readFileSync(join(dist, 'articles', id, 'index.html'), 'utf8')),
  )!;
  const text = paragraph(readFileSync(join(dist, 'articles', article, 'index.html'), 'utf8'))!.slice(0, 12);
  const plain = (locale: string) =>
    fragments(locale)
      .find((f) => f.url === `/${prefix(locale)}articles/${article}/`)!
      .content.replaceAll('\u200b', '');
  expect(plain('zh-hans')).toContain(text);
  expect(plain('en')).not.toContain(text);
});

describe.each(LOCALES)('the %s index leaves out what other pages or attributes hold', (locale) => {
  test('keeps no link target of the page (Pagefind is given pages without id attributes)', () => {
    const all = fragments(locale) as unknown as { url: string; anchors: unknown[] }[];
    expect(all.length).toBeGreaterThan(0);
    for (const { url, anchors } of all.filter((f) => !f.url.includes('#directory-'))) expect(anchors, url).toEqual([]);
  });

  test("holds every park page in a directory, whose only link targets are its parks' headings", () => {
    const all = fragments(locale) as unknown as { url: string; anchors: { element: string; id: string }[] }[];
    const directories = all.filter((f) => f.url.startsWith(`/${prefix(locale)}parks/#directory-`));
    expect(all.filter((f) => /\/parks\/[^#]/.test(f.url))).toEqual([]);
    const parks = readdirSync(join(dist, prefix(locale), 'parks'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `${prefix(locale)}parks/${d.name}/`);
    const anchored = directories.flatMap((d) => d.anchors);
    expect(anchored.every((a) => a.element === 'h2')).toBe(true);
    expect(anchored.map((a) => a.id).sort()).toEqual(parks.sort());
  });

  test("keeps no cluster name on a city's page: its city and industries are listed there already", () => {
    const clustered = atlasCities.find((c) => atlas.clusters.some((k) => k.city === c.id))!;
    const page = fragments(locale).find((f) => f.url === `/${prefix(locale)}cities/${clustered.id}/`)!;
    const text = page.content.replaceAll('\u200b', '');
    const name = (n: Names) => (locale === 'zh-hans' ? n.hans : locale === 'zh-hant' ? n.hant : n.en);
    const clusters = atlas.clusters.filter((k) => k.city === clustered.id);
    for (const { industry } of clusters) {
      const cluster = fill(messages(locale).clusterName, {
        city: name(clustered.name),
        industry: name(industries.get(industry)!.name),
      });
      expect(text, page.url).toContain(name(industries.get(industry)!.name));
      expect(text, page.url).not.toContain(cluster);
    }
  });
});

describe.each(LOCALES)('cluster pages in %s', (locale) => {
  test('are not indexed, so the type menu offers no "cluster" that could never match', () => {
    expect(atlas.clusters.length).toBeGreaterThan(0);
    const urls = fragments(locale).map((f) => f.url);
    expect(urls.filter((url) => url.includes('/clusters/'))).toEqual([]);
    expect(urls.some((url) => url.includes('/cities/'))).toBe(true);
    const listed = JSON.parse(
      readFileSync(join(dist, bundleFolder(locale), FILTER_VALUES_FILE), 'utf8'),
    ) as FilterValues;
    const types = Object.keys(listed.type ?? {});
    expect(types).not.toContain('cluster');
    for (const type of types) expect(ENTRY_TYPES).toContain(type);
  });

  test('are each linked from their city’s page and their industry’s page, which are indexed', () => {
    const indexed = new Set(fragments(locale).map((f) => f.url));
    for (const cluster of atlas.clusters) {
      const link = `href="/atlas/${prefix(locale)}clusters/${cluster.id}/"`;
      for (const page of [`cities/${cluster.city}`, `industries/${cluster.industry}`]) {
        expect(indexed, page).toContain(`/${prefix(locale)}${page}/`);
        expect(
          readFileSync(join(dist, prefix(locale), page, 'index.html'), 'utf8'),
          `${page} → ${cluster.id}`,
        ).toContain(link);
      }
    }
  });
});

test('was written by the build script after Astro’s process had exited, Astro only holding its place', () => {
  const log = stripVTControlCharacters(readFileSync(ingestLog, 'utf8'));
  const deferred = log.indexOf('[atlas:pagefind] search index left to the caller (ATLAS_SEARCH_INDEX=defer)');
  const astroDone = log.indexOf('[build] Complete!');
  const indexed = [...log.matchAll(/^\[atlas:pagefind\] indexed \d+ pages/gm)].map((m) => m.index);
  expect(deferred).toBeGreaterThanOrEqual(0);
  expect(astroDone).toBeGreaterThan(deferred);
  expect(indexed).toHaveLength(1);
  expect(indexed[0]).toBeGreaterThan(astroDone);
});

test('no bundle is left at the top of pagefind/, where an older build put it', () => {
  expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(false);
  expect(readdirSync(join(dist, 'pagefind')).sort()).toEqual([...LOCALES].sort());
});

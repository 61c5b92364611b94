import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { readPage } from '../helpers/dist.ts';

const { dist } = inject('fixture');
const atlas = JSON.parse(readFileSync(join(dist, 'data/atlas.json'), 'utf8')) as Record<
  string,
  { id: string; city?: string }[]
>;
const CARD_KINDS = ['cities', 'industries'];
const LOCALES = ['zh-hans', 'zh-hant', 'en'];
const PREFIXES = ['', 'zh-hant/', 'en/'];

/** Width and height from a JPEG's start-of-frame segment; throws when the file is not a JPEG. */
function jpegSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  if (bytes.readUInt16BE(0) !== 0xffd8) throw new Error(`${file} is not a JPEG`);
  let at = 2;
  while (at < bytes.length) {
    const marker = bytes.readUInt16BE(at);
    if (marker >= 0xffc0 && marker <= 0xffc3) return [bytes.readUInt16BE(at + 7), bytes.readUInt16BE(at + 5)];
    at += 2 + bytes.readUInt16BE(at + 2);
  }
  throw new Error(`${file} has no frame header`);
}

const cards = [
  ...LOCALES.map((locale) => `og/${locale}.jpg`),
  ...CARD_KINDS.flatMap((kind) => (atlas[kind] ?? []).map((e) => `og/${kind}/${e.id}.jpg`)),
];

/** The og:image of a page, as a path under the site. */
const ogImage = (page: string): string =>
  new URL(readPage(dist, page).querySelector('meta[property="og:image"]')!.getAttribute('content')!).pathname;

describe('share cards', () => {
  test('exist for every city and industry, and for the home page in each locale', () => {
    for (const kind of CARD_KINDS) expect(atlas[kind]?.length, kind).toBeGreaterThan(0);
    for (const card of cards) expect(existsSync(join(dist, card)), card).toBe(true);
  });

  test('are 1200 × 630 JPEG images', () => {
    for (const card of cards) expect(jpegSize(join(dist, card)), card).toEqual([1200, 630]);
  });

  test('are one per page, shared by its three locales', () => {
    const city = atlas.cities![0]!.id;
    const images = PREFIXES.map((prefix) => ogImage(`${prefix}cities/${city}/index.html`));
    expect(images).toEqual(Array(3).fill(`/atlas/og/cities/${city}.jpg`));
    expect(existsSync(join(dist, 'og', 'zh-hans', 'cities'))).toBe(false);
  });

  test('of a park or cluster page are its city’s card, and the home page has one per locale', () => {
    const cluster = atlas.clusters![0]!;
    const park = atlas.parks![0]!;
    expect(existsSync(join(dist, 'og', 'clusters'))).toBe(false);
    expect(existsSync(join(dist, 'og', 'parks'))).toBe(false);
    for (const prefix of PREFIXES) {
      expect(ogImage(`${prefix}clusters/${cluster.id}/index.html`)).toBe(`/atlas/og/cities/${cluster.city}.jpg`);
      expect(ogImage(`${prefix}parks/${park.id}/index.html`)).toBe(`/atlas/og/cities/${park.city}.jpg`);
    }
    expect(PREFIXES.map((prefix) => ogImage(`${prefix}index.html`))).toEqual(
      LOCALES.map((locale) => `/atlas/og/${locale}.jpg`),
    );
  });

  test('of an article page are its first city’s card (the home card when it names none); articles have none of their own', () => {
    const articles = atlas.articles as unknown as { id: string; cities: string[] }[];
    expect(existsSync(join(dist, 'og', 'articles'))).toBe(false);
    expect(articles.some((a) => a.cities.length > 0)).toBe(true);
    for (const article of articles) {
      const own = (prefix: string) =>
        article.cities[0]
          ? `/atlas/og/cities/${article.cities[0]}.jpg`
          : `/atlas/og/${LOCALES[PREFIXES.indexOf(prefix)]}.jpg`;
      for (const prefix of PREFIXES) expect(ogImage(`${prefix}articles/${article.id}/index.html`)).toBe(own(prefix));
    }
  });

  test('differ between pages and between the locales of the home page', () => {
    const bytes = (path: string) => readFileSync(join(dist, path)).toString('base64');
    const [first, second] = atlas.cities!;
    if (second) expect(bytes(`og/cities/${first!.id}.jpg`)).not.toBe(bytes(`og/cities/${second.id}.jpg`));
    expect(bytes('og/zh-hans.jpg')).not.toBe(bytes('og/en.jpg'));
  });

  test('come from a cache keyed by their content that holds only this build’s cards', () => {
    const cache = join(dist, '..', '.astro-cache', 'atlas-og');
    const cached = readdirSync(cache);
    expect(cached.every((f) => /^[0-9a-f]{64}\.jpg$/.test(f))).toBe(true);
    const built = new Set(cards.map((card) => readFileSync(join(dist, card)).toString('base64')));
    const stored = new Set(cached.map((f) => readFileSync(join(cache, f)).toString('base64')));
    expect(stored).toEqual(built);
  });
});

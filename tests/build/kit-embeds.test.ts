import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { readPage } from '../helpers/dist.ts';

const { dist } = inject('fixture');
const atlas = JSON.parse(readFileSync(join(dist, 'data/atlas.json'), 'utf8')) as Record<
  'cities' | 'clusters',
  { id: string }[]
>;
const PREFIXES = ['', 'zh-hant/', 'en/'];
const embeds = PREFIXES.flatMap((prefix) =>
  (['cities', 'clusters'] as const).flatMap((kind) => atlas[kind].map((e) => ({ prefix, kind, id: e.id }))),
);

describe('embeddable maps', () => {
  test('exist for every city and cluster in each locale', () => {
    expect(embeds.length).toBeGreaterThan(0);
    for (const e of embeds) readPage(dist, `${e.prefix}embed/${e.kind}/${e.id}/index.html`);
  });

  test('are bare pages: the map and a credit link, no site header, navigation or footer', () => {
    for (const e of embeds) {
      const page = readPage(dist, `${e.prefix}embed/${e.kind}/${e.id}/index.html`);
      expect(page.querySelectorAll('figure[data-atlas-map]')).toHaveLength(1);
      expect(page.querySelector('header, nav, footer, main')).toBeNull();
      expect(page.querySelector('link[rel="stylesheet"][href*="global"]')).toBeNull();
      const credit = page.querySelector('.embed-credit a')!;
      expect(credit.getAttribute('href')).toBe(`/atlas/${e.prefix}${e.kind}/${e.id}/`);
    }
  });

  test('open links outside the frame and stay out of search engines and the sitemap', () => {
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    expect(sitemap).not.toContain('/embed/');
    for (const e of embeds) {
      const page = readPage(dist, `${e.prefix}embed/${e.kind}/${e.id}/index.html`);
      expect(page.querySelector('base')?.getAttribute('target')).toBe('_blank');
      expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    }
  });

  test('are in the locale’s language', () => {
    const lang = (prefix: string) =>
      readPage(dist, `${prefix}embed/cities/${atlas.cities[0]!.id}/index.html`)
        .querySelector('html')!
        .getAttribute('lang');
    expect([lang(''), lang('zh-hant/'), lang('en/')]).toEqual(['zh-Hans', 'zh-Hant', 'en']);
  });
});

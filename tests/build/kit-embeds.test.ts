import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { readPage } from '../helpers/dist.ts';

const { dist } = inject('fixture');
const atlas = JSON.parse(readFileSync(join(dist, 'data/atlas.json'), 'utf8')) as {
  cities: { id: string }[];
  clusters: { id: string; city: string }[];
};
const PREFIXES = ['', 'zh-hant/', 'en/'];
const embeds = PREFIXES.flatMap((prefix) => atlas.cities.map((e) => ({ prefix, kind: 'cities', id: e.id })));

describe('embeddable maps', () => {
  test('exist for every city in each locale', () => {
    expect(embeds.length).toBeGreaterThan(0);
    for (const e of embeds) readPage(dist, `${e.prefix}embed/${e.kind}/${e.id}/index.html`);
  });

  test('are offered on city pages, and on cluster pages as their city’s map', () => {
    expect(atlas.clusters.length).toBeGreaterThan(0);
    const snippet = (page: string) => readPage(dist, page).querySelector('pre.kit-embed__code')?.rawText ?? '';
    for (const prefix of PREFIXES) {
      const city = atlas.cities[0]!.id;
      expect(snippet(`${prefix}cities/${city}/index.html`)).toContain(`/atlas/${prefix}embed/cities/${city}/`);
      for (const cluster of atlas.clusters) {
        const code = snippet(`${prefix}clusters/${cluster.id}/index.html`);
        expect(code).toContain(`/atlas/${prefix}embed/cities/${cluster.city}/`);
        expect(existsSync(join(dist, `${prefix}embed/cities/${cluster.city}/index.html`))).toBe(true);
      }
    }
    expect(existsSync(join(dist, 'embed/clusters'))).toBe(false);
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

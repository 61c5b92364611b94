import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { crawl } from '../helpers/crawl.ts';
import { htmlFiles } from '../helpers/dist.ts';

const { dist } = inject('fixture');

describe('a crawl of the site built under /atlas/', () => {
  const broken = crawl(dist, '/atlas/');

  test('finds no broken internal link, script, stylesheet, image or paragraph anchor', () => {
    expect(broken).toEqual([]);
  });

  test('has something to crawl: pages, stylesheets and paragraph links', () => {
    const pages = htmlFiles(dist);
    expect(pages.length).toBeGreaterThan(30);
    const html = pages.map((p) => readFileSync(join(dist, p), 'utf8')).join('\n');
    expect(html).toMatch(/<link[^>]+rel="stylesheet"[^>]+href="\/atlas\/_astro\/|<style/);
    expect(html).toMatch(/href="\/atlas\/(en\/|zh-hant\/)?articles\/[a-z0-9-]+\/#p-\d+"/);
  });

  test('finds every internal URL under the base path and lower-case ASCII', () => {
    const urls = htmlFiles(dist).flatMap((p) =>
      [...readFileSync(join(dist, p), 'utf8').matchAll(/(?:href|src|action)="(\/[^"]*)"/g)].map((m) => m[1]!),
    );
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url, url).toMatch(/^\/atlas\//);
    for (const url of urls.filter((u) => !u.startsWith('/atlas/_astro/'))) {
      expect(url.split('#')[0], url).toMatch(/^[a-z0-9/_.-]*$/);
    }
  });

  test('leaves pages that need no script without one', () => {
    const pages = ['about/index.html', 'articles/index.html', 'en/about/index.html'];
    for (const page of pages) {
      expect(readFileSync(join(dist, page), 'utf8'), page).not.toMatch(
        /<script(?![^>]*type="application\/(ld\+)?json")/,
      );
    }
    expect(readdirSync(dist)).toContain('_astro');
  });
});

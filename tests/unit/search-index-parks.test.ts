import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { indexSite } from '../../src/integrations/pagefind.ts';

const root = mkdtempSync(join(tmpdir(), 'atlas-search-parks-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { element: string; id: string; text: string }[];
}

/** Every record of a locale's bundle, by URL. */
function records(site: string, locale: string): Record<string, Fragment> {
  const dir = join(site, 'pagefind', locale, 'fragment');
  const all = readdirSync(dir).map(
    (f) =>
      JSON.parse(
        gunzipSync(readFileSync(join(dir, f)))
          .toString('utf8')
          .replace(/^pagefind_dcd/, ''),
      ) as Fragment,
  );
  return Object.fromEntries(all.map((r) => [r.url, r]));
}

function page(site: string, path: string, body: string, filters: [string, string][]): void {
  mkdirSync(join(site, path), { recursive: true });
  const spans = filters.map(([k, v]) => `<span data-pagefind-filter="${k}[data-value]" data-value="${v}"></span>`);
  const meta = `<span data-pagefind-meta="type[data-value]" data-value="${filters[0]![1]}"></span>`;
  writeFileSync(
    join(site, path, 'index.html'),
    `<!doctype html><html lang="zh-Hans"><body><main id="main" data-pagefind-body>${body}<div hidden>${meta}${spans.join('')}</div></main></body></html>`,
  );
}

describe('park pages in the index', () => {
  test('go in as one directory per city, each park a heading named by its page, filed under all their values', async () => {
    const site = join(root, 'site');
    const park = (slug: string, name: string, city: string, industry: string) =>
      page(site, `parks/${slug}`, `<p>${city}</p><h1 id="title">${name}</h1><p>入驻企业:京东方</p>`, [
        ['type', 'park'],
        ['city', city],
        ['industry', industry],
      ]);
    park('xinzhan', '新站高新区', '合肥市', '新型显示');
    park('jingkai', '合肥经开区', '合肥市', '集成电路');
    park('hsinchu', '新竹科学园区', '新竹市', '集成电路');
    page(site, 'cities/hefei', '<h1>合肥市</h1><p>新站高新区</p>', [
      ['type', 'city'],
      ['city', '合肥市'],
    ]);
    const report = await indexSite(site);
    const found = records(site, 'zh-hans');
    // A city page and two directories, not four pages.
    expect(report.languages['zh-hans']).toBe(3);
    expect(Object.keys(found).sort()).toEqual(['/cities/hefei/', '/parks/#directory-1', '/parks/#directory-2']);
    const hefei = found['/parks/#directory-1']!;
    expect(hefei.anchors.map((a) => [a.element, a.id, a.text])).toEqual([
      ['h2', 'parks/jingkai/', '合肥经开区'],
      ['h2', 'parks/xinzhan/', '新站高新区'],
    ]);
    expect(hefei.meta.type).toBe('park');
    expect(JSON.parse(hefei.meta.parks!)).toEqual({ 'parks/jingkai/': ['集成电路'], 'parks/xinzhan/': ['新型显示'] });
    expect(hefei.filters).toEqual({ city: ['合肥市'], industry: ['新型显示', '集成电路'].sort(), type: ['park'] });
    expect(hefei.content.replaceAll('\u200b', '')).toContain('京东方');
    // The filter menus still count each park.
    const values = JSON.parse(readFileSync(join(site, 'pagefind', 'zh-hans', 'filter-values.json'), 'utf8')) as {
      type: Record<string, number>;
    };
    expect(values.type).toEqual({ city: 1, park: 3 });
  });
});

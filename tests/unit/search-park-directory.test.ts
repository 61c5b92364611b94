import { describe, expect, test } from 'vitest';
import { pageFilters } from '../../src/lib/search/filter-values.ts';
import {
  DIRECTORY_META,
  directoryPages,
  PARKS_PER_DIRECTORY,
  parkSection,
  type ParkSection,
} from '../../src/lib/search/park-directory.ts';

/** A park page as the atlas builds it: the city kicker before the name, search metadata inside the body. */
function parkPage(name: string, city: string, industries: string[], heading = true): string {
  const filters = [
    `<span data-pagefind-filter="type[data-value]" data-value="park"></span>`,
    `<span data-pagefind-filter="city[data-value]" data-value="${city}"></span>`,
    ...industries.map((i) => `<span data-pagefind-filter="industry[data-value]" data-value="${i}"></span>`),
  ].join('');
  const meta =
    `<span data-pagefind-meta="type[data-value]" data-value="park"></span>` +
    `<span data-pagefind-meta="title[data-value]" data-value="${name}"></span>`;
  const title = heading ? `<h1 class="title">${name}</h1>` : '';
  return `<html lang="zh-Hans"><body><nav>菜单</nav><main data-pagefind-body><p class="kicker">${city}</p>${title}<p>入驻企业</p><div hidden>${meta}${filters}</div></main></body></html>`;
}

function section(html: string, url: string): ParkSection {
  const found = parkSection(html, url, pageFilters(html));
  if (!found) throw new Error(`not a park page: ${url}`);
  return found;
}

describe('parkSection', () => {
  const html = parkPage('新竹科学园区', '新竹市', ['集成电路', '光电']);

  test('opens with the park name as a heading whose id is the page URL, so hits under it are the park’s', () => {
    const { id, body } = section(html, '/parks/hsinchu/');
    expect(id).toBe('parks/hsinchu/');
    expect(body.startsWith('<h2 id="parks/hsinchu/">新竹科学园区</h2>')).toBe(true);
    // The name is said once, and the city kicker now follows it.
    expect(body.match(/新竹科学园区/g)).toHaveLength(2); // the heading and the title metadata's value
    expect(body.indexOf('<p class="kicker">')).toBeGreaterThan(body.indexOf('</h2>'));
    expect(body).not.toContain('<h1');
  });

  test('takes out its own metadata and filters (the directory declares them once) and keeps their values', () => {
    const { body, cities, industries, filters } = section(html, '/parks/hsinchu/');
    expect(body).not.toContain('data-pagefind-meta');
    expect(pageFilters(body)).toEqual([]);
    expect(filters).toEqual(pageFilters(html));
    expect(cities).toEqual(['新竹市']);
    expect(industries).toEqual(['光电', '集成电路']);
  });

  test('leaves out what is outside the indexed element', () => {
    expect(section(html, '/parks/hsinchu/').body).not.toContain('菜单');
  });

  test('leaves out scripts and drawings, nested ones too, which Pagefind does not index', () => {
    const drawn = html.replace(
      '<p>入驻企业</p>',
      '<svg><g><svg><text>图</text></svg></g><text>例</text></svg><p>入驻企业</p><script type="application/json">{"a":"<b>"}</script>',
    );
    const { body } = section(drawn, '/parks/hsinchu/');
    expect(body).not.toMatch(/svg|script|图|例|"a"/);
    expect(body).toContain('<p>入驻企业</p>');
  });

  test('names a page without a heading by its search title', () => {
    const { body } = section(parkPage('示例&amp;园', '成都市', [], false), '/parks/x/');
    expect(body.startsWith('<h2 id="parks/x/">示例&amp;园</h2>')).toBe(true);
  });

  test('is null for a page that is not a park', () => {
    const city = '<main data-pagefind-body><h1>合肥市</h1></main>';
    expect(parkSection(city, '/cities/hefei/', [['type', 'city']])).toBeNull();
    expect(parkSection('<main><h1>x</h1></main>', '/parks/x/', [['type', 'park']])).toBeNull();
  });
});

const pagesOf = (...args: Parameters<typeof directoryPages>) => [...directoryPages(...args)];

describe('directoryPages', () => {
  const park = (slug: string, city: string, industries: string[] = []) =>
    section(parkPage(`${slug}园`, city, industries), `/zh-hant/parks/${slug}/`);

  test('groups parks by city, cities and parks in code-point order, numbered from 1', () => {
    const pages = pagesOf([park('b', '合肥市'), park('c', '新竹市'), park('a', '合肥市')], 'zh-Hant');
    expect(pages.map((p) => p.url)).toEqual(['/zh-hant/parks/#directory-1', '/zh-hant/parks/#directory-2']);
    const first = pages[0]!.content;
    expect(first.indexOf('id="zh-hant/parks/a/"')).toBeLessThan(first.indexOf('id="zh-hant/parks/b/"'));
    expect(first).not.toContain('parks/c/');
    expect(first).toMatch(/^<!doctype html><html lang="zh-Hant"><body><main data-pagefind-body>/);
  });

  test('holds at most PARKS_PER_DIRECTORY parks a record', () => {
    const many = Array.from({ length: PARKS_PER_DIRECTORY * 2 + 1 }, (_, i) =>
      park(`p${String(i).padStart(3, '0')}`, '合肥市'),
    );
    const pages = pagesOf(many, 'zh-Hans');
    expect(pages).toHaveLength(3);
    expect(pages.map((p) => p.content.match(/<section>/g)?.length)).toEqual([
      PARKS_PER_DIRECTORY,
      PARKS_PER_DIRECTORY,
      1,
    ]);
  });

  test('lists its parks and their industries in its metadata, and is filed as parks', () => {
    const [page] = pagesOf([park('a', '合肥市', ['新型显示']), park('b', '合肥市', ['集成电路', '光电'])], 'zh-Hans');
    const value = new RegExp(`data-pagefind-meta="${DIRECTORY_META}\\[data-value\\]" data-value="([^"]*)"`).exec(
      page!.content,
    )?.[1];
    const decoded = value!.replaceAll('&quot;', '"');
    expect(JSON.parse(decoded)).toEqual({ 'zh-hant/parks/a/': ['新型显示'], 'zh-hant/parks/b/': ['光电', '集成电路'] });
    expect(page!.content).toContain('data-pagefind-meta="type[data-value]" data-value="park"');
    expect(new Set(pageFilters(page!.content).map(([k, v]) => `${k}=${v}`))).toEqual(
      new Set(['type=park', 'city=合肥市', 'industry=新型显示', 'industry=集成电路', 'industry=光电']),
    );
  });

  test('gives the same records whatever order the parks come in', () => {
    const parks = [park('b', '合肥市'), park('a', '合肥市'), park('c', '新竹市')];
    expect(pagesOf([...parks].reverse(), 'zh-Hans')).toEqual(pagesOf(parks, 'zh-Hans'));
  });

  test('makes nothing of no parks', () => {
    expect(pagesOf([], 'en')).toEqual([]);
  });
});

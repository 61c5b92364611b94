import { describe, expect, test } from 'vitest';
import { addPageFilters, pageFilters, sortFilterValues } from '../../src/lib/search/filter-values.ts';

const span = (spec: string, value?: string) =>
  `<span data-pagefind-filter="${spec}"${value === undefined ? '' : ` data-value="${value}"`}></span>`;

describe('pageFilters', () => {
  test('reads the filters a page declares from an attribute, as SearchMeta writes them', () => {
    const html = `<div hidden>${span('type[data-value]', 'city')}${span('city[data-value]', '青岛')}${span('year[data-value]', '2024')}</div>`;
    expect(pageFilters(html)).toEqual([
      ['type', 'city'],
      ['city', '青岛'],
      ['year', '2024'],
    ]);
  });

  test('reads inline key:value filters and attributes in any order or quoting', () => {
    const html = `<b data-value='Hong Kong' class="x" data-pagefind-filter='city[data-value]'></b><i data-pagefind-filter="type:park"></i>`;
    expect(pageFilters(html)).toEqual([
      ['city', 'Hong Kong'],
      ['type', 'park'],
    ]);
  });

  test('decodes HTML entities in values, so the menu shows what the page shows', () => {
    expect(pageFilters(span('industry[data-value]', 'R&amp;D &quot;labs&quot; &#39;x&#x27;'))).toEqual([
      ['industry', `R&D "labs" 'x'`],
    ]);
  });

  test('counts a value once per page and skips empty values and text-content filters', () => {
    const html = `${span('city[data-value]', '青岛')}${span('city[data-value]', '青岛')}${span('city[data-value]', '')}${span('city')}`;
    expect(pageFilters(html)).toEqual([['city', '青岛']]);
  });

  test('finds nothing on a page without filters', () => {
    expect(pageFilters('<main data-pagefind-body><p>data-value="x"</p></main>')).toEqual([]);
  });
});

describe('addPageFilters and sortFilterValues', () => {
  test('tally pages per value, in code-point order whatever order the pages came in', () => {
    const tally = {};
    addPageFilters(tally, [
      ['year', '2024'],
      ['city', '天津'],
    ]);
    addPageFilters(tally, [
      ['year', '2023'],
      ['city', '天津'],
    ]);
    const sorted = sortFilterValues(tally);
    expect(sorted).toEqual({ city: { 天津: 2 }, year: { '2023': 1, '2024': 1 } });
    expect(Object.keys(sorted)).toEqual(['city', 'year']);
    expect(Object.keys(sorted.year!)).toEqual(['2023', '2024']);
  });
});

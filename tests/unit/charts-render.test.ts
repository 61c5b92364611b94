import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { figuresByKind } from '../../src/lib/charts/figures-by-kind.ts';
import { formatCount } from '../../src/lib/charts/format.ts';
import { cellColor, heatmap, type Matrix } from '../../src/lib/charts/heatmap.ts';
import { industryColor, OTHER_COLOR, PALETTE } from '../../src/lib/charts/palette.ts';
import { BAR_SPACE, rankedBars } from '../../src/lib/charts/ranked-bars.ts';
import { layoutDots, timeline } from '../../src/lib/charts/timeline.ts';

const labels = { title: '图表', desc: '说明' };

function relativeLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [relativeLuminance(a), relativeLuminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};

describe('palette', () => {
  test('an industry keeps its colour whatever order the list comes in', () => {
    const ids = ['semiconductors', 'new-energy-vehicles', 'biomedicine'];
    expect(industryColor('semiconductors', ids)).toBe(industryColor('semiconductors', [...ids].reverse()));
    expect(new Set(ids.map((id) => industryColor(id, ids))).size).toBe(3);
  });

  test('unknown industries and those past the palette share the neutral colour', () => {
    const many = Array.from({ length: PALETTE.length + 2 }, (_, i) => `i${String(i).padStart(2, '0')}`);
    expect(industryColor(many[many.length - 1], many)).toBe(OTHER_COLOR);
    expect(industryColor(null, many)).toBe(OTHER_COLOR);
  });

  test('every colour keeps 3:1 contrast on light and dark backgrounds', () => {
    for (const colour of [...PALETTE, OTHER_COLOR])
      for (const background of ['#ffffff', '#fbfaf6', '#2a2d33', '#121212'])
        expect(contrast(colour, background)).toBeGreaterThanOrEqual(3);
  });
});

describe('heatmap', () => {
  const matrix: Matrix = {
    rows: [
      { id: 'semiconductors', label: '集成电路' },
      { id: 'displays', label: '显示' },
    ],
    cols: [
      { id: 'wuxi', label: '无锡' },
      { id: 'hefei', label: '合肥', href: '/cities/hefei/' },
      { id: 'hsinchu', label: '新竹' },
    ],
    values: [
      [4, 0, 1351],
      [0, 2, 0],
    ],
    links: [
      [null, null, '/clusters/hsinchu-semiconductors/'],
      [null, '/clusters/hefei-displays/', null],
    ],
  };
  const root = parse(heatmap(matrix, 'zh-hans', labels));

  test('has one cell per pair, carrying its value', () => {
    const cells = root.querySelectorAll('rect.chart__cell');
    expect(cells).toHaveLength(6);
    expect(cells.map((c) => Number(c.getAttribute('data-value')))).toEqual(matrix.values.flat());
  });

  test('more evidence is darker, and empty cells are unfilled', () => {
    expect(cellColor(0, 10)).toBeNull();
    expect(relativeLuminance(toHex(cellColor(10, 10)!))).toBeLessThan(relativeLuminance(toHex(cellColor(1, 10)!)));
    expect(root.querySelector('rect[data-row="displays"][data-col="wuxi"]')!.getAttribute('fill')).toBeUndefined();
  });

  test('numbers follow the locale in the cells and the table', () => {
    expect(root.querySelectorAll('svg text').map((t) => t.text)).toContain('1,351');
    expect(root.querySelector('details table a[href="/clusters/hsinchu-semiconductors/"]')!.text).toBe('1,351');
  });

  test('is an image with a name and description, with a table equivalent', () => {
    const svg = root.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('图表');
    expect(svg.querySelector('desc')!.text).toBe('说明');
    expect(root.querySelectorAll('details tbody tr')).toHaveLength(2);
  });

  test('renders the same markup every time', () => {
    expect(heatmap(matrix, 'zh-hans', labels)).toBe(heatmap(matrix, 'zh-hans', labels));
  });
});

function toHex(rgb: string): string {
  const [r, g, b] = rgb.match(/\d+/g)!.map(Number) as [number, number, number];
  return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

describe('ranked bars', () => {
  const items = [
    { id: 'wuxi', label: 'Wuxi', value: 2, href: '/en/cities/wuxi/' },
    { id: 'hefei', label: 'Hefei', value: 8, href: '/en/cities/hefei/' },
    { id: 'chengdu', label: 'Chengdu', value: 4 },
  ];
  const root = parse(rankedBars(items, 'en', labels));
  const bars = root.querySelectorAll('rect.chart__bar');

  test('bars come largest first', () => {
    expect(bars.map((b) => b.getAttribute('data-id'))).toEqual(['hefei', 'chengdu', 'wuxi']);
  });

  test('bar lengths are proportional to the values', () => {
    const widths = bars.map((b) => Number(b.getAttribute('width')));
    expect(widths[0]).toBe(BAR_SPACE);
    expect(widths[1]! / widths[0]!).toBeCloseTo(4 / 8);
    expect(widths[2]! / widths[0]!).toBeCloseTo(2 / 8);
  });

  test('the table ranks the same items with their links', () => {
    const rows = root.querySelectorAll('details tbody tr');
    expect(rows.map((r) => r.querySelector('th')!.text)).toEqual(['Hefei', 'Chengdu', 'Wuxi']);
    expect(rows[0]!.querySelector('a')!.getAttribute('href')).toBe('/en/cities/hefei/');
  });
});

describe('figures by kind', () => {
  const figures = [
    {
      kind: 'investment' as const,
      value: 135_140_000_000,
      unit: 'CNY',
      text: '总投资1351.4亿元',
      paragraph: 4,
      href: '/articles/a/#p-4',
    },
    { kind: 'investment' as const, value: 5_000_000_000, unit: 'CNY', text: '投资50亿元', paragraph: 6 },
    { kind: 'count' as const, value: 12, unit: 'projects', text: '12个项目', paragraph: 2 },
  ];

  test('one bar per kind, as long as its count', () => {
    const bars = parse(figuresByKind(figures, 'zh-hans', labels)).querySelectorAll('rect.chart__bar');
    expect(bars.map((b) => [b.getAttribute('data-id'), Number(b.getAttribute('data-value'))])).toEqual([
      ['investment', 2],
      ['count', 1],
    ]);
    expect(Number(bars[1]!.getAttribute('width')) / Number(bars[0]!.getAttribute('width'))).toBeCloseTo(0.5);
  });

  test('the table shows each figure in the locale, linked to its paragraph', () => {
    const zhHant = parse(figuresByKind(figures, 'zh-hant', labels));
    expect(zhHant.querySelector('a[href="/articles/a/#p-4"]')!.text).toBe('1,351.4億元');
    const en = parse(figuresByKind(figures, 'en', labels));
    expect(en.querySelector('a[href="/articles/a/#p-4"]')!.text).toBe('CNY 135.14 billion');
    expect(en.querySelector('details tbody th')!.text).toBe('Investment');
  });
});

describe('timeline', () => {
  const articles = [
    { id: 'b', date: '2021-05-19', href: '/articles/b/', title: '乙' },
    { id: 'a', date: '2020-04-21', href: '/articles/a/', title: '甲' },
    { id: 'c', date: '2020-04-22', href: '/articles/c/', title: '丙' },
    { id: 'u', date: null, href: '/articles/u/', title: '无日期' },
  ];

  test('one dot per dated article, in date order, later dates further right', () => {
    const dots = layoutDots(articles);
    expect(dots.map((d) => d.article.id)).toEqual(['a', 'c', 'b']);
    expect(dots[2]!.x).toBeGreaterThan(dots[0]!.x);
  });

  test('articles a day apart are stacked instead of overlapping', () => {
    const [a, c] = layoutDots(articles);
    expect(c!.level).toBe(a!.level + 1);
  });

  test('the list equivalent includes the undated article last, with dates in the locale', () => {
    const root = parse(timeline(articles, 'en', labels));
    expect(root.querySelectorAll('circle.chart__dot')).toHaveLength(3);
    const items = root.querySelectorAll('details li');
    expect(items.map((li) => li.querySelector('a')!.getAttribute('href'))).toEqual([
      '/articles/a/',
      '/articles/c/',
      '/articles/b/',
      '/articles/u/',
    ]);
    expect(items[0]!.text).toContain('Apr 21, 2020');
    expect(items[3]!.text).toContain('Undated');
  });
});

test('counts use the locale grouping', () => {
  expect(formatCount(13514, 'zh-hant')).toBe('13,514');
  expect(formatCount(13514, 'en')).toBe('13,514');
});

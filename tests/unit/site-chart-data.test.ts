import { describe, expect, test } from 'vitest';
import { cityFigures, cityTimeline, heatmapMatrix, industryCityBars } from '../../src/lib/chart-data.ts';
import { industryCityMatrix } from '../../src/lib/matrix.ts';
import { fixtureAtlas } from './site-fixture.ts';

const atlas = fixtureAtlas();

describe('chart data', () => {
  test('the heatmap has the matrix’s counts, and links exactly the cells that have a cluster', () => {
    const matrix = industryCityMatrix(atlas, 'en');
    const chart = heatmapMatrix(matrix, 'en');
    expect(chart.values).toEqual(matrix.cells.map((row) => row.map((c) => c.count)));
    matrix.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const link = chart.links![r]![c];
        if (cell.cluster) expect(link).toBe(`/en/clusters/${cell.cluster}/`);
        else expect(link).toBeNull();
      }),
    );
  });

  test('a city’s figures are its own, each linking to its paragraph', () => {
    const figures = cityFigures(atlas, 'hsinchu', 'zh-hant');
    expect(figures.map((f) => f.text)).toEqual(['投資300億元']);
    expect(figures[0]!.href).toBe('/zh-hant/articles/2024-02-02-bbbb2222/#p-2');
  });

  test('a city’s timeline lists each of its articles once, with its date', () => {
    const city = atlas.city.get('qingdao')!;
    const timeline = cityTimeline(atlas, 'qingdao', 'zh-hans');
    expect(timeline.map((a) => a.id)).toEqual(city.articles);
    for (const item of timeline) expect(item.date).toBe(atlas.article.get(item.id)!.date);
  });

  test('a timeline names each article as the locale’s pages do: the English title only in English', () => {
    const id = '2023-05-01-aaaa1111';
    const title = (locale: 'zh-hans' | 'zh-hant' | 'en') =>
      cityTimeline(atlas, 'qingdao', locale).find((a) => a.id === id)!.title;
    expect([title('zh-hans'), title('zh-hant'), title('en')]).toEqual([
      '青岛芯片产业园开园',
      '青島芯片產業園開園',
      'Qingdao chip park opens',
    ]);
  });

  test('an industry’s bars follow its cities, linking to the cluster where there is one', () => {
    const bars = industryCityBars(atlas, 'integrated-circuits', 'en');
    expect(bars.map((b) => b.id)).toEqual(atlas.industry.get('integrated-circuits')!.cities);
    const qingdao = bars.find((b) => b.id === 'qingdao')!;
    expect(qingdao.href).toBe('/en/clusters/qingdao-integrated-circuits/');
    expect(qingdao.value).toBe(atlas.cluster.get('qingdao-integrated-circuits')!.articles.length);
  });
});

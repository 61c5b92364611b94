import { describe, expect, test } from 'vitest';
import { extractFigures } from '../../scripts/lib/figures/extract-figures.ts';

const figuresOf = (text: string) => extractFigures([{ text }]);

describe('percentages', () => {
  test('stores a percentage as a fraction', () => {
    expect(figuresOf('占全市的10%')[0]).toMatchObject({ kind: 'share', value: 0.1, unit: 'percent' });
  });

  test.each([
    ['收入同比增长16.5%', 0.165],
    ['營收同比增長17%', 0.17],
    ['營業額成長12.5%', 0.125],
    ['人均产出效率提升了27.9%', 0.279],
    ['产业规模力争增长60%以上', 0.6],
  ])('reads %s as growth', (text, value) => {
    expect(figuresOf(text)[0]).toMatchObject({ kind: 'growth', value, unit: 'percent' });
  });

  test('stores a decline as a negative growth', () => {
    expect(figuresOf('检测成本降低了30%')[0]).toMatchObject({ kind: 'growth', value: -0.3 });
  });

  test.each([
    ['基金出资占比20%', 0.2],
    ['产量约占全球总量40%', 0.4],
    ['高端靶材占全球市场20%以上', 0.2],
    ['研发投入强度从2.06%', 0.0206],
    ['增加值在五大产业集群中占比近10%', 0.1],
  ])('reads %s as a share', (text, value) => {
    expect(figuresOf(text)[0]).toMatchObject({ kind: 'share', value });
  });

  test('reads a level reached (增长到) as a share, not growth', () => {
    const figures = figuresOf('强度从2.06%增长到5.2%');
    expect(figures.map((f) => [f.kind, f.value])).toEqual([
      ['share', 0.0206],
      ['share', 0.052],
    ]);
  });

  test('records 以上 and 近 on percentages', () => {
    expect(figuresOf('占比20%以上')[0]?.qualifier).toBe('min');
    expect(figuresOf('占比近10%')[0]?.qualifier).toBe('approx');
  });

  test('reads percentages written in words and full-width signs', () => {
    expect(figuresOf('占比百分之二十')[0]).toMatchObject({ kind: 'share', value: 0.2, text: '占比百分之二十' });
    expect(figuresOf('增长百分之十六点五')[0]).toMatchObject({ kind: 'growth', value: 0.165 });
    expect(figuresOf('面积不足全市的千分之三')[0]).toMatchObject({ value: 0.003 });
    expect(figuresOf('同比增長１６．５％')[0]).toMatchObject({
      kind: 'growth',
      value: 0.165,
      text: '同比增長１６．５％',
    });
  });

  test('reads percentage points apart from percentages', () => {
    expect(figuresOf('比上年上升4.6個百分點')[0]).toMatchObject({
      kind: 'growth',
      value: 0.046,
      unit: 'percentage-points',
    });
  });

  test('gives every number in a list the keyword that opens it', () => {
    const figures = figuresOf('四大产业产值分别占全市的50%、48%、22%和17%');
    expect(figures.map((f) => [f.kind, f.value])).toEqual([
      ['share', 0.5],
      ['share', 0.48],
      ['share', 0.22],
      ['share', 0.17],
    ]);
  });
});

describe('areas', () => {
  test('stores square kilometres in m²', () => {
    expect(figuresOf('规划面积30.2平方公里')[0]).toMatchObject({
      kind: 'area',
      value: 3.02e7,
      unit: 'm2',
      text: '规划面积30.2平方公里',
    });
    expect(figuresOf('占地2平方千米')[0]).toMatchObject({ value: 2e6 });
  });

  test('stores 万平方米 in m²', () => {
    expect(figuresOf('產業園佔地50萬平方米')[0]).toMatchObject({ kind: 'area', value: 5e5, unit: 'm2' });
  });

  test('converts 亩 to m² and remembers the printed unit', () => {
    expect(figuresOf('占地面积约3000亩')[0]).toMatchObject({
      kind: 'area',
      value: 2e6,
      unit: 'm2',
      sourceUnit: 'mu',
      qualifier: 'approx',
    });
    expect(figuresOf('佔地7500畝')[0]).toMatchObject({ value: 5e6, sourceUnit: 'mu' });
  });

  test('reads 公顷 in m²', () => {
    expect(figuresOf('占地120公顷')[0]).toMatchObject({ value: 1.2e6 });
  });

  test('does not read a distance or a per-mu ratio as an area', () => {
    expect(figuresOf('两地直线距离约为10公里')).toEqual([]);
    expect(figuresOf('亩均税收强度提高')).toEqual([]);
  });
});

describe('capacities', () => {
  test('reads a rate unit as a yearly capacity', () => {
    expect(figuresOf('达产后将形成120万片/年的生产规模')[0]).toMatchObject({
      kind: 'capacity',
      value: 1.2e6,
      unit: 'pieces/year',
    });
    expect(figuresOf('首期规划产能20万辆/年')[0]).toMatchObject({
      kind: 'capacity',
      value: 2e5,
      unit: 'vehicles/year',
    });
    expect(figuresOf('月產能5萬片/月')[0]).toMatchObject({ unit: 'pieces/month' });
  });

  test('makes a unit yearly when the text says 年产', () => {
    expect(figuresOf('具备年产显示模组1.5亿片的能力')[0]).toMatchObject({
      kind: 'capacity',
      value: 1.5e8,
      unit: 'pieces/year',
    });
    expect(figuresOf('項目建成後年產10萬噸')[0]).toMatchObject({ kind: 'capacity', value: 1e5, unit: 'tonnes/year' });
  });

  test('reads servers and vehicles in 万 as units', () => {
    expect(figuresOf('承载服务器数达400万台')[0]).toMatchObject({ kind: 'capacity', value: 4e6, unit: 'units' });
    expect(figuresOf('去年销售新车40万輛')[0]).toMatchObject({ kind: 'count', value: 4e5, unit: 'vehicles' });
  });

  test('does not read the size of a single tank as a capacity', () => {
    expect(figuresOf('一个20吨的发酵罐')).toEqual([]);
  });
});

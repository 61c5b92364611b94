import { describe, expect, test } from 'vitest';
import { extractFigures } from '../../scripts/lib/figures/extract-figures.ts';
import type { ExtractFiguresOptions } from '../../scripts/lib/figures/types.ts';

const figuresOf = (text: string, options?: ExtractFiguresOptions) => extractFigures([{ text }], options);

describe('money amounts', () => {
  test('reads an investment with its keyword, exactly in yuan', () => {
    const [f] = figuresOf('园区内在建项目计划总投资1351.4亿元，进展顺利。');
    expect(f).toMatchObject({ kind: 'investment', value: 135140000000, unit: 'CNY', text: '计划总投资1351.4亿元' });
  });

  test('reads the same investment written in Traditional characters', () => {
    const [f] = figuresOf('該基地一期總投資288億元。');
    expect(f).toMatchObject({ kind: 'investment', value: 2.88e10, unit: 'CNY', text: '總投資288億元' });
  });

  test('reads digits with thousands separators and spaces before the unit', () => {
    const [f] = figuresOf('今年促成投資案，總金額高達 1,745 億元 。', { currency: { default: 'TWD' } });
    expect(f).toMatchObject({ value: 1.745e11, unit: 'TWD', text: '總金額高達 1,745 億元' });
  });

  test('reads full-width digits and keeps the quoted phrase verbatim', () => {
    const [f] = figuresOf('项目总投资２５亿元。');
    expect(f).toMatchObject({ value: 2.5e9, text: '项目总投资２５亿元' });
  });

  test.each([
    ['约100亿美元的乙烯项目总投资', 'USD', 1e10],
    ['總投資約56億美元', 'USD', 5.6e9],
    ['投资5亿美金', 'USD', 5e8],
    ['投资20亿港元', 'HKD', 2e9],
    ['投資20億港幣', 'HKD', 2e9],
    ['投資3億新臺幣', 'TWD', 3e8],
    ['投资3亿新台币', 'TWD', 3e8],
    ['投资8000万澳门元', 'MOP', 8e7],
    ['投資8000萬澳門元', 'MOP', 8e7],
    ['投资2亿欧元', 'EUR', 2e8],
    ['投资50亿日元', 'JPY', 5e9],
    ['投资100亿元人民币', 'CNY', 1e10],
    ['投资人民币100亿元', 'CNY', 1e10],
  ])('reads the currency word in %s', (text, unit, value) => {
    expect(figuresOf(text, { currency: { default: 'TWD' } })[0]).toMatchObject({ unit, value });
  });

  test('reads bare 元 in the caller’s default currency', () => {
    expect(figuresOf('營業額突破2.26兆元')[0]).toMatchObject({ value: 2.26e12, unit: 'CNY' });
    expect(figuresOf('營業額突破2.26兆元', { currency: { default: 'TWD' } })[0]).toMatchObject({
      kind: 'revenue',
      value: 2.26e12,
      unit: 'TWD',
      qualifier: 'min',
    });
  });

  test.each([
    ['总投资超过450亿元', 4.5e10, 'min'],
    ['总投资逾450亿元', 4.5e10, 'min'],
    ['总投资超450亿元', 4.5e10, 'min'],
    ['产值有望突破450亿元', 4.5e10, 'min'],
    ['总投资约450亿元', 4.5e10, 'approx'],
    ['收入近450亿元', 4.5e10, 'approx'],
    ['总投资450亿元左右', 4.5e10, 'approx'],
    ['投资450亿元以上。', 4.5e10, 'min'],
    ['产值不到450亿元', 4.5e10, 'max'],
    ['总投资60多亿元', 6e9, 'min'],
    ['总投资450余亿元', 4.5e10, 'min'],
  ])('records the hedge in %s', (text, value, qualifier) => {
    expect(figuresOf(text)[0]).toMatchObject({ value, qualifier });
  });

  test('records no hedge for emphasis such as 达 and 高达', () => {
    const [f] = figuresOf('固定资产投资达400亿元');
    expect(f?.qualifier).toBeUndefined();
    expect(f?.text).toBe('固定资产投资达400亿元');
  });

  test('reads Chinese numerals before a multiplier', () => {
    expect(figuresOf('手机产业产值首次突破千亿元')[0]).toMatchObject({ kind: 'output', value: 1e11 });
    expect(figuresOf('计划投资五百亿元')[0]).toMatchObject({ kind: 'investment', value: 5e10 });
    expect(figuresOf('设立十亿元产业基金')[0]).toMatchObject({ kind: 'fund', value: 1e9 });
    expect(figuresOf('一千五百万元的订单金额')[0]).toMatchObject({ value: 1.5e7 });
  });

  test('reads a bare 亿 as money only when a money word is near', () => {
    expect(figuresOf('预计产业园总产值超1700亿')[0]).toMatchObject({ kind: 'output', value: 1.7e11, unit: 'CNY' });
    expect(figuresOf('今年又有百亿投资的新项目开工')[0]).toMatchObject({ kind: 'investment', value: 1e10 });
    expect(figuresOf('集团以450亿打造新城')).toEqual([]);
    expect(figuresOf('全市人口达1.2亿人')[0]).toMatchObject({ kind: 'count', unit: 'people', value: 1.2e8 });
  });

  test('treats scale labels as labels, not figures', () => {
    expect(figuresOf('培育生物医药千亿级产业集群')).toEqual([]);
    expect(figuresOf('拥有多家百亿元级龍頭企業')).toEqual([]);
    expect(figuresOf('引进一批10亿级产业链项目')).toEqual([]);
    expect(figuresOf('打造五百億級產業集群')).toEqual([]);
  });

  test('treats a threshold that names a class of projects or firms as no figure', () => {
    const figures = figuresOf('新签约30亿元以上项目21个，产值十亿元以上的龙头企业38家');
    expect(figures.map((f) => [f.kind, f.value, f.unit])).toEqual([
      ['count', 21, 'projects'],
      ['count', 38, 'companies'],
    ]);
  });
});

describe('kinds of money', () => {
  test.each([
    ['项目总投资25亿元', 'investment'],
    ['已先后投資97億元建设七个项目', 'investment'],
    ['計畫投資120億元', 'investment'],
    ['累计投入智能化改造资金突破10亿元', 'investment'],
    ['去年实现主营业务收入181.5亿元', 'revenue'],
    ['全年營收達500億元', 'revenue'],
    ['營業額突破2兆元', 'revenue'],
    ['头一年销售额就突破1500万元', 'revenue'],
    ['平板显示产业产值193.73亿元', 'output'],
    ['完成規上工業產值30.98億元', 'output'],
    ['第二产业增加值9385.6亿元', 'output'],
    ['设立规模20亿元的母基金', 'fund'],
    ['实现进出口60亿元', 'amount'],
  ])('classifies %s as %s', (text, kind) => {
    expect(figuresOf(text)[0]?.kind).toBe(kind);
  });

  test('reads a keyword printed right after the amount', () => {
    expect(figuresOf('吸引2964億元投資額')[0]).toMatchObject({ kind: 'investment', text: '2964億元投資額' });
    expect(figuresOf('按照五年发展到500亿元产值测算')[0]).toMatchObject({ kind: 'output' });
    expect(figuresOf('每年需要30亿元产业投资基金支持')[0]).toMatchObject({ kind: 'fund' });
  });

  test('takes the kind from earlier in the sentence when the clause has none', () => {
    const figures = figuresOf('共设立20支基金，总规模为172.6亿元，实缴117.8亿元，对外投资106.8亿元。');
    expect(figures.map((f) => [f.kind, f.value])).toEqual([
      ['count', 20],
      ['fund', 17260000000],
      ['fund', 11780000000],
      ['investment', 10680000000],
    ]);
  });

  test('lets the nearest keyword in the clause decide', () => {
    const figures = figuresOf('在建项目50个、计划总投资1351.4亿元，争取园区年营业收入突破1300亿元。');
    expect(figures.map((f) => f.kind)).toEqual(['count', 'investment', 'revenue']);
  });
});

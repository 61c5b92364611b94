import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extractFigures } from '../../scripts/lib/figures/extract-figures.ts';

/** Sentences written for these tests, in both scripts, each holding at least one figure. */
const SENTENCES = [
  '截至今年3月底，园区在建项目50个、计划总投资1351.4亿元，已签约待开工项目13个、计划总投资337.9亿元。',
  '生產線一期總投資25億元，達產後將形成120萬片/年的生產規模。',
  '該市去年實現主營業務收入近300億元，同比增長128%。',
  '全市8个园区共设立20支基金，总规模为172.6亿元，实缴117.8亿元。',
  '今年共促成 166 件投資案，總金額高達 1,745 億元 。',
  '惠州将规划建设面积30.2平方公里的新材料产业园，占地约3000亩。',
  '繼總投資約100億美元的乙烯項目之後，又一個總投資約56億美元的項目簽約。',
  '力争到2025年建成12个超大型数据中心，承载服务器数达400万台。',
  '共新增1916件投資案，吸引2964億元投資額，增加6萬3492個就業機會。',
  '占比百分之二十，增长１６．５％，比上年上升4.6個百分點。',
];

describe('invariants of extractFigures', () => {
  test('every figure quotes a verbatim substring of its own paragraph', () => {
    const blocks = SENTENCES.map((text) => ({ text }));
    const figures = extractFigures(blocks);
    expect(figures.length).toBeGreaterThan(SENTENCES.length);
    for (const f of figures) {
      expect(blocks[f.paragraph - 1]?.text).toContain(f.text);
      expect(f.text).toBe(f.text.trim());
    }
  });

  test('returns figures in document order', () => {
    const blocks = SENTENCES.map((text) => ({ text }));
    const figures = extractFigures(blocks);
    const positions = figures.map((f) => [f.paragraph, blocks[f.paragraph - 1]!.text.indexOf(f.text)] as const);
    const sorted = [...positions].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(positions).toEqual(sorted);
  });

  test('keeps the same kind, value and unit once per paragraph, but once in each paragraph', () => {
    const text = '在建项目50个、计划总投资1351.4亿元。重申：在建项目50个、计划总投资1351.4亿元。';
    const figures = extractFigures([{ text }, { text }]);
    expect(figures.map((f) => [f.paragraph, f.kind])).toEqual([
      [1, 'count'],
      [1, 'investment'],
      [2, 'count'],
      [2, 'investment'],
    ]);
  });

  test('never throws and always quotes verbatim on arbitrary mixes of numbers, units and keywords', () => {
    const pieces = [
      '总投资',
      '產值',
      '营收',
      '基金',
      '增长',
      '占比',
      '年产',
      '约',
      '超过',
      '以上',
      '项目',
      '企業',
      '家',
      '个',
      '件',
      '亿元',
      '億美元',
      '万',
      '兆元',
      '%',
      '平方公里',
      '亩',
      '片/年',
      '万台',
      '辆',
      '，',
      '、',
      '。',
      ' ',
      '12',
      '1,745',
      '3.5',
      '五百',
      '十',
      '第',
      '6萬3492',
      '百分之',
      '２５',
      '级',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        for (const f of extractFigures([{ text }])) {
          expect(text).toContain(f.text);
          expect(Number.isFinite(f.value)).toBe(true);
          expect(f.paragraph).toBe(1);
        }
      }),
      { numRuns: 500 },
    );
  });

  test('handles an empty article and empty paragraphs', () => {
    expect(extractFigures([])).toEqual([]);
    expect(extractFigures([{ text: '' }, { text: '   ' }])).toEqual([]);
  });
});

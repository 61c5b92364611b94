/**
 * The words that say what a number measures, as one data table. Each row maps
 * the words to a kind per dimension (money, percent, capacity, area); a row
 * with no mapping for a dimension is ignored for it. Rows are matched as one
 * alternation, longest word first, so `增加值` (output) is never read as
 * `增加` (growth) and `产业投资基金` (fund) never as `投资`.
 */
import type { FigureKind } from '../types.ts';
import { alternation } from './units.ts';

/** One row of the keyword table. */
export interface KeywordRule {
  words: readonly string[];
  /** Kind of a money amount the words introduce. */
  money?: FigureKind;
  /** `growth` or `share` for a percentage. */
  percent?: 'growth' | 'share';
  /** The words announce a production capacity. */
  capacity?: boolean;
  /** The words announce an area (used only to quote them). */
  area?: boolean;
  /** The capacity is per year (年产 …), so `片` becomes `pieces/year`. */
  perYear?: boolean;
  /** A decline (下降, 降低): the percentage is stored negative. */
  decline?: boolean;
  /** Weak words (规模) only decide when no stronger word is found in the sentence. */
  weak?: boolean;
}

/** The keyword table. */
export const KEYWORD_RULES: readonly KeywordRule[] = [
  {
    words: [
      '计划总投资',
      '計劃總投資',
      '計畫總投資',
      '总投资额',
      '總投資額',
      '总投资',
      '總投資',
      '计划投资',
      '計畫投資',
      '計劃投資',
      '投资额',
      '投資額',
      '投资金额',
      '投資金額',
      '固定资产投资',
      '固定資產投資',
      '投资',
      '投資',
      '投入',
      '出资',
      '出資',
      '增资',
      '增資',
      '注资',
      '注資',
    ],
    money: 'investment',
  },
  {
    words: [
      '产业投资基金',
      '產業投資基金',
      '投资基金',
      '投資基金',
      '产业基金',
      '產業基金',
      '引导基金',
      '引導基金',
      '母基金',
      '基金',
    ],
    money: 'fund',
  },
  {
    words: [
      '总产值',
      '總產值',
      '工业产值',
      '工業產值',
      '产值',
      '產值',
      '增加值',
      '产业规模',
      '產業規模',
      '经济总量',
      '經濟總量',
      '生产总值',
      '生產總值',
      'GDP',
    ],
    money: 'output',
  },
  {
    words: [
      '主营业务收入',
      '主營業務收入',
      '营业收入',
      '營業收入',
      '营业额',
      '營業額',
      '营收',
      '營收',
      '销售收入',
      '銷售收入',
      '销售额',
      '銷售額',
      '收入',
    ],
    money: 'revenue',
  },
  { words: ['年产能', '年產能', '年产', '年產', '年生产', '年生產'], capacity: true, perYear: true },
  { words: ['产能', '產能', '生产能力', '生產能力', '生产规模', '生產規模', '承载', '承載'], capacity: true },
  { words: ['总规模', '總規模', '规模', '規模'], money: 'output', capacity: true, weak: true },
  { words: ['总金额', '總金額', '金额', '金額'], money: 'amount', weak: true },
  // Consumed so that their 规模 is not read as a size: 规模以上工业 is a statistical class.
  { words: ['规模以上', '規模以上', '规上', '規上'] },
  {
    words: [
      '增长到',
      '增長到',
      '增长至',
      '增長至',
      '提高到',
      '提高至',
      '提升到',
      '提升至',
      '上升到',
      '上升至',
      '增加到',
      '增加至',
      '增至',
      '降至',
      '降到',
      '下降到',
      '下降至',
      '达到',
      '達到',
    ],
    percent: 'share',
  },
  {
    words: [
      '同比增长',
      '同比增長',
      '增长',
      '增長',
      '成长',
      '成長',
      '同比',
      '提升',
      '提高',
      '上升',
      '增加',
      '增幅',
      '增速',
      '增',
    ],
    percent: 'growth',
  },
  { words: ['下降', '降低', '减少', '減少', '下滑', '回落', '降'], percent: 'growth', decline: true },
  { words: ['占比', '佔比', '比重', '份额', '份額', '比例', '占', '佔'], percent: 'share' },
  {
    words: [
      '占地面积',
      '佔地面積',
      '规划面积',
      '規劃面積',
      '建筑面积',
      '建築面積',
      '规划建设面积',
      '規劃建設面積',
      '占地',
      '佔地',
      '面积',
      '面積',
    ],
    area: true,
  },
];

const RULE_BY_WORD = new Map<string, KeywordRule>();
for (const rule of KEYWORD_RULES) for (const word of rule.words) RULE_BY_WORD.set(word, rule);

/** All keywords, longest first; global, for scanning a span. */
export const KEYWORD_RE = new RegExp(alternation(RULE_BY_WORD.keys()), 'g');

/** A keyword found in a text. */
export interface KeywordHit {
  rule: KeywordRule;
  start: number;
  end: number;
}

/**
 * Every keyword in `text[from, to)`, left to right, without overlaps.
 * @example findKeywords('计划总投资1351.4亿元', 0, 5)[0]?.rule.money // 'investment'
 */
export function findKeywords(text: string, from: number, to: number): KeywordHit[] {
  const hits: KeywordHit[] = [];
  if (to <= from) return hits;
  const span = text.slice(from, to);
  KEYWORD_RE.lastIndex = 0;
  for (let m = KEYWORD_RE.exec(span); m; m = KEYWORD_RE.exec(span)) {
    const rule = RULE_BY_WORD.get(m[0]);
    if (rule) hits.push({ rule, start: from + m.index, end: from + m.index + m[0].length });
  }
  return hits;
}

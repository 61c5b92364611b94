/**
 * The charts' interface text in the atlas's three locales.
 */
import type { ChartLocale } from './format.ts';

/** Words the charts and their tables use. */
export interface ChartText {
  table: string;
  evidence: string;
  rank: string;
  count: string;
  kind: string;
  figures: string;
  date: string;
  article: string;
  undated: string;
  kinds: Record<string, string>;
}

const KINDS_HANS = {
  investment: '投资',
  output: '产值',
  revenue: '营收',
  fund: '基金',
  capacity: '产能',
  count: '数量',
  share: '占比',
  growth: '增长',
  area: '面积',
  amount: '金额',
};

const TEXT: Record<ChartLocale, ChartText> = {
  'zh-hans': {
    table: '以表格查看',
    evidence: '证据',
    rank: '排名',
    count: '数量',
    kind: '类别',
    figures: '数字',
    date: '日期',
    article: '文章',
    undated: '无日期',
    kinds: KINDS_HANS,
  },
  'zh-hant': {
    table: '以表格檢視',
    evidence: '證據',
    rank: '排名',
    count: '數量',
    kind: '類別',
    figures: '數字',
    date: '日期',
    article: '文章',
    undated: '無日期',
    kinds: {
      ...KINDS_HANS,
      investment: '投資',
      output: '產值',
      revenue: '營收',
      capacity: '產能',
      count: '數量',
      share: '佔比',
      growth: '增長',
      area: '面積',
      amount: '金額',
    },
  },
  en: {
    table: 'Show as a table',
    evidence: 'Evidence',
    rank: 'Rank',
    count: 'Count',
    kind: 'Kind',
    figures: 'Figures',
    date: 'Date',
    article: 'Article',
    undated: 'Undated',
    kinds: {
      investment: 'Investment',
      output: 'Output',
      revenue: 'Revenue',
      fund: 'Funds',
      capacity: 'Capacity',
      count: 'Counts',
      share: 'Shares',
      growth: 'Growth',
      area: 'Area',
      amount: 'Amounts',
    },
  },
};

/** The chart texts of a locale. */
export function chartText(locale: ChartLocale): ChartText {
  return TEXT[locale];
}

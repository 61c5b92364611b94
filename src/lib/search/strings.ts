/**
 * Every word the search UI shows, per locale. (Kept here until the site has
 * shared dictionaries in `src/i18n/`; the keys can move there unchanged.)
 */
import type { Locale } from '../../i18n/locales.ts';
import type { EntryType, FilterKey } from './state.ts';

/** The search UI's text in one locale. */
export interface SearchStrings {
  title: string;
  /** The page's meta description. */
  description: string;
  label: string;
  placeholder: string;
  submit: string;
  filtersLabel: string;
  filters: Record<FilterKey, string>;
  any: string;
  types: Record<EntryType, string>;
  prompt: string;
  unsearchable: string;
  searching: string;
  noResults: (query: string) => string;
  count: (n: number) => string;
  more: string;
  failed: string;
  noscript: string;
  /** On the English site: article text is Chinese; where to search it. */
  chineseText?: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Strings of each locale. */
export const SEARCH_STRINGS: Record<Locale, SearchStrings> = {
  'zh-hans': {
    title: '搜索',
    description: '在产业集群地图集中搜索城市、园区、产业、集群和新闻报道，繁体、简体均可。',
    label: '搜索地图集',
    placeholder: '城市、园区、产业、企业……',
    submit: '搜索',
    filtersLabel: '筛选',
    filters: { type: '类型', city: '城市', industry: '产业', year: '年份' },
    any: '全部',
    types: { article: '文章', city: '城市', park: '园区', cluster: '集群', industry: '产业' },
    prompt: '输入关键词，繁体、简体均可。',
    unsearchable: '请输入文字或数字。',
    searching: '正在搜索……',
    noResults: (q) => `没有找到与“${q}”相关的结果。`,
    count: (n) => `共 ${n} 个结果`,
    more: '显示更多',
    failed: '搜索暂时无法使用。',
    noscript: '搜索需要启用 JavaScript。',
  },
  'zh-hant': {
    title: '搜尋',
    description: '在產業集群地圖集中搜尋城市、園區、產業、集群和新聞報導，繁體、簡體均可。',
    label: '搜尋地圖集',
    placeholder: '城市、園區、產業、企業……',
    submit: '搜尋',
    filtersLabel: '篩選',
    filters: { type: '類型', city: '城市', industry: '產業', year: '年份' },
    any: '全部',
    types: { article: '文章', city: '城市', park: '園區', cluster: '集群', industry: '產業' },
    prompt: '輸入關鍵詞，繁體、簡體均可。',
    unsearchable: '請輸入文字或數字。',
    searching: '正在搜尋……',
    noResults: (q) => `沒有找到與「${q}」相關的結果。`,
    count: (n) => `共 ${n} 個結果`,
    more: '顯示更多',
    failed: '搜尋暫時無法使用。',
    noscript: '搜尋需要啟用 JavaScript。',
  },
  en: {
    title: 'Search',
    description: 'Search the Industrial Cluster Atlas: cities, parks, industries, clusters and news articles.',
    label: 'Search the atlas',
    placeholder: 'City, park, industry, company…',
    submit: 'Search',
    filtersLabel: 'Filter',
    filters: { type: 'Type', city: 'City', industry: 'Industry', year: 'Year' },
    any: 'All',
    types: { article: 'Article', city: 'City', park: 'Park', cluster: 'Cluster', industry: 'Industry' },
    prompt: 'Type a name in English, pinyin or Chinese.',
    unsearchable: 'Type a word or a number.',
    searching: 'Searching…',
    noResults: (q) => `Nothing found for “${q}”.`,
    count: (n) => (n === 1 ? '1 result' : `${n} results`),
    more: 'Show more',
    failed: 'Search is unavailable right now.',
    noscript: 'Search needs JavaScript.',
    chineseText: 'Search the Chinese article text',
  },
};

/**
 * An ISO date as the locale writes it.
 * @example formatDate('zh-hant', '2024-01-22') // '2024年1月22日'
 * @example formatDate('en', '2024-01-22') // '22 January 2024'
 */
export function formatDate(locale: Locale, iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match as unknown as [string, string, string, string];
  if (locale === 'en') return `${Number(d)} ${MONTHS[Number(m) - 1] ?? m} ${y}`;
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/**
 * How units read in each locale, as data for `formatFigure`: currency words,
 * counted nouns with their measure words, and capacity units.
 */

/** A label in Simplified and Traditional Chinese and English (singular, plural). */
export interface UnitLabel {
  hans: string;
  hant: string;
  en: readonly [string, string];
}

/** Chinese currency words; English uses the ISO code. A currency not listed prints its code in every locale. */
export const CURRENCY_LABELS: Readonly<Record<string, { hans: string; hant: string; prefix?: boolean }>> = {
  CNY: { hans: '元', hant: '元' },
  USD: { hans: '美元', hant: '美元' },
  HKD: { hans: '港元', hant: '港元' },
  MOP: { hans: '澳门元', hant: '澳門元' },
  EUR: { hans: '欧元', hant: '歐元' },
  JPY: { hans: '日元', hant: '日圓' },
  GBP: { hans: '英镑', hant: '英鎊' },
  KRW: { hans: '韩元', hant: '韓元' },
  AUD: { hans: '澳元', hant: '澳元' },
  // Taiwan prints 億元 and 兆元; the currency name goes before the number.
  TWD: { hans: '新台币', hant: '新臺幣', prefix: true },
};

/** Counted things: measure word and noun in Chinese, singular and plural in English. */
export const COUNT_LABELS: Readonly<Record<string, UnitLabel>> = {
  projects: { hans: '个项目', hant: '個項目', en: ['project', 'projects'] },
  companies: { hans: '家企业', hant: '家企業', en: ['company', 'companies'] },
  cases: { hans: '件', hant: '件', en: ['case', 'cases'] },
  jobs: { hans: '个就业岗位', hant: '個就業崗位', en: ['job', 'jobs'] },
  people: { hans: '人', hant: '人', en: ['person', 'people'] },
  universities: { hans: '所高校', hant: '所高校', en: ['university', 'universities'] },
  institutions: { hans: '家科研机构', hant: '家科研機構', en: ['research institution', 'research institutions'] },
  platforms: { hans: '个平台', hant: '個平台', en: ['platform', 'platforms'] },
  funds: { hans: '支基金', hant: '支基金', en: ['fund', 'funds'] },
  parks: { hans: '个园区', hant: '個園區', en: ['park', 'parks'] },
  'data-centers': { hans: '个数据中心', hant: '個數據中心', en: ['data centre', 'data centres'] },
  'production-lines': { hans: '条生产线', hant: '條生產線', en: ['production line', 'production lines'] },
  patents: { hans: '件专利', hant: '件專利', en: ['patent', 'patents'] },
  factories: { hans: '家工厂', hant: '家工廠', en: ['factory', 'factories'] },
  clusters: { hans: '个产业集群', hant: '個產業集群', en: ['industrial cluster', 'industrial clusters'] },
  pieces: { hans: '片', hant: '片', en: ['piece', 'pieces'] },
  units: { hans: '台', hant: '台', en: ['unit', 'units'] },
  vehicles: { hans: '辆', hant: '輛', en: ['vehicle', 'vehicles'] },
  tonnes: { hans: '吨', hant: '噸', en: ['tonne', 'tonnes'] },
};

/** Rate suffixes of capacity units (`pieces/year`). */
export const RATE_LABELS: Readonly<Record<string, UnitLabel>> = {
  year: { hans: '/年', hant: '/年', en: ['/year', '/year'] },
  month: { hans: '/月', hant: '/月', en: ['/month', '/month'] },
};

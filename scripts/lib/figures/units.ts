/**
 * The units a figure can carry, as data: currency words, area, capacity,
 * percentages and the measure words of counts, each with the base unit it
 * maps to. The scanner compiles each table into one sticky regular
 * expression, longest word first, so `美元` wins over `元`.
 */

/** A currency word and its ISO code; `null` means "the article's default currency". */
export const CURRENCY_WORDS: Readonly<Record<string, string | null>> = {
  元: null,
  人民币: 'CNY',
  人民幣: 'CNY',
  元人民币: 'CNY',
  元人民幣: 'CNY',
  美元: 'USD',
  美金: 'USD',
  港元: 'HKD',
  港币: 'HKD',
  港幣: 'HKD',
  新台币: 'TWD',
  新臺幣: 'TWD',
  新台幣: 'TWD',
  台币: 'TWD',
  台幣: 'TWD',
  臺幣: 'TWD',
  澳门元: 'MOP',
  澳門元: 'MOP',
  澳门币: 'MOP',
  澳門幣: 'MOP',
  葡币: 'MOP',
  葡幣: 'MOP',
  欧元: 'EUR',
  歐元: 'EUR',
  日元: 'JPY',
  日圆: 'JPY',
  日圓: 'JPY',
  日币: 'JPY',
  日幣: 'JPY',
  英镑: 'GBP',
  英鎊: 'GBP',
  韩元: 'KRW',
  韓元: 'KRW',
  // 澳元 is the Australian dollar; Macao's pataca is 澳门元.
  澳元: 'AUD',
};

/** Currency words printed before the number (`人民币100亿元`, `新臺幣2,000億元`, `NT$`). */
export const CURRENCY_PREFIXES: Readonly<Record<string, string>> = {
  人民币: 'CNY',
  人民幣: 'CNY',
  新台币: 'TWD',
  新臺幣: 'TWD',
  新台幣: 'TWD',
  台币: 'TWD',
  台幣: 'TWD',
  美金: 'USD',
  港币: 'HKD',
  港幣: 'HKD',
  US$: 'USD',
  NT$: 'TWD',
  HK$: 'HKD',
  MOP$: 'MOP',
  RMB: 'CNY',
};

/**
 * Area words: the power of ten that turns one unit into m², and for 亩 a
 * further factor (1 亩 = 10000/15 m² ≈ 666.67 m²) and the unit as printed.
 */
export const AREA_UNITS: Readonly<Record<string, { exponent: number; divisor?: number; source?: string }>> = {
  平方公里: { exponent: 6 },
  平方千米: { exponent: 6 },
  平方米: { exponent: 0 },
  平方公尺: { exponent: 0 },
  公顷: { exponent: 4 },
  公頃: { exponent: 4 },
  亩: { exponent: 4, divisor: 15, source: 'mu' },
  畝: { exponent: 4, divisor: 15, source: 'mu' },
};

/** Physical units of output and capacity. */
export const CAPACITY_UNITS: Readonly<Record<string, string>> = {
  片: 'pieces',
  台: 'units',
  辆: 'vehicles',
  輛: 'vehicles',
  吨: 'tonnes',
  噸: 'tonnes',
};

/** Percent signs and words: the power of ten that turns the number into a fraction, and the unit. */
export const PERCENT_UNITS: Readonly<Record<string, { exponent: number; unit: string }>> = {
  '%': { exponent: -2, unit: 'percent' },
  '‰': { exponent: -3, unit: 'percent' },
  个百分点: { exponent: -2, unit: 'percentage-points' },
  個百分點: { exponent: -2, unit: 'percentage-points' },
  百分点: { exponent: -2, unit: 'percentage-points' },
  百分點: { exponent: -2, unit: 'percentage-points' },
};

/** Measure words of counts, and the unit a count takes when no noun says what is counted. */
export const MEASURE_WORDS: Readonly<Record<string, string | null>> = {
  家: 'companies',
  件: 'cases',
  案: 'cases',
  人: 'people',
  个: null,
  個: null,
  户: null,
  戶: null,
  支: null,
  只: null,
  隻: null,
  条: null,
  條: null,
  所: null,
  座: null,
  项: null,
  項: null,
};

/** Nouns that say what a count counts. */
export const COUNT_NOUNS: Readonly<Record<string, string>> = {
  项目: 'projects',
  項目: 'projects',
  企业: 'companies',
  企業: 'companies',
  公司: 'companies',
  厂商: 'companies',
  廠商: 'companies',
  厂家: 'companies',
  廠家: 'companies',
  投资案: 'cases',
  投資案: 'cases',
  案件: 'cases',
  就业机会: 'jobs',
  就業機會: 'jobs',
  就业岗位: 'jobs',
  就業崗位: 'jobs',
  岗位: 'jobs',
  崗位: 'jobs',
  职缺: 'jobs',
  職缺: 'jobs',
  人才: 'people',
  员工: 'people',
  員工: 'people',
  高校: 'universities',
  大学: 'universities',
  大學: 'universities',
  院校: 'universities',
  科研院所: 'institutions',
  研究院: 'institutions',
  研究所: 'institutions',
  科研机构: 'institutions',
  科研機構: 'institutions',
  研发机构: 'institutions',
  研發機構: 'institutions',
  平台: 'platforms',
  基金: 'funds',
  园区: 'parks',
  園區: 'parks',
  产业园: 'parks',
  產業園: 'parks',
  工业园: 'parks',
  工業園: 'parks',
  开发区: 'parks',
  開發區: 'parks',
  数据中心: 'data-centers',
  數據中心: 'data-centers',
  資料中心: 'data-centers',
  生产线: 'production-lines',
  生產線: 'production-lines',
  产线: 'production-lines',
  產線: 'production-lines',
  专利: 'patents',
  專利: 'patents',
  工厂: 'factories',
  工廠: 'factories',
  产业集群: 'clusters',
  產業集群: 'clusters',
};

/** Nouns after `N亿元以上(的)`: the number names a class of things (`亿元以上项目`), not a figure. */
export const THRESHOLD_NOUNS = [
  '项目',
  '項目',
  '企业',
  '企業',
  '龙头',
  '龍頭',
  '产业',
  '產業',
  '工业',
  '工業',
  '园区',
  '園區',
  '集群',
  '规上',
  '規上',
  '重点',
  '重點',
  '大项目',
  '大項目',
];

/** Escape a word for use inside a regular expression. */
export function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The distinct words, longest first (ties in code-point order, so the output is stable). */
export function longestFirst(words: Iterable<string>): string[] {
  return [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

/** An alternation of the words, longest first. */
export function alternation(words: Iterable<string>): string {
  return longestFirst(words).map(escapeRegExp).join('|');
}

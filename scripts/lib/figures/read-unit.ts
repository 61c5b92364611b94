/**
 * The unit printed right after a number (and its multiplier): a currency, a
 * percent sign, an area, a capacity unit or a measure word of a count. Each
 * reader is one sticky regular expression compiled once from `units.ts`.
 */
import { alternation, AREA_UNITS, CAPACITY_UNITS, CURRENCY_WORDS, MEASURE_WORDS, PERCENT_UNITS } from './units.ts';

/** A unit read after a number. */
export type UnitHit =
  | { dimension: 'money'; currency: string | null; end: number }
  | { dimension: 'percent'; exponent: number; unit: string; end: number }
  | { dimension: 'area'; exponent: number; divisor?: number; source?: string; end: number }
  | { dimension: 'capacity'; unit: string; rate?: 'year' | 'month'; end: number }
  | { dimension: 'count'; measure: string; end: number };

// 元宇宙 (metaverse) and 元件 (components) are not yuan.
const MONEY_RE = new RegExp(`(?:${alternation(Object.keys(CURRENCY_WORDS))})(?![宇件素器])`, 'y');
const PERCENT_RE = new RegExp(alternation(Object.keys(PERCENT_UNITS)), 'y');
// 亩均 is "per mu", a ratio, not an area.
const AREA_RE = new RegExp(`(?:${alternation(Object.keys(AREA_UNITS))})(?!均)`, 'y');
// 片区 is a district, 台湾/台北 a place, 台币 a currency.
const CAPACITY_RE = /(片(?![区區])|台(?![湾灣北中南币幣])|辆|輛|吨|噸)(?:[ \t]*\/[ \t]*([年月]))?/y;
const MEASURE_RE =
  /家(?![庭长長])|件|案(?!例)|人(?![次民均工口])|个|個|户|戶|支(?![持付撑撐出])|只(?![是有要能])|隻|[条條](?![件例])|所(?![以有在属屬谓謂])|座|项(?!目)|項(?!目)/y;

function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/**
 * The unit at offset `at`, or null. Percent signs are only read when no
 * multiplier was printed; measure words only after Arabic digits (一个, 三家
 * are phrasing, not statistics).
 * @example readUnit('亿元', 1, { scaled: true, arabic: true }) // { dimension: 'money', currency: null, end: 2 }
 */
export function readUnit(text: string, at: number, context: { scaled: boolean; arabic: boolean }): UnitHit | null {
  let m: RegExpExecArray | null;
  if (!context.scaled && (m = stickyAt(PERCENT_RE, text, at))) {
    const p = PERCENT_UNITS[m[0]];
    if (p) return { dimension: 'percent', exponent: p.exponent, unit: p.unit, end: at + m[0].length };
  }
  if ((m = stickyAt(MONEY_RE, text, at))) {
    return { dimension: 'money', currency: CURRENCY_WORDS[m[0]] ?? null, end: at + m[0].length };
  }
  if ((m = stickyAt(AREA_RE, text, at))) {
    const a = AREA_UNITS[m[0]];
    if (a) return { dimension: 'area', ...a, end: at + m[0].length };
  }
  if ((m = stickyAt(CAPACITY_RE, text, at))) {
    const unit = CAPACITY_UNITS[m[1] ?? ''] ?? 'units';
    const rate = m[2] === '年' ? 'year' : m[2] === '月' ? 'month' : undefined;
    return { dimension: 'capacity', unit, ...(rate ? { rate } : {}), end: at + m[0].length };
  }
  if (context.arabic && (m = stickyAt(MEASURE_RE, text, at))) {
    if (m[0] in MEASURE_WORDS) return { dimension: 'count', measure: m[0], end: at + m[0].length };
  }
  return null;
}

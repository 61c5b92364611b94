/**
 * Telling when a place name is part of an organisation's name: 青岛中微创芯电子
 * 有限公司, 山东有研艾斯半导体材料有限公司, 华润微电子(重庆)有限公司, 合肥京东方.
 * Such a mention says where a company is registered, not what the article is
 * about, so the linker does not count it (weight zero: a city named only
 * inside company names is not one of the article's cities).
 */
import { isAsciiAlnum, isHan } from './fold.ts';

/** A mention's span. */
export interface SpanInfo {
  start: number;
  end: number;
}

const STRONG_SUFFIXES = ['股份有限公司', '有限责任公司', '有限公司', '股份公司', '分公司', '公司', '集团'];
// Words that end a company's short name (英望科技, 鲲程电子) but also begin
// ordinary phrases (德州电子信息产业): they count only after a name of two or
// more characters and before a break.
const WEAK_SUFFIXES = [
  '微电子',
  '半导体',
  '新能源',
  '科技',
  '电子',
  '光电',
  '生物',
  '实业',
  '控股',
  '医药',
  '材料',
  '电气',
  '光伏',
];
const STOP_CHARS = new Set('在与和及的是等将已了到向对从把被让使于由并也都还就又再更很个位名年月日时后前为'.split(''));
// After 深圳富士康 these words make the place the site of the company's park or
// project (深圳富士康工业园区, 青岛富士康项目), not part of the company's name.
const SITE_WORDS = ['工业园', '产业园', '科技园', '园区', '基地', '项目', '工厂', '厂区'];
// 合肥贝斯兰湿法设备总部: a headquarters belongs to a company, so a place that
// runs through a name into 总部 names where the company comes from.
const HEADQUARTERS = '总部';
// The nouns that close a list of companies: 与中国医药集团、华熙国际、北京复华等知名企业.
const LIST_NOUNS = ['企业', '公司', '集团', '厂商', '巨头', '龙头', '品牌'];
const LIST_TAIL = 8;
const LOOKAHEAD = 16;
const MIN_WEAK_NAME = 2;

function isNameChar(ch: string | undefined): boolean {
  return isHan(ch) || isAsciiAlnum(ch);
}

function isBreak(ch: string | undefined): boolean {
  return ch === undefined || !isNameChar(ch) || STOP_CHARS.has(ch);
}

/** 重庆 in 华润微电子(重庆)有限公司: a place in brackets right after a name, not after another place. */
function isBracketTag(folded: string, span: SpanInfo, placeEnds: ReadonlySet<number>): boolean {
  return (
    folded[span.start - 1] === '(' &&
    folded[span.end] === ')' &&
    isNameChar(folded[span.start - 2]) &&
    !placeEnds.has(span.start - 1)
  );
}

/** 青岛 in 青岛中微创芯电子有限公司: a company suffix follows within a short run of name characters. */
function isFollowedBySuffix(folded: string, end: number): boolean {
  for (let k = end; k < Math.min(folded.length, end + LOOKAHEAD); k++) {
    if (STRONG_SUFFIXES.some((s) => folded.startsWith(s, k))) return true;
    if (k - end >= MIN_WEAK_NAME && folded.startsWith(HEADQUARTERS, k)) return true;
    const weak = WEAK_SUFFIXES.find((s) => folded.startsWith(s, k));
    if (weak && k - end >= MIN_WEAK_NAME) {
      const after = k + weak.length;
      if (isBreak(folded[after]) || STRONG_SUFFIXES.some((s) => folded.startsWith(s, after))) return true;
    }
    const ch = folded[k];
    if (!isNameChar(ch) && ch !== '(' && ch !== ')') return false;
    if (STOP_CHARS.has(ch as string)) return false;
  }
  return false;
}

/** Whether the text at `from` is 等 and a noun for companies follows within a few characters. */
function closesCompanyList(folded: string, from: number): boolean {
  if (folded[from] !== '等') return false;
  const tail = folded.slice(from + 1, from + 1 + LIST_TAIL);
  return LIST_NOUNS.some((noun) => tail.includes(noun));
}

/**
 * 北京 in 与中国医药集团、华熙国际、北京复华等知名企业: the place begins an item
 * of a 、-list that closes with 等…企业, and more name follows it in the item,
 * so the item is a company's short name. (北京、上海等城市 keeps both: no name
 * follows the place, and the list is of cities.)
 */
function isCompanyListItem(folded: string, end: number): boolean {
  let k = end;
  while (k < folded.length && isNameChar(folded[k]) && folded[k] !== '等') k++;
  if (k === end) return false;
  for (let i = k; i < Math.min(folded.length, k + 4 * LOOKAHEAD); i++) {
    const ch = folded[i];
    if (ch === '等') return closesCompanyList(folded, i);
    if (ch !== '、' && !isNameChar(ch)) return false;
  }
  return false;
}

/**
 * Whether a place mention is part of an organisation's name.
 * `companies` maps the offsets where a known company's name begins to where
 * it ends (合肥京东方: the place runs straight into the company); `placeEnds`
 * holds the offsets where place mentions end (上海(浦东) is a place and its district).
 * @example inOrgName('青岛中微创芯电子有限公司董事长', { start: 0, end: 2 }, new Map(), new Set()) // true
 */
export function inOrgName(
  folded: string,
  span: SpanInfo,
  companies: ReadonlyMap<number, number>,
  placeEnds: ReadonlySet<number>,
): boolean {
  const companyEnd = companies.get(span.end);
  if (companyEnd !== undefined && !SITE_WORDS.some((w) => folded.startsWith(w, companyEnd))) return true;
  if (isBracketTag(folded, span, placeEnds)) return true;
  return isFollowedBySuffix(folded, span.end) || isCompanyListItem(folded, span.end);
}

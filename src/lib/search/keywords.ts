/**
 * Extra words a page is indexed under, at build time: the names of the
 * entities it is about in the page's script, and on the English site the
 * toneless pinyin of Chinese names whose English name is not their pinyin
 * (高雄 Kaohsiung → gaoxiong, 香港 Hong Kong → xianggang), so a reader who
 * types pinyin finds them.
 */
import { pinyin } from 'pinyin-pro';
import type { Locale } from '../../i18n/locales.ts';

/** An entity name in both scripts and English. */
export interface EntityName {
  hans: string;
  hant: string;
  en: string;
}

/** Longest name given a pinyin keyword; longer names (parks, companies) are phrases nobody types as one word. */
export const MAX_PINYIN_CHARS = 4;

// Administrative suffixes readers leave out: 新竹市 is typed "xinzhu".
const ADMIN_SUFFIX = /(特别行政区|特別行政區|自治州|自治县|自治縣|自治区|自治區|地区|地區|市|县|縣|区|區|省)$/u;

/**
 * A place name without its administrative suffix (kept when nothing else is left).
 * @example placeStem('新竹市') // '新竹'
 * @example placeStem('香港特别行政区') // '香港'
 */
export function placeStem(name: string): string {
  const stem = name.replace(ADMIN_SUFFIX, '');
  return stem === '' ? name : stem;
}

const latin = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/**
 * Toneless pinyin of a Chinese name as one word, or '' when it is too long or
 * not all Chinese.
 * @example tonelessPinyin('高雄') // 'gaoxiong'
 * @example tonelessPinyin('重庆') // 'chongqing'
 */
export function tonelessPinyin(hans: string): string {
  const chars = [...hans];
  if (chars.length === 0 || chars.length > MAX_PINYIN_CHARS || !chars.every((c) => /\p{Script=Han}/u.test(c)))
    return '';
  return latin(pinyin(hans, { toneType: 'none', type: 'array' }).join(''));
}

/**
 * The words to index a page under, for the names of what it is about.
 * @example searchKeywords('en', [{ hans: '高雄市', hant: '高雄市', en: 'Kaohsiung' }]) // ['Kaohsiung', 'gaoxiong']
 * @example searchKeywords('zh-hant', [{ hans: '青岛', hant: '青島', en: 'Qingdao' }]) // ['青島']
 */
export function searchKeywords(locale: Locale, names: readonly EntityName[]): string[] {
  const words = names.flatMap((name) => {
    if (locale === 'zh-hans') return [name.hans];
    if (locale === 'zh-hant') return [name.hant];
    const romanized = tonelessPinyin(placeStem(name.hans));
    return romanized && romanized !== latin(name.en) ? [name.en, romanized] : [name.en];
  });
  return [...new Set(words)];
}

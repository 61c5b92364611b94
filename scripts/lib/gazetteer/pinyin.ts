/**
 * Pinyin for matching place names against GeoNames rows and for English names
 * and slugs. Place names often use a reading that is not a character's default
 * (歙县 Shè, 单县 Shàn, 蔚县 Yù), so matching compares every reading.
 */
import { pinyin, polyphonic } from 'pinyin-pro';

const MAX_READINGS = 256;

/**
 * Readings that place names use where pinyin-pro's contextual default picks
 * another (宁都 Ningdu, not Ningdou; 什邡 Shifang; 大城 Dacheng; 民乐 Minle;
 * 曾都 Zengdu; 万柏林 Wanbailin, not the 柏林 of Berlin). Whole-name exceptions (单县 Shan, 乐清 Yueqing) are curated
 * in english-names.yaml instead.
 */
const PLACE_NAME_READINGS: ReadonlyMap<string, string> = new Map([
  ['都', 'du'],
  ['什', 'shi'],
  ['大', 'da'],
  ['乐', 'le'],
  ['曾', 'zeng'],
  ['柏', 'bai'],
]);

/**
 * Every reading of a Chinese text as syllable arrays, the contextual default
 * reading first (with the place-name readings above), then the other
 * combinations of each character's readings.
 * @example readings('单县')[0] // ['dan', 'xian'];  readings('单县') also holds ['shan', 'xian']
 * @example readings('宁都')[0] // ['ning', 'du']
 */
export function readings(text: string): string[][] {
  const chars = [...text].filter((c) => /\p{Script=Han}/u.test(c));
  if (chars.length === 0) return [];
  const han = chars.join('');
  const first = pinyin(han, { toneType: 'none', type: 'array' }).map(
    (r, i) => PLACE_NAME_READINGS.get(chars[i] ?? '') ?? r,
  );
  const perChar = polyphonic(han, { toneType: 'none', type: 'array' }).map((options, i) =>
    options.length > 0 ? options : [first[i] ?? ''],
  );
  const all: string[][] = [first];
  const seen = new Set([first.join(' ')]);
  let combos: string[][] = [[]];
  for (const options of perChar) {
    combos = combos.flatMap((prefix) => options.map((o) => [...prefix, o])).slice(0, MAX_READINGS);
  }
  for (const combo of combos) {
    const key = combo.join(' ');
    if (!seen.has(key)) {
      seen.add(key);
      all.push(combo);
    }
  }
  return all;
}

/**
 * A comparison key for Latin names: no diacritics, apostrophes, spaces or case.
 * @example latinKey('Xi’an') // 'xian'
 */
export function latinKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/**
 * Title-case pinyin with the syllable-dividing apostrophe before a, o, e.
 * @example formatPinyin(['xi', 'an']) // "Xi'an"
 */
export function formatPinyin(syllables: readonly string[]): string {
  const joined = syllables
    .map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s))
    .join('')
    .normalize('NFC');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

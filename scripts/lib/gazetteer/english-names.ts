/**
 * English names of administrative units, built from an English stem (a
 * GeoNames name, curated name or Title-case pinyin) and the unit type:
 * 黄岛区 → "Huangdao District", 恩施土家族苗族自治州 → "Enshi Tujia and Miao
 * Autonomous Prefecture". Prefecture-level cities, provinces and the SARs are
 * named by the stem alone ("Qingdao", "Shandong").
 */
import { ethnicEnglish } from './ethnic-groups.ts';
import type { Level, NameParts, UnitType } from './types.ts';

const SUFFIX: Partial<Record<UnitType, string>> = {
  prefecture: 'Prefecture',
  league: 'League',
  'autonomous-prefecture': 'Autonomous Prefecture',
  district: 'District',
  'new-area': 'New Area',
  'forestry-district': 'Forestry District',
  'special-district': 'Special District',
  county: 'County',
  'autonomous-county': 'Autonomous County',
  banner: 'Banner',
  'autonomous-banner': 'Autonomous Banner',
  islands: 'Islands',
  'administrative-committee': 'Administrative Committee',
};

/** "A", "A and B", "A, B and C". */
function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * The English stem of a unit named after its people (东乡族自治县 → Dongxiang),
 * else `stemEn` unchanged.
 * @example englishStem({ stem: '鄂伦春', short: '鄂伦春', type: 'autonomous-banner', ethnicGroups: ['鄂伦春'] }, 'Elunchun') // 'Oroqen'
 */
export function englishStem(parts: NameParts, stemEn: string): string {
  const [first] = parts.ethnicGroups;
  return first === parts.stem ? (ethnicEnglish(first) ?? stemEn) : stemEn;
}

/**
 * The full English name of a unit.
 * @example englishName({ stem: '黄岛', short: '黄岛', type: 'district', ethnicGroups: [] }, 'county', 'Huangdao') // 'Huangdao District'
 * @example englishName({ stem: '恩施', short: '恩施', type: 'autonomous-prefecture', ethnicGroups: ['土家', '苗'] }, 'prefecture', 'Enshi')
 * // 'Enshi Tujia and Miao Autonomous Prefecture'
 */
export function englishName(parts: NameParts, level: Level, stemEn: string): string {
  const stem = englishStem(parts, stemEn);
  // A county-level city is "Jiaozhou City"; a prefecture-level city is just "Qingdao".
  const suffix = parts.type === 'city' && level === 'county' ? 'City' : SUFFIX[parts.type];
  if (!suffix) return stem;
  const namedAfterPeople = parts.ethnicGroups[0] === parts.stem;
  const groups = parts.ethnicGroups.slice(namedAfterPeople ? 1 : 0).map((g) => ethnicEnglish(g) ?? g);
  return [stem, listJoin(groups), suffix].filter((s) => s !== '').join(' ');
}

/**
 * An English name without diacritics other than ü, with a straight apostrophe:
 * GeoNames writes "Xi’an", "Báigōng", "Dêqên".
 * @example cleanEnglish('Xi’an') // "Xi'an"
 */
export function cleanEnglish(name: string): string {
  return name
    .replace(/[’‘`]/gu, "'")
    .normalize('NFD')
    .replace(/([uU]?)(\p{M}+)/gu, (_, base: string, marks: string) =>
      base !== '' && marks.includes('\u0308') ? `${base}\u0308` : base,
    )
    .normalize('NFC');
}

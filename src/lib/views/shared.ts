/**
 * Pieces every entity page shows: names in all scripts, location, precision.
 */
import { messages, type Messages } from '../../i18n/messages.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { CityData, Trilingual } from '../atlas-types.ts';

/** A name in each script, labelled, with the `lang` to mark it with. */
export interface NameRow {
  label: string;
  name: string;
  lang: 'zh-Hans' | 'zh-Hant' | 'en';
}

/** The three names of an entity as rows of a definition list. */
export function nameRows(name: Trilingual, locale: Locale): NameRow[] {
  const t = messages(locale);
  return [
    { label: t.nameHans, name: name.hans, lang: 'zh-Hans' },
    { label: t.nameHant, name: name.hant, lang: 'zh-Hant' },
    { label: t.nameEn, name: name.en, lang: 'en' },
  ];
}

const PRECISION_KEYS: Record<CityData['precision'], keyof Messages> = {
  site: 'precisionSite',
  park: 'precisionPark',
  district: 'precisionDistrict',
  city: 'precisionCity',
  province: 'precisionProvince',
};

/** How precise a point is, in words. */
export function precisionLabel(precision: CityData['precision'], locale: Locale): string {
  return String(messages(locale)[PRECISION_KEYS[precision]]);
}

/**
 * A `[lat, lng]` point as readers write it, to four decimals (about 10 m).
 * @example formatCoords([36.0649, 120.3804]) // '36.0649° N, 120.3804° E'
 */
export function formatCoords([lat, lng]: readonly [number, number]): string {
  const ns = lat >= 0 ? 'N' : 'S';
  const ew = lng >= 0 ? 'E' : 'W';
  return `${Math.abs(lat).toFixed(4)}° ${ns}, ${Math.abs(lng).toFixed(4)}° ${ew}`;
}

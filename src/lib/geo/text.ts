/**
 * The maps' interface text. The words live in the locale files
 * (`src/i18n/<locale>.ts`, group `map`); the Leaflet client gets only the
 * page's own strings, inside the map's data.
 */
import { messages } from '../../i18n/messages.ts';
import type { MapClientText } from './types.ts';

type Locale = 'zh-hans' | 'zh-hant' | 'en';

/** Texts of the static map and its legend. */
export interface MapText extends MapClientText {
  legend: string;
  exact: string;
  /** The approximate-location symbol's legend label. */
  approximateShort: string;
  schematic: string;
  noscript: string;
}

/** The map texts of a locale. */
export function mapText(locale: Locale): MapText {
  return messages(locale).map;
}

/**
 * The lexicon keys of administrative places, with the conditions under which
 * each links. Full names link on their own; a prefecture's short form too,
 * unless it is also a common word; a county's short form only when the
 * article also names its prefecture or province; one-character forms never.
 */
import { isFunctionalCode, placeAnchor, placeKind, type PlaceIndex } from './place-tree.ts';
import { CONTEXT_SHORT, GENERIC_FULL, NEVER_SHORT } from './stoplists.ts';
import type { PlaceRecord, Sense } from './types.ts';

/** A key and what it means. */
export interface KeyedSense {
  key: string;
  sense: Sense;
}

const MIN_EN_LENGTH = 4;

function shortNeeds(place: PlaceRecord, short: string, index: PlaceIndex): readonly string[] | null {
  const above = placeAnchor(place, index).adcodes.filter((c) => c !== place.adcode);
  if (place.level === 'province') return [];
  // A common-word prefecture short (日照) needs its province named, or another place in it.
  if (place.level === 'prefecture') return CONTEXT_SHORT.has(short) ? above.flatMap((c) => [c, `in:${c}`]) : [];
  // Even a county-level city's short form (昆山, 泰兴) needs its prefecture or
  // province named: person names and word junctions (李泰兴, 高安全) are too common.
  return NEVER_SHORT.has(short) ? null : above;
}

function sense(place: PlaceRecord, index: PlaceIndex, form: Sense['form'], needs: readonly string[]): Sense {
  const s: Sense = { entity: place.id, kind: placeKind(place, index), form };
  return needs.length > 0 ? { ...s, needs } : s;
}

/**
 * Every key of one place.
 * @example placeKeysOf(黄岛区, index) // 黄岛区 and 黃島區 freely; 黄岛 only with 青岛 or 山东 in context
 */
export function placeKeysOf(
  place: PlaceRecord,
  index: PlaceIndex,
  reserved: ReadonlySet<string> = new Set(),
): KeyedSense[] {
  const keys: KeyedSense[] = [];
  const above = placeAnchor(place, index).adcodes.filter((c) => c !== place.adcode);
  if (!GENERIC_FULL.has(place.name.hans)) {
    // A two-character full name (城区, 东区 aside) reads like a short form: same condition.
    const fullNeeds = place.level === 'county' && [...place.name.hans].length <= 2 ? above : [];
    for (const key of [place.name.hans, place.name.hant])
      keys.push({ key, sense: sense(place, index, 'full', fullNeeds) });
    if (place.name.en.length >= MIN_EN_LENGTH) {
      keys.push({ key: place.name.en, sense: sense(place, index, 'en', place.level === 'county' ? above : []) });
    }
  }
  const short = proseShort(place, reserved);
  if (short.hans !== place.name.hans && [...short.hans].length >= 2) {
    const needs = shortNeeds(place, short.hans, index);
    if (needs)
      for (const key of [short.hans, short.hant]) keys.push({ key, sense: sense(place, index, 'short', needs) });
  }
  return keys;
}

const CITY_SUFFIX = /(?:特别行政区|特別行政區|市)$/u;

/**
 * The prose short form. A province-level city (北京市, 香港特别行政区) whose table
 * entry gives its full name as short form is still written 北京, 香港 in
 * prose, unless that is a province's name (吉林市 stays 吉林市).
 */
export function proseShort(place: PlaceRecord, reserved: ReadonlySet<string>): { hans: string; hant: string } {
  if (place.short.hans !== place.name.hans || place.level !== 'prefecture' || place.parent !== null) return place.short;
  const hans = place.name.hans.replace(CITY_SUFFIX, '');
  if (hans === place.name.hans || reserved.has(hans)) return place.short;
  return { hans, hant: place.name.hant.replace(CITY_SUFFIX, '') };
}

/**
 * The keys of every place. Functional zones filed as counties (xxxx7x codes)
 * get none: the curated zones table names the ones that matter, as zones.
 */
export function placeKeys(places: readonly PlaceRecord[], index: PlaceIndex): KeyedSense[] {
  const reserved = new Set(places.filter((p) => p.level === 'province').map((p) => p.short.hans));
  return places.filter((p) => !isFunctionalCode(p.adcode)).flatMap((p) => placeKeysOf(p, index, reserved));
}

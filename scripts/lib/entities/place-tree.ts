/**
 * Walking the administrative tree: the prefecture and province above a place,
 * with fallbacks on the structure of adcodes (the first four digits name the
 * prefecture, the first two the province) when a parent link is missing.
 */
import type { Anchor, EntityKind, PlaceRecord } from './types.ts';

/** Places by adcode. */
export type PlaceIndex = ReadonlyMap<string, PlaceRecord>;

/**
 * NBS codes whose fifth digit is 7 (371471 德州天衢新区) are functional zones
 * filed as counties: they are zones, not districts, for the atlas.
 */
export function isFunctionalCode(adcode: string): boolean {
  return /^\d{4}7\d$/.test(adcode);
}

/** The prefecture-level place a place belongs to (itself for a prefecture). */
export function prefectureOf(place: PlaceRecord, index: PlaceIndex): PlaceRecord | undefined {
  if (place.level === 'prefecture') return place;
  if (place.level === 'province') return undefined;
  let parent = place.parent ? index.get(place.parent) : undefined;
  for (let guard = 0; parent && guard < 4; guard++) {
    if (parent.level === 'prefecture') return parent;
    if (parent.level === 'province') break;
    parent = parent.parent ? index.get(parent.parent) : undefined;
  }
  // Municipality districts may point at a 市辖区 code that is not in the table.
  for (const code of [`${place.adcode.slice(0, 4)}00`, `${place.adcode.slice(0, 2)}0000`]) {
    const candidate = index.get(code);
    if (candidate?.level === 'prefecture') return candidate;
  }
  return undefined;
}

/** The province-level place of type `province` above a place, if the table has one. */
export function provinceOf(place: PlaceRecord, index: PlaceIndex): PlaceRecord | undefined {
  const candidate = index.get(place.province) ?? index.get(`${place.adcode.slice(0, 2)}0000`);
  return candidate?.level === 'province' ? candidate : undefined;
}

/** How a place is reported: a province, a city (prefecture, or a county directly under a province), or a district. */
export function placeKind(place: PlaceRecord, index: PlaceIndex): EntityKind {
  if (place.level === 'province') return 'province';
  if (place.level === 'prefecture') return 'city';
  return prefectureOf(place, index) ? 'district' : 'city';
}

/** The anchor of a place: its own adcode and those above it, and what it counts as evidence for. */
export function placeAnchor(place: PlaceRecord, index: PlaceIndex): Anchor {
  const kind = placeKind(place, index);
  const prefecture = kind === 'district' ? prefectureOf(place, index) : undefined;
  const province = provinceOf(place, index);
  const adcodes = [...new Set([place.adcode, prefecture?.adcode, province?.adcode, place.province])].filter(
    (c): c is string => typeof c === 'string',
  );
  if (kind === 'province') return { adcodes, province: place.id };
  if (kind === 'city') return { adcodes, city: place.id, province: province?.id };
  return { adcodes, city: prefecture?.id, district: place.id, province: province?.id };
}

/**
 * The anchor of something that lies in an administrative unit (a zone or a
 * park), given that unit's adcode: evidence for the unit's city and district.
 */
export function anchorInUnit(adcode: string, index: PlaceIndex): Anchor {
  const place = index.get(adcode);
  if (!place) {
    const derived = [adcode, `${adcode.slice(0, 4)}00`, `${adcode.slice(0, 2)}0000`];
    const known = derived.map((c) => index.get(c)).find((p) => p && p.level !== 'province');
    if (!known) return { adcodes: derived };
    const inner = anchorInUnit(known.adcode, index);
    return { ...inner, adcodes: [...new Set([...derived, ...inner.adcodes])] };
  }
  const own = placeAnchor(place, index);
  if (own.district && isFunctionalCode(adcode)) return { ...own, district: undefined };
  return own;
}

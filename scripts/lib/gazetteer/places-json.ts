/**
 * The on-disk form of `places.json`: a JSON array, one place per line, keys in
 * a fixed order, so the file is byte-identical on re-run and diffs show one
 * line per changed place.
 */
import type { Place } from './types.ts';

/** Copy a place with its keys in the documented order (JSON keeps insertion order). */
function ordered(p: Place): Place {
  return {
    id: p.id,
    adcode: p.adcode,
    level: p.level,
    name: { hans: p.name.hans, hant: p.name.hant, en: p.name.en },
    short: { hans: p.short.hans, hant: p.short.hant },
    parent: p.parent,
    province: p.province,
    coords: [p.coords[0], p.coords[1]],
    precision: p.precision,
    coordSource: p.coordSource,
  };
}

/**
 * Serialise places, one per line, in the order given.
 * @example formatPlacesJson([]) // '[\n]\n'
 */
export function formatPlacesJson(places: readonly Place[]): string {
  return `[\n${places.map((p) => JSON.stringify(ordered(p))).join(',\n')}\n]\n`;
}

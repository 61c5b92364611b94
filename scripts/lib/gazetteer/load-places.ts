/**
 * Reading the committed gazetteer (`content/gazetteer/places.json`) for the
 * rest of the project. The site build and the ingest read this file, never
 * the 180 MB data packages it was built from.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Place } from './types.ts';

export type { Place } from './types.ts';

/** Absolute path of the committed `places.json`. */
export const DEFAULT_PLACES_PATH = fileURLToPath(new URL('../../../content/gazetteer/places.json', import.meta.url));

/** Read the gazetteer (default: the committed `places.json`). */
export function loadPlaces(path: string = DEFAULT_PLACES_PATH): Place[] {
  const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${path}: expected a JSON array of places`);
  return data as Place[];
}

/**
 * Places keyed by adcode.
 * @example placesByAdcode(loadPlaces()).get('370200')?.name.hans // '青岛市'
 */
export function placesByAdcode(places: readonly Place[]): Map<string, Place> {
  return new Map(places.map((p) => [p.adcode, p]));
}

/**
 * The places whose parent is `adcode`, in file order (by adcode).
 * @example childrenOf(loadPlaces(), '370200').map((p) => p.short.hans) // ['市南', '市北', '黄岛', …]
 */
export function childrenOf(places: readonly Place[], adcode: string): Place[] {
  return places.filter((p) => p.parent === adcode);
}

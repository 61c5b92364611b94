/**
 * The data island a map carries for its client script, and a stable id for
 * each map on a page.
 */
import type { MapData, MapMarker } from './types.ts';

/**
 * The data as JSON safe inside `<script type="application/json">`: `<`, `>`
 * and `&` are escaped so no text can close the element.
 * @example serializeMapData({ …, markers: [{ label: '</script>', … }] }) // contains '\u003c/script\u003e'
 */
export function serializeMapData(data: MapData): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The data back from the island's text. */
export function parseMapData(json: string): MapData {
  return JSON.parse(json) as MapData;
}

/**
 * A short deterministic id for a map from its name and markers (FNV-1a),
 * so two maps on one page differ and rebuilds do not change it.
 * @example mapIdFor('青岛的园区', []) // 'map-…' (eight hex digits)
 */
export function mapIdFor(label: string, markers: readonly Pick<MapMarker, 'id'>[]): string {
  let hash = 0x811c9dc5;
  for (const ch of [label, ...markers.map((m) => m.id)].join('\u0000')) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `map-${hash.toString(16).padStart(8, '0')}`;
}

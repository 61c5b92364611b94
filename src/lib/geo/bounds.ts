/**
 * The box a map first shows: all of China, or its markers with a margin.
 */
import type { LatLng, LatLngBounds, MapMarker } from './types.ts';

/** Mainland China, Hainan and Taiwan, with the north-east and Xinjiang. */
export const CHINA_BOUNDS: LatLngBounds = [
  [17.5, 73],
  [53.6, 135.1],
];

/** The basemap's extent: nothing outside it is drawn. */
export const BASEMAP_BOUNDS: LatLngBounds = [
  [0, 70],
  [56, 140],
];

/**
 * The box around some markers, at least `minSpan` degrees each way, so one
 * marker (or a few in one city) still shows its surroundings: the basemap has
 * only province and country outlines, and a narrower box shows one line or none.
 * @example markerBounds([{ coords: [36.07, 120.38] }], 2) // [[35.07, 119.38], [37.07, 121.38]]
 */
export function markerBounds(markers: readonly Pick<MapMarker, 'coords'>[], minSpan = 5): LatLngBounds {
  if (markers.length === 0) return CHINA_BOUNDS;
  const lats = markers.map((m) => m.coords[0]);
  const lngs = markers.map((m) => m.coords[1]);
  const [south, north] = widen(Math.min(...lats), Math.max(...lats), minSpan);
  const [west, east] = widen(Math.min(...lngs), Math.max(...lngs), minSpan);
  return [
    [south, west],
    [north, east],
  ];
}

function widen(low: number, high: number, minSpan: number): [number, number] {
  const pad = Math.max((minSpan - (high - low)) / 2, (high - low) * 0.08);
  return [round(low - pad), round(high + pad)];
}

const round = (n: number) => Math.round(n * 1e4) / 1e4;

/** The view box of a map: China, or its markers. */
export function viewBounds(fit: 'china' | 'markers', markers: readonly Pick<MapMarker, 'coords'>[]): LatLngBounds {
  return fit === 'china' || markers.length === 0 ? CHINA_BOUNDS : markerBounds(markers);
}

/** GeoJSON order of a point: `[lng, lat]`. */
export function toLngLat([lat, lng]: LatLng): [number, number] {
  return [lng, lat];
}

/**
 * Whether a marker sits where its place really is, or only on a larger
 * place that contains it (a park known only to its city).
 */
import type { MapMarker, MarkerKind, Precision } from './types.ts';

const RANK: Record<Precision, number> = { site: 0, park: 1, district: 2, city: 3, province: 4 };

/** The coarsest precision that still places a marker of each kind exactly. */
const EXACT_ENOUGH: Record<MarkerKind, Precision> = { company: 'park', park: 'park', zone: 'district', city: 'city' };

/**
 * True when a marker's coordinate is as precise as its kind needs: a city
 * at its city point is exact; a park placed on its city is not.
 * @example isExact({ kind: 'park', precision: 'city' }) // false
 */
export function isExact(marker: Pick<MapMarker, 'kind' | 'precision'>): boolean {
  return RANK[marker.precision] <= RANK[EXACT_ENOUGH[marker.kind]];
}

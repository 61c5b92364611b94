/**
 * Ring hygiene before output: rounding, dropping repeated points and slivers,
 * and the winding d3-geo expects.
 */
import type { Point, Polygon, Ring } from './types.ts';

/**
 * Twice the signed planar area of a ring (positive when counter-clockwise
 * with latitude pointing up).
 * @example signedArea([[0,0],[1,0],[1,1],[0,0]]) // 1
 */
export function signedArea(ring: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as Point;
    const b = ring[i + 1] as Point;
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum;
}

/** A ring with coordinates rounded to `decimals` and consecutive repeats removed. */
export function roundRing(ring: readonly Point[], decimals: number): Ring {
  const factor = 10 ** decimals;
  const out: Ring = [];
  for (const [x, y] of ring) {
    const p: Point = [Math.round(x * factor) / factor, Math.round(y * factor) / factor];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/**
 * Winding for d3-geo: outer rings clockwise, holes counter-clockwise (seen
 * with latitude up). A ring the other way round would cover the rest of the globe.
 */
export function orientForD3(polygon: Polygon): Polygon {
  return polygon.map((ring, i) => {
    const clockwise = signedArea(ring) < 0;
    return clockwise === (i === 0) ? ring : ring.slice().reverse();
  });
}

/**
 * Rounds a polygon and drops what rounding or simplifying made useless: rings
 * of fewer than four points or under `minArea` square degrees. Null when the
 * outer ring itself goes.
 */
export function tidyPolygon(polygon: Polygon, decimals: number, minArea: number): Polygon | null {
  const rings = polygon.map((r) => roundRing(r, decimals));
  const usable = (r: Ring) => r.length >= 4 && Math.abs(signedArea(r)) / 2 >= minArea;
  const [outer, ...holes] = rings;
  if (!outer || !usable(outer)) return null;
  return orientForD3([outer, ...holes.filter(usable)]);
}

/**
 * Clips rings to a longitude/latitude box (Sutherland–Hodgman, one box edge
 * at a time). Planar clipping is right here: the box is small, away from the
 * poles and the antimeridian, and the basemap is drawn in Mercator where
 * meridians and parallels are straight.
 */
import type { Box, Point, Polygon, Ring } from './types.ts';

type Edge = { inside: (p: Point) => boolean; cross: (a: Point, b: Point) => Point };

function edges(box: Box): Edge[] {
  const atX =
    (x: number) =>
    (a: Point, b: Point): Point => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
  const atY =
    (y: number) =>
    (a: Point, b: Point): Point => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
  return [
    { inside: (p) => p[0] >= box.west, cross: atX(box.west) },
    { inside: (p) => p[0] <= box.east, cross: atX(box.east) },
    { inside: (p) => p[1] >= box.south, cross: atY(box.south) },
    { inside: (p) => p[1] <= box.north, cross: atY(box.north) },
  ];
}

function clipAgainst(points: Point[], edge: Edge): Point[] {
  const out: Point[] = [];
  points.forEach((current, i) => {
    const previous = points[(i + points.length - 1) % points.length] as Point;
    const inNow = edge.inside(current);
    if (inNow !== edge.inside(previous)) out.push(edge.cross(previous, current));
    if (inNow) out.push(current);
  });
  return out;
}

/**
 * The part of a closed ring inside the box, closed again, or null when
 * nothing of it is left.
 * @example clipRing([[0,0],[10,0],[10,10],[0,10],[0,0]], { west: 5, south: 0, east: 20, north: 20 })
 * // [[5,0],[10,0],[10,10],[5,10],[5,0]]
 */
export function clipRing(ring: Ring, box: Box): Ring | null {
  let points = ring.slice(0, -1);
  for (const edge of edges(box)) {
    if (points.length === 0) break;
    points = clipAgainst(points, edge);
  }
  if (points.length < 3) return null;
  const first = points[0] as Point;
  return [...points, [first[0], first[1]]];
}

/** A polygon clipped to the box: null when its outer ring falls outside; holes that vanish are dropped. */
export function clipPolygon(polygon: Polygon, box: Box): Polygon | null {
  const [outer, ...holes] = polygon;
  const clippedOuter = outer && clipRing(outer, box);
  if (!clippedOuter) return null;
  return [
    clippedOuter,
    ...holes.flatMap((h) => {
      const clipped = clipRing(h, box);
      return clipped ? [clipped] : [];
    }),
  ];
}

/**
 * Simplifies outlines without opening gaps between neighbours: a border
 * shared by two shapes is cut at the same junctions in both and simplified
 * the same way, so both sides keep the same points.
 */
import type { Point, Ring } from './types.ts';

/** Squared distance from `p` to the segment `a`–`b`. */
function segmentDistance2(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  const ex = a[0] + t * dx - p[0];
  const ey = a[1] + t * dy - p[1];
  return ex * ex + ey * ey;
}

/**
 * Douglas–Peucker on an open polyline; both ends are kept. Ties between
 * equally distant points go to the one nearer the middle, so a chain and its
 * reverse keep the same points.
 * @example douglasPeucker([[0,0],[1,0.01],[2,0]], 0.1) // [[0,0],[2,0]]
 */
export function douglasPeucker(points: readonly Point[], tolerance: number): Point[] {
  if (points.length <= 2) return points.slice();
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  const tol2 = tolerance * tolerance;
  while (stack.length > 0) {
    const [from, to] = stack.pop() as [number, number];
    let best = -1;
    let bestDistance = tol2;
    const middle = (from + to) / 2;
    for (let i = from + 1; i < to; i++) {
      const d = segmentDistance2(points[i] as Point, points[from] as Point, points[to] as Point);
      if (d > bestDistance || (d === bestDistance && best >= 0 && Math.abs(i - middle) < Math.abs(best - middle))) {
        best = i;
        bestDistance = d;
      }
    }
    if (best < 0) continue;
    keep[best] = 1;
    stack.push([from, best], [best, to]);
  }
  return points.filter((_, i) => keep[i] === 1);
}

const key = (p: Point): string => `${p[0]},${p[1]}`;

/** For every point, the set of rings it lies on, as a sorted string. */
function owners(rings: readonly Ring[]): Map<string, string> {
  const sets = new Map<string, Set<number>>();
  rings.forEach((ring, r) => {
    for (const p of ring) {
      const k = key(p);
      const set = sets.get(k) ?? new Set<number>();
      set.add(r);
      sets.set(k, set);
    }
  });
  return new Map([...sets].map(([k, s]) => [k, [...s].sort((a, b) => a - b).join(' ')]));
}

/** Points of a ring where its neighbour changes (junctions). */
function junctionKeys(ring: Ring, owner: Map<string, string>): string[] {
  const keys: string[] = [];
  const n = ring.length - 1;
  for (let i = 0; i < n; i++) {
    const here = owner.get(key(ring[i] as Point));
    const before = owner.get(key(ring[(i + n - 1) % n] as Point));
    if (here !== before || here !== owner.get(key(ring[i + 1] as Point))) keys.push(key(ring[i] as Point));
  }
  return keys;
}

function farthestFrom(ring: Ring, index: number): number {
  const origin = ring[index] as Point;
  let best = index;
  let bestDistance = -1;
  ring.slice(0, -1).forEach((p, i) => {
    const d = (p[0] - origin[0]) ** 2 + (p[1] - origin[1]) ** 2;
    if (d > bestDistance) [best, bestDistance] = [i, d];
  });
  return best;
}

/**
 * The points no simplification may drop: junctions, every ring's start
 * (which must be a cut for its neighbours too, or their chains would differ)
 * and, for a ring with no other fixed point, its farthest point from the start.
 */
function fixedPoints(rings: readonly Ring[], owner: Map<string, string>): Set<string> {
  const fixed = new Set<string>();
  for (const ring of rings) {
    if (ring[0]) fixed.add(key(ring[0]));
    for (const k of junctionKeys(ring, owner)) fixed.add(k);
  }
  for (const ring of rings) {
    const inner = ring.slice(1, -1).filter((p) => fixed.has(key(p)));
    if (inner.length === 0 && ring.length > 3) fixed.add(key(ring[farthestFrom(ring, 0)] as Point));
  }
  return fixed;
}

/**
 * Simplifies every ring of a set of shapes together, cutting each ring at
 * the points where it starts or stops sharing a border with another ring.
 */
export function simplifyRings(rings: readonly Ring[], tolerance: number): Ring[] {
  const owner = owners(rings);
  const fixed = fixedPoints(rings, owner);
  return rings.map((ring) => {
    const cuts = ring.flatMap((p, i) => (i < ring.length - 1 && fixed.has(key(p)) ? [i] : []));
    const out: Point[] = [];
    cuts.forEach((start, c) => {
      const end = cuts[c + 1] ?? ring.length - 1;
      out.push(...douglasPeucker(ring.slice(start, end + 1), tolerance).slice(0, -1));
    });
    const first = out[0];
    return first ? [...out, first] : [];
  });
}

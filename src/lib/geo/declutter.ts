/**
 * Keeping nearby markers readable: overlapping circles are grouped (the
 * Leaflet map shows a group as one numbered marker until zoomed in), and a
 * group drawn in full is spread around its centre (the static SVG, and places
 * that share one point at every zoom).
 */

/** A marker on screen: centre and radius in pixels. */
export interface ScreenCircle {
  x: number;
  y: number;
  r: number;
}

/**
 * Indices of the circles grouped so that no two groups overlap by their
 * first (largest) member: each circle joins the first group whose anchor it
 * overlaps (with `gap` to spare), largest circles first.
 * @example groupOverlapping([{ x: 0, y: 0, r: 5 }, { x: 4, y: 0, r: 5 }, { x: 50, y: 0, r: 5 }], 2) // [[0, 1], [2]]
 */
export function groupOverlapping(circles: readonly ScreenCircle[], gap = 2): number[][] {
  const order = circles
    .map((_, i) => i)
    .sort((a, b) => (circles[b] as ScreenCircle).r - (circles[a] as ScreenCircle).r || a - b);
  const groups: number[][] = [];
  for (const i of order) {
    const c = circles[i] as ScreenCircle;
    const home = groups.find((g) => {
      const anchor = circles[g[0] as number] as ScreenCircle;
      return Math.hypot(anchor.x - c.x, anchor.y - c.y) < anchor.r + c.r + gap;
    });
    if (home) home.push(i);
    else groups.push([i]);
  }
  return groups.map((g) => g.sort((a, b) => a - b));
}

/**
 * Offsets that lay out a group's circles side by side on a ring around their
 * centre, in the given order, clockwise (in screen coordinates) from
 * `startAngle` (the top by default). A group of one stays where it is.
 * @example spreadOffsets([5]) // [[0, 0]]
 */
export function spreadOffsets(radii: readonly number[], gap = 2, startAngle = -Math.PI / 2): [number, number][] {
  if (radii.length <= 1) return radii.map(() => [0, 0]);
  const widths = radii.map((r) => 2 * r + gap);
  const circumference = widths.reduce((a, b) => a + b, 0);
  const ring = Math.max(circumference / (2 * Math.PI), Math.max(...radii) + gap);
  // The first circle's centre sits at `startAngle`.
  let travelled = -(widths[0] ?? 0) / 2;
  return widths.map((w) => {
    const angle = ((travelled + w / 2) / circumference) * 2 * Math.PI + startAngle;
    travelled += w;
    return [round(ring * Math.cos(angle)), round(ring * Math.sin(angle))];
  });
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Marker radius in pixels for an evidence value: area grows with the
 * evidence, from 5 px (none) to 16 px (the most on the map).
 * @example markerRadius(4, 16) // 10.5
 */
export function markerRadius(size: number, maxSize: number): number {
  if (maxSize <= 0 || size <= 0) return 5;
  return round(5 + 11 * Math.sqrt(Math.min(size, maxSize) / maxSize));
}

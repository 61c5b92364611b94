/**
 * Where each marker is drawn on the static map: projected, sized by its
 * evidence, and spread around its point when it would cover another.
 */
import type { GeoProjection } from 'd3';
import { groupOverlapping, markerRadius, spreadOffsets } from './declutter.ts';
import { projectPoint } from './projection.ts';
import type { MapMarker } from './types.ts';

/** A marker in SVG units: `x`, `y` where it is drawn, `px`, `py` where its place is. */
export interface PlacedMarker {
  marker: MapMarker;
  x: number;
  y: number;
  px: number;
  py: number;
  r: number;
}

/**
 * Every marker in SVG units, none hidden: markers that would overlap are
 * laid out on a small ring around their shared place (largest first), and
 * keep a line back to their true point.
 */
export function layoutMarkers(markers: readonly MapMarker[], projection: GeoProjection): PlacedMarker[] {
  const maxSize = Math.max(0, ...markers.map((m) => m.size));
  const circles = markers.map((m) => {
    const [x, y] = projectPoint(projection, m.coords);
    return { x, y, r: markerRadius(m.size, maxSize) };
  });
  const placed: PlacedMarker[] = new Array(markers.length);
  for (const group of groupOverlapping(circles)) {
    const members = group.map((i) => ({ i, c: circles[i] as { x: number; y: number; r: number } }));
    members.sort((a, b) => b.c.r - a.c.r || a.i - b.i);
    const cx = members.reduce((s, m) => s + m.c.x, 0) / members.length;
    const cy = members.reduce((s, m) => s + m.c.y, 0) / members.length;
    const offsets = spreadOffsets(members.map((m) => m.c.r));
    members.forEach(({ i, c }, k) => {
      const [dx, dy] = offsets[k] as [number, number];
      const single = members.length === 1;
      placed[i] = {
        marker: markers[i] as MapMarker,
        x: single ? c.x : Math.round((cx + dx) * 10) / 10,
        y: single ? c.y : Math.round((cy + dy) * 10) / 10,
        px: c.x,
        py: c.y,
        r: c.r,
      };
    });
  }
  return placed;
}

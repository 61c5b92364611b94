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
 * laid out on a small ring around their shared place, each on the side
 * where it really lies, and keep a line back to their true point.
 */
export function layoutMarkers(markers: readonly MapMarker[], projection: GeoProjection): PlacedMarker[] {
  const maxSize = Math.max(0, ...markers.map((m) => m.size));
  const circles = markers.map((m) => {
    const [x, y] = projectPoint(projection, m.coords);
    return { x, y, r: markerRadius(m.size, maxSize) };
  });
  const placed: PlacedMarker[] = new Array(markers.length);
  for (const group of groupOverlapping(circles)) {
    const members = group.map((i) => ({ i, c: circles[i] as { x: number; y: number; r: number }, angle: 0 }));
    const cx = members.reduce((s, m) => s + m.c.x, 0) / members.length;
    const cy = members.reduce((s, m) => s + m.c.y, 0) / members.length;
    // Around the ring in the direction each place lies from the group's centre,
    // so the spread keeps the map's geography; places on the centre keep their order.
    members.forEach((m, k) => {
      const away = Math.hypot(m.c.x - cx, m.c.y - cy) > 0.5;
      m.angle = away ? Math.atan2(m.c.y - cy, m.c.x - cx) : -Math.PI / 2 + k * 1e-6;
    });
    members.sort((a, b) => a.angle - b.angle || a.i - b.i);
    const offsets = spreadOffsets(
      members.map((m) => m.c.r),
      2,
      members[0]?.angle,
    );
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

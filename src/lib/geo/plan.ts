/**
 * What the interactive map draws at one zoom: single markers, markers
 * spread around a point they share, and numbered groups that split as the
 * reader zooms in. Pure: the caller gives the pixel projection of each zoom.
 */
import { groupOverlapping, markerRadius, spreadOffsets } from './declutter.ts';
import type { MapMarker } from './types.ts';

/** Pixel position of a marker at a zoom level. */
export type Project = (marker: MapMarker, zoom: number) => { x: number; y: number };

/** One thing to draw, positioned in pixels at the current zoom. */
export type Planned =
  | { type: 'marker'; marker: MapMarker; x: number; y: number; r: number }
  | { type: 'group'; markers: MapMarker[]; x: number; y: number; r: number };

/**
 * The drawing plan at `zoom`: markers that do not overlap stand alone; an
 * overlapping set that stays together even at `maxZoom` (places sharing one
 * point) is spread around it; any other overlapping set is one group.
 */
export function planMarkers(markers: readonly MapMarker[], project: Project, zoom: number, maxZoom: number): Planned[] {
  const maxSize = Math.max(0, ...markers.map((m) => m.size));
  const circles = markers.map((m) => ({ ...project(m, zoom), r: markerRadius(m.size, maxSize) }));
  return groupOverlapping(circles).flatMap((group): Planned[] => {
    const members = group.map((i) => markers[i] as MapMarker);
    const at = group.map((i) => circles[i] as { x: number; y: number; r: number });
    if (members.length === 1) {
      const c = at[0] as { x: number; y: number; r: number };
      return [{ type: 'marker', marker: members[0] as MapMarker, x: c.x, y: c.y, r: c.r }];
    }
    const cx = at.reduce((s, c) => s + c.x, 0) / at.length;
    const cy = at.reduce((s, c) => s + c.y, 0) / at.length;
    if (zoom < maxZoom && !inseparable(members, project, maxZoom)) {
      const r = Math.min(22, 9 + 2 * Math.sqrt(members.length));
      return [{ type: 'group', markers: members, x: cx, y: cy, r }];
    }
    const offsets = spreadOffsets(at.map((c) => c.r));
    return members.map((marker, k) => {
      const [dx, dy] = offsets[k] as [number, number];
      return { type: 'marker', marker, x: cx + dx, y: cy + dy, r: (at[k] as { r: number }).r };
    });
  });
}

/** True when the markers are still within a few pixels of each other at the deepest zoom. */
function inseparable(markers: readonly MapMarker[], project: Project, maxZoom: number): boolean {
  const points = markers.map((m) => project(m, maxZoom));
  const first = points[0] as { x: number; y: number };
  return points.every((p) => Math.hypot(p.x - first.x, p.y - first.y) < 12);
}

/**
 * The build-time projection: Web Mercator, as Leaflet draws, fitted to a
 * box, so the SVG and the interactive map show the same picture.
 */
import { geoMercator, type GeoProjection, type GeoStream } from 'd3';
import { toLngLat } from './bounds.ts';
import type { LatLng, LatLngBounds } from './types.ts';

/** Size of a map drawing in SVG units. */
export interface Frame {
  width: number;
  height: number;
  /** Space kept free around the fitted box. */
  padding: number;
}

/**
 * A Mercator projection showing `bounds` inside the frame, clipped a little
 * outside it (what is off-screen is not drawn).
 */
export function fitMercator([[south, west], [north, east]]: LatLngBounds, frame: Frame): GeoProjection {
  const { width, height, padding } = frame;
  return geoMercator()
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      { type: 'MultiPoint', coordinates: [toLngLat([south, west]), toLngLat([north, east])] },
    )
    .clipExtent([
      [-20, -20],
      [width + 20, height + 20],
    ]);
}

/**
 * SVG coordinates of a `[lat, lng]` point, rounded to 0.1.
 * @example projectPoint(fitMercator(CHINA_BOUNDS, frame), [36.07, 120.38]) // [x, y], x grows eastward, y southward
 */
export function projectPoint(projection: GeoProjection, coords: LatLng): [number, number] {
  const p = projection(toLngLat(coords));
  if (!p) throw new Error(`cannot project ${coords.join(',')}`);
  return [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
}

/**
 * The projection, but dropping every point closer than `minDistance` (SVG
 * units) to the last one kept on its line: detail a reader cannot see is
 * not worth the bytes of an inline SVG.
 */
export function thinned(projection: GeoProjection, minDistance: number): { stream(s: GeoStream): GeoStream } {
  const min2 = minDistance * minDistance;
  return {
    stream(output) {
      let last: [number, number] | null = null;
      let pending: [number, number] | null = null;
      const thin: GeoStream = {
        point(x, y) {
          if (last && (x - last[0]) ** 2 + (y - last[1]) ** 2 < min2) {
            pending = [x, y];
            return;
          }
          output.point(x, y);
          last = [x, y];
          pending = null;
        },
        lineStart() {
          last = pending = null;
          output.lineStart();
        },
        lineEnd() {
          // The last point closes the line; keep it so rings meet their neighbours.
          if (pending) output.point(pending[0], pending[1]);
          output.lineEnd();
        },
        polygonStart: () => output.polygonStart(),
        polygonEnd: () => output.polygonEnd(),
        sphere: () => output.sphere?.(),
      };
      return projection.stream(thin);
    },
  };
}

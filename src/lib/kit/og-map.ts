/**
 * The small locator map of a share card: China's provinces and neighbours
 * from the bundled basemap, coarsely drawn, with a dot for each place of the
 * page (the page's own place in the accent colour).
 */
import { geoPath } from 'd3';
import type { Basemap } from '../geo/basemap.ts';
import { CHINA_BOUNDS } from '../geo/bounds.ts';
import { fitMercator, projectPoint, thinned } from '../geo/projection.ts';
import { relativePath } from '../geo/svg-path.ts';
import type { LatLng } from '../geo/types.ts';
import { el } from '../charts/markup.ts';

/** A place on the locator map. */
export interface MapDot {
  coords: LatLng;
  /** The page's own place (drawn larger, in the accent colour). */
  primary: boolean;
}

/** Where the map sits on the card, in card pixels. */
export interface MapBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The map's colours. */
export interface MapColours {
  sea: string;
  land: string;
  line: string;
  country: string;
  dot: string;
  primary: string;
  ring: string;
}

const clipped = (box: MapBox, id: string, ...children: string[]): string =>
  el(
    'g',
    { transform: `translate(${box.x} ${box.y})` },
    el('clipPath', { id }, el('rect', { width: box.width, height: box.height, rx: 18 })),
    el('g', { 'clip-path': `url(#${id})` }, ...children),
  );

const projectionOf = (box: MapBox) => fitMercator(CHINA_BOUNDS, { width: box.width, height: box.height, padding: 12 });

/**
 * The map without its dots, as an SVG `<g>` translated into its box: the
 * same for every card, so it can be drawn once. Points closer than 2 px are
 * dropped: a card is seen small, and the SVG stays light to rasterise.
 */
export function locatorBase(basemap: Basemap, box: MapBox, colours: MapColours): string {
  const path = geoPath(thinned(projectionOf(box), 2)).digits(0);
  const shapes = basemap.features
    .map((f) => {
      const raw = path(f);
      const d = raw ? relativePath(raw) : '';
      const province = f.properties.layer === 'province';
      return d
        ? el('path', {
            d,
            fill: province ? colours.land : colours.country,
            stroke: colours.line,
            'stroke-width': province ? 0.8 : 0.5,
          })
        : '';
    })
    .join('');
  return clipped(box, 'og-map-clip', el('rect', { width: box.width, height: box.height, fill: colours.sea }), shapes);
}

/** The dots of a card's places, as an SVG `<g>` in the same box and projection as `locatorBase`. */
export function locatorDots(dots: readonly MapDot[], box: MapBox, colours: MapColours): string {
  const projection = projectionOf(box);
  // Secondary dots first, so the page's own place is drawn on top.
  const ordered = [...dots].sort((a, b) => Number(a.primary) - Number(b.primary));
  const marks = ordered
    .map((dot) => {
      const [cx, cy] = projectPoint(projection, dot.coords);
      return el('circle', {
        cx,
        cy,
        r: dot.primary ? 11 : 7,
        fill: dot.primary ? colours.primary : colours.dot,
        stroke: colours.ring,
        'stroke-width': 3,
      });
    })
    .join('');
  return clipped(box, 'og-dots-clip', marks);
}

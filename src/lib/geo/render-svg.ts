/**
 * The static map: basemap paths, markers as links and printed names, as one
 * SVG string rendered at build time. It is what readers without JavaScript
 * (and printers) see; the Leaflet client replaces it.
 */
import { geoPath, type GeoProjection } from 'd3';
import { el, escapeXml } from '../charts/markup.ts';
import type { Basemap } from './basemap.ts';
import { layoutMarkers, type PlacedMarker } from './layout.ts';
import { placeLabels } from './labels.ts';
import { isExact } from './precision.ts';
import { fitMercator, thinned, type Frame } from './projection.ts';
import { relativePath } from './svg-path.ts';
import type { LatLngBounds, MapMarker } from './types.ts';

/** Everything the static map is drawn from. */
export interface MapSvgInput {
  basemap: Basemap;
  markers: readonly MapMarker[];
  bounds: LatLngBounds;
  /** Accessible name of the map. */
  title: string;
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
  frame?: Frame;
  /** The language of the basemap's names (for province tooltips). */
  nameScript?: 'hans' | 'hant' | 'en';
}

/** The default drawing size; the SVG scales to its container. */
export const DEFAULT_FRAME: Frame = { width: 640, height: 480, padding: 20 };

/** The accessible name of a marker: its label, and its detail where there is one. */
export function markerName(marker: MapMarker, approximateNote: string): string {
  return [marker.label, marker.detail, isExact(marker) ? '' : approximateNote].filter(Boolean).join(' — ');
}

type Feature = Basemap['features'][number];
/** `[west, south, east, north]` of a feature's vertices, in degrees. */
type Box = [number, number, number, number];

const boxes = new WeakMap<Feature, Box>();

function featureBox(feature: Feature): Box {
  const known = boxes.get(feature);
  if (known) return known;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of feature.geometry.coordinates)
    for (const ring of polygon)
      for (const [lng = 0, lat = 0] of ring) {
        w = Math.min(w, lng);
        e = Math.max(e, lng);
        s = Math.min(s, lat);
        n = Math.max(n, lat);
      }
  const box: Box = [w, s, e, n];
  boxes.set(feature, box);
  return box;
}

/**
 * Degrees of slack around the drawn area: d3 draws edges as great-circle
 * arcs, which bow slightly outside their vertices' box.
 */
const SLACK = 2;

/**
 * Whether a feature may show on the map: its box meets the clipped area.
 * A feature that does not would be clipped away entirely, so leaving it out
 * gives the same SVG without projecting every province of China for a map
 * of one city.
 */
function mayShow(projection: GeoProjection, frame: Frame): (feature: Feature) => boolean {
  const [west, north] = projection.invert?.([-20, -20]) ?? [-180, 90];
  const [east, south] = projection.invert?.([frame.width + 20, frame.height + 20]) ?? [180, -90];
  if (!(east - west < 180)) return () => true;
  return (feature) => {
    const [w, s, e, n] = featureBox(feature);
    if (e - w >= 180) return true;
    return w <= east + SLACK && e >= west - SLACK && s <= north + SLACK && n >= south - SLACK;
  };
}

/** The drawn features of one view, with their path data. */
type Drawn = { feature: Feature; d: string }[];

/**
 * Recent views' drawn features: a page's map is drawn once per locale with
 * the same view and only the names differ, so the projection is done once.
 * Kept small; the entity routes list each entity's locales together.
 */
const recentViews = new Map<string, { basemap: Basemap; drawn: Drawn }>();
const RECENT_VIEWS = 16;

function drawnFeatures(basemap: Basemap, bounds: LatLngBounds, frame: Frame): Drawn {
  const key = JSON.stringify([bounds, frame]);
  const recent = recentViews.get(key);
  if (recent && recent.basemap === basemap) return recent.drawn;
  const projection = fitMercator(bounds, frame);
  const path = geoPath(thinned(projection, 1.2)).digits(0);
  const drawn = basemap.features.filter(mayShow(projection, frame)).flatMap((feature) => {
    const raw = path(feature);
    const d = raw ? relativePath(raw) : '';
    return d ? [{ feature, d }] : [];
  });
  recentViews.set(key, { basemap, drawn });
  if (recentViews.size > RECENT_VIEWS) recentViews.delete(recentViews.keys().next().value ?? key);
  return drawn;
}

function basemapPaths(input: MapSvgInput, frame: Frame): string {
  const script = input.nameScript ?? 'hans';
  return drawnFeatures(input.basemap, input.bounds, frame)
    .map(({ feature, d }) => {
      const name = feature.properties.name[script] ?? feature.properties.name.en;
      return el('path', { class: `atlas-map__${feature.properties.layer}`, d, 'data-name': name });
    })
    .join('');
}

function markerLink(p: PlacedMarker, approximateNote: string): string {
  const exact = isExact(p.marker);
  const name = markerName(p.marker, approximateNote);
  const circle = el('circle', {
    cx: p.x,
    cy: p.y,
    r: p.r,
    fill: p.marker.color,
    stroke: exact ? null : p.marker.color,
    class: `atlas-map__dot atlas-map__dot--${exact ? 'exact' : 'approximate'}`,
  });
  return el(
    'a',
    { href: p.marker.href, class: 'atlas-map__marker', 'data-marker-id': p.marker.id, 'aria-label': name },
    el('title', {}, escapeXml(name)),
    circle,
  );
}

function leaders(placed: readonly PlacedMarker[]): string {
  return placed
    .filter((p) => p.x !== p.px || p.y !== p.py)
    .map((p) => el('line', { x1: p.px, y1: p.py, x2: p.x, y2: p.y }))
    .join('');
}

/**
 * The static map as an SVG string: a `role="group"` named by `title`, the
 * basemap hidden from screen readers, each marker an `<a>` with its name,
 * and the largest markers' names printed beside them.
 */
export function renderMapSvg(input: MapSvgInput, approximateNote: string): string {
  const frame = input.frame ?? DEFAULT_FRAME;
  const projection = fitMercator(input.bounds, frame);
  const placed = layoutMarkers(input.markers, projection);
  const byPriority = [...placed].sort((a, b) => b.r - a.r || (a.marker.id < b.marker.id ? -1 : 1));
  const labels = placeLabels(
    byPriority.map((p) => ({ id: p.marker.id, text: p.marker.label, x: p.x, y: p.y, r: p.r })),
    frame,
  );
  const titleId = `${input.idPrefix}-title`;
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: 'atlas-map__svg',
      viewBox: `0 0 ${frame.width} ${frame.height}`,
      role: 'group',
      'aria-labelledby': titleId,
    },
    el('title', { id: titleId }, escapeXml(input.title)),
    el('rect', {
      class: 'atlas-map__sea',
      x: 0,
      y: 0,
      width: frame.width,
      height: frame.height,
      'aria-hidden': 'true',
    }),
    el('g', { class: 'atlas-map__basemap', 'aria-hidden': 'true' }, basemapPaths(input, frame)),
    el('g', { class: 'atlas-map__leaders', 'aria-hidden': 'true' }, leaders(placed)),
    el('g', { class: 'atlas-map__markers' }, byPriority.map((p) => markerLink(p, approximateNote)).join('')),
    el(
      'g',
      { class: 'atlas-map__labels', 'aria-hidden': 'true' },
      labels
        .map((l) => el('text', { x: l.x, y: l.y, 'text-anchor': l.anchor, dy: '0.35em' }, escapeXml(l.text)))
        .join(''),
    ),
  );
}

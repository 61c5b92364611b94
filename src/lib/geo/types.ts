/**
 * The shapes a map is made of, shared by the build-time SVG and the Leaflet
 * client. Our data keeps points as `[lat, lng]` (GeoJSON is `[lng, lat]`).
 */

/** A WGS-84 point as `[lat, lng]`. */
export type LatLng = [number, number];

/** How precise a coordinate is, finest first. */
export type Precision = 'site' | 'park' | 'district' | 'city' | 'province';

/** What a marker stands for. */
export type MarkerKind = 'city' | 'park' | 'zone' | 'company';

/** One point on a map. */
export interface MapMarker {
  /** Unique within the map. */
  id: string;
  /** Name shown in the popup and read by screen readers. */
  label: string;
  /** The page the marker links to. */
  href: string;
  coords: LatLng;
  precision: Precision;
  /** Evidence behind the marker (articles + figures …); the radius grows with its square root. */
  size: number;
  /** Fill colour (a CSS colour). */
  color: string;
  kind: MarkerKind;
  /** One more line for the popup and the accessible name, e.g. "3 articles · 5 figures". */
  detail?: string;
}

/** One row of a map legend: a colour swatch, or the exact/approximate symbol. */
export interface LegendItem {
  label: string;
  color?: string;
  /** `approximate` draws the hollow, dashed symbol. */
  symbol?: 'exact' | 'approximate';
}

/** A box as `[[south, west], [north, east]]`, the order Leaflet takes. */
export type LatLngBounds = [LatLng, LatLng];

/** What the client needs to redraw the map: the markers and the first view. */
export interface MapData {
  markers: MapMarker[];
  /** The box the first view fits. */
  bounds: LatLngBounds;
  /** Where `basemap.json` is, with the deployment base. */
  basemapUrl: string;
  /** Texts the client shows (layer control, cluster names …), already in the page's locale. */
  text: MapClientText;
  /** The online tile layer to offer, when the build switches one on (`ATLAS_TILES`). */
  tiles?: { url: string; maxZoom: number };
}

/** Interface text the Leaflet client needs, in the page's locale. */
export interface MapClientText {
  basemap: string;
  tiles: string;
  tilesAttribution: string;
  /** `{n}` is replaced by the number of places in a group. */
  group: string;
  approximate: string;
  open: string;
}

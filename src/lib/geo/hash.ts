/**
 * The map view in the URL, `#map=zoom/lat/lng`, so a shared link opens the
 * same view.
 */

/** A Leaflet view. */
export interface HashView {
  zoom: number;
  lat: number;
  lng: number;
}

/**
 * The view a URL fragment asks for, or null when it names none or an
 * impossible one.
 * @example parseMapHash('#map=6.5/36.0664/120.3826') // { zoom: 6.5, lat: 36.0664, lng: 120.3826 }
 */
export function parseMapHash(hash: string): HashView | null {
  const match = /(?:^#|&)map=(-?[\d.]+)\/(-?[\d.]+)\/(-?[\d.]+)(?:&|$)/.exec(hash);
  if (!match) return null;
  const [zoom, lat, lng] = match.slice(1, 4).map(Number) as [number, number, number];
  if (![zoom, lat, lng].every(Number.isFinite)) return null;
  if (zoom < 0 || zoom > 22 || Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  return { zoom, lat, lng };
}

/**
 * The fragment for a view: zoom to two decimals, coordinates to four
 * (about 10 m), so the URL stays short.
 * @example formatMapHash({ zoom: 6.25, lat: 36.06641, lng: 120.38262 }) // '#map=6.25/36.0664/120.3826'
 */
export function formatMapHash(view: HashView): string {
  const n = (value: number, digits: number) => String(Number(value.toFixed(digits)));
  return `#map=${n(view.zoom, 2)}/${n(view.lat, 4)}/${n(view.lng, 4)}`;
}

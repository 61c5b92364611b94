import { describe, expect, test } from 'vitest';
import { buildPlaces, type GazetteerInputs } from '../../scripts/lib/gazetteer/build-places.ts';
import type { SpecialPlace } from '../../scripts/lib/gazetteer/overrides.ts';
import { readDivisions } from '../../scripts/lib/gazetteer/read-divisions.ts';
import type { GeoRow, Place } from '../../scripts/lib/gazetteer/types.ts';
import { validatePlaces } from '../../scripts/lib/gazetteer/validate-places.ts';

const row = (name: string, lat: number, lng: number, admin1: string, admin2: string, country = 'CN'): GeoRow => ({
  name,
  lat,
  lng,
  country,
  admin1,
  admin2,
});

const divisions = readDivisions(
  [
    { code: '12', name: '天津市' },
    { code: '21', name: '辽宁省' },
    { code: '32', name: '江苏省' },
    { code: '34', name: '安徽省' },
    { code: '37', name: '山东省' },
  ],
  [
    { code: '1201', name: '市辖区', provinceCode: '12' },
    { code: '2113', name: '朝阳市', provinceCode: '21' },
    { code: '3201', name: '南京市', provinceCode: '32' },
    { code: '3205', name: '苏州市', provinceCode: '32' },
    { code: '3401', name: '合肥市', provinceCode: '34' },
    { code: '3411', name: '滁州市', provinceCode: '34' },
    { code: '3413', name: '宿州市', provinceCode: '34' },
    { code: '3701', name: '济南市', provinceCode: '37' },
    { code: '3702', name: '青岛市', provinceCode: '37' },
    { code: '3714', name: '德州市', provinceCode: '37' },
  ],
  [
    { code: '120114', name: '武清区', cityCode: '1201', provinceCode: '12' },
    { code: '211321', name: '朝阳县', cityCode: '2113', provinceCode: '21' },
    { code: '341124', name: '全椒县', cityCode: '3411', provinceCode: '34' },
    { code: '370211', name: '黄岛区', cityCode: '3702', provinceCode: '37' },
    { code: '370212', name: '崂山区', cityCode: '3702', provinceCode: '37' },
  ],
);

const geoRows: GeoRow[] = [
  row('Tianjin', 39.14222, 117.17667, '28', '12324202'),
  row('Chaoyang', 41.57028, 120.45861, '19', '2113'),
  row('Nanjing', 32.06167, 118.77778, '04', '3201'),
  row('Suzhou', 31.30408, 120.59538, '04', '3205'),
  row('Hefei', 31.86389, 117.28083, '01', '3401'),
  row('Chuzhou', 32.32194, 118.29778, '01', '3411'),
  row('Suzhou', 33.63611, 116.97889, '01', '3413'),
  row('Jinan', 36.66833, 116.99722, '25', '3701'),
  row('Qingdao', 36.06488, 120.38042, '25', '3702'),
  row('Laoshan', 36.16, 120.47, '25', '3702'),
  row('Decheng', 37.45, 116.31, '25', '3714'),
  row('Hong Kong', 22.27832, 114.17469, '', '', 'HK'),
  row('Wan Chai', 22.28142, 114.17258, 'HWC', '', 'HK'),
];

const special: SpecialPlace[] = [
  {
    adcode: '810000',
    level: 'prefecture',
    parent: null,
    hant: '香港特別行政區',
    en: 'Hong Kong',
    geonames: { country: 'HK', name: 'Hong Kong' },
    inDivisionData: true,
    source: 's',
  },
  {
    adcode: '810002',
    level: 'county',
    parent: '810000',
    hant: '灣仔區',
    en: 'Wan Chai District',
    geonames: { country: 'HK', admin1: 'HWC', name: 'Wan Chai' },
    inDivisionData: true,
    source: 's',
  },
  {
    adcode: '810003',
    level: 'county',
    parent: '810000',
    hant: '東區',
    en: 'Eastern District',
    inDivisionData: true,
    source: 's',
  },
];

const inputs: GazetteerInputs = {
  divisions,
  geoRows,
  admin1Names: new Map([
    ['28', 'Tianjin'],
    ['19', 'Liaoning'],
    ['04', 'Jiangsu'],
    ['01', 'Anhui'],
    ['25', 'Shandong'],
  ]),
  capitals: [
    { adcode: '210000', capital: '211300', source: 's' },
    { adcode: '320000', capital: '320100', source: 's' },
    { adcode: '340000', capital: '340100', source: 's' },
    { adcode: '370000', capital: '370100', source: 's' },
  ],
  englishNames: [],
  seats: [{ adcode: '371400', row: 'Decheng', source: 'seat: 德城区' }],
  special,
  seatsFile: 'seats.yaml',
};

const { places, report } = buildPlaces(inputs);
const at = (adcode: string): Place => {
  const p = places.find((x) => x.adcode === adcode);
  if (!p) throw new Error(`no place ${adcode}`);
  return p;
};

describe('buildPlaces on a small gazetteer', () => {
  test('produces a sound gazetteer sorted by adcode', () => {
    expect(validatePlaces(places)).toEqual([]);
    expect(places.map((p) => p.adcode)).toEqual(places.map((p) => p.adcode).sort());
  });

  test('a municipality is one city whose districts sit on it when GeoNames has no row for them', () => {
    expect(at('120000')).toMatchObject({ id: 'tianjin', level: 'prefecture', parent: null, province: '120000' });
    expect(at('120114')).toMatchObject({
      id: 'tianjin-wuqing',
      parent: '120000',
      coords: [39.1422, 117.1767],
      precision: 'city',
      coordSource: 'parent:120000',
      name: { hans: '武清区', hant: '武清區', en: 'Wuqing District' },
      short: { hans: '武清', hant: '武清' },
    });
  });

  test('homonymous prefectures are all qualified by province and located in their own scope', () => {
    expect(at('320500')).toMatchObject({ id: 'suzhou-jiangsu', coords: [31.3041, 120.5954] });
    expect(at('341300')).toMatchObject({ id: 'suzhou-anhui', coords: [33.6361, 116.9789] });
  });

  test('a county with a row of its own is district-precise, one without sits on its prefecture', () => {
    expect(at('370212')).toMatchObject({
      id: 'qingdao-laoshan',
      precision: 'district',
      coordSource: 'geonames:Laoshan@25.3702',
    });
    expect(at('370211')).toMatchObject({ id: 'qingdao-huangdao', precision: 'city', coordSource: 'parent:370200' });
    expect(at('341124')).toMatchObject({ id: 'chuzhou-quanjiao', parent: '341100', coords: [32.3219, 118.2978] });
  });

  test('a county that only matches its prefecture’s own row does not claim it', () => {
    expect(at('211321')).toMatchObject({ precision: 'city', coordSource: 'parent:211300' });
  });

  test('a curated seat places a prefecture whose name has no row', () => {
    expect(at('371400')).toMatchObject({ id: 'dezhou', precision: 'city', coordSource: 'geonames:Decheng@25.3714' });
  });

  test('a province sits on its capital with province precision and takes its GeoNames English name', () => {
    expect(at('370000')).toMatchObject({
      id: 'shandong',
      level: 'province',
      coords: [36.6683, 116.9972],
      precision: 'province',
      name: { en: 'Shandong' },
    });
  });

  test('curated special-region places keep their native Traditional names', () => {
    expect(at('810000')).toMatchObject({
      id: 'hong-kong',
      name: { hans: '香港特别行政区', hant: '香港特別行政區', en: 'Hong Kong' },
    });
    expect(at('810002')).toMatchObject({
      id: 'hong-kong-wan-chai',
      precision: 'district',
      short: { hans: '湾仔', hant: '灣仔' },
    });
    expect(at('810003')).toMatchObject({
      name: { hans: '东区', hant: '東區' },
      short: { hans: '东区' },
      coordSource: 'parent:810000',
    });
  });

  test('reports how each level was located', () => {
    expect(report.levels.prefecture).toEqual({ total: 11, byName: 9, curated: 2, onParent: 0 });
    expect(report.prefecturesOnProvince).toEqual([]);
  });

  test('the same inputs always give the same places', () => {
    expect(buildPlaces(inputs).places).toEqual(places);
  });

  test('a province without a capital entry stops the build', () => {
    expect(() => buildPlaces({ ...inputs, capitals: inputs.capitals.slice(1) })).toThrow(/capital/);
  });

  test('a prefecture with no row and no seat falls back on its province', () => {
    const { places: fallback, report: r } = buildPlaces({ ...inputs, seats: [] });
    expect(fallback.find((p) => p.adcode === '371400')).toMatchObject({
      precision: 'province',
      coordSource: 'parent:370000',
      coords: [36.6683, 116.9972],
    });
    expect(r.prefecturesOnProvince).toEqual(['371400 德州市']);
  });
});

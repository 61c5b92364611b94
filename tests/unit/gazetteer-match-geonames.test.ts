import { describe, expect, test } from 'vitest';
import {
  findNamedRow,
  findRow,
  geoSource,
  indexGeoRows,
  provinceAdmin1,
} from '../../scripts/lib/gazetteer/match-geonames.ts';
import { readings } from '../../scripts/lib/gazetteer/pinyin.ts';
import type { GeoRow } from '../../scripts/lib/gazetteer/types.ts';

const row = (name: string, lat: number, lng: number, admin1: string, admin2: string, country = 'CN'): GeoRow => ({
  name,
  lat,
  lng,
  country,
  admin1,
  admin2,
});

// Two Suzhou rows (Anhui 3413, Jiangsu 3205), a Qingdao row, a county seat recorded as "<county> Chengguanzhen",
// a Beijing row without a prefecture code, and two far-apart "Wuhu" rows in one prefecture.
const rows: GeoRow[] = [
  row('Suzhou', 33.636, 116.979, '01', '3413'),
  row('Suzhou', 31.304, 120.595, '04', '3205'),
  row('Qingdao', 36.065, 120.38, '25', '3702'),
  row('Gaotai Chengguanzhen', 39.376, 99.819, '15', '6207'),
  row('Beijing', 39.9075, 116.3972, '22', '11876380'),
  row('Xiamen', 24.48, 118.082, '07', ''),
  row('Wuhu', 31.3526, 118.4295, '01', '3402'),
  row('Wuhu', 31.1463, 118.5647, '01', '3402'),
];
const index = indexGeoRows(rows);

describe('findRow', () => {
  test('finds a prefecture only inside its own admin2, never by name alone', () => {
    expect(findRow(index, { country: 'CN', admin2: '3205' }, readings('苏州'))?.row.lat).toBe(31.304);
    expect(findRow(index, { country: 'CN', admin2: '3413' }, readings('宿州'))?.row.lat).toBe(33.636);
    expect(findRow(index, { country: 'CN', admin2: '3702' }, readings('苏州'))).toBeNull();
  });

  test('matches a county against its seat town recorded as "<county> Chengguanzhen"', () => {
    expect(findRow(index, { country: 'CN', admin2: '6207' }, readings('高台'))?.row.name).toBe('Gaotai Chengguanzhen');
  });

  test('finds a municipality by admin1 and rows without a prefecture code in the loose scope', () => {
    expect(findRow(index, { country: 'CN', admin1: '22' }, readings('北京'))?.row.name).toBe('Beijing');
    expect(findRow(index, { country: 'CN', admin1: '07', admin2: '' }, readings('厦门'))?.row.name).toBe('Xiamen');
  });

  test('refuses one name that stands for two places far apart', () => {
    expect(findRow(index, { country: 'CN', admin2: '3402' }, readings('芜湖'))).toBeNull();
  });

  test('reports which reading matched', () => {
    expect(findRow(index, { country: 'CN', admin2: '3702' }, readings('青岛'))?.syllables).toEqual(['qing', 'dao']);
  });
});

describe('findNamedRow', () => {
  test('picks a curated row by exact name, and by a nearby point among homonyms', () => {
    expect(findNamedRow(index, { country: 'CN', admin2: '3702' }, 'Qingdao')?.lat).toBe(36.065);
    expect(findNamedRow(index, { country: 'CN', admin2: '3402' }, 'Wuhu')).toBeNull();
    expect(findNamedRow(index, { country: 'CN', admin2: '3402' }, 'Wuhu', [31.35, 118.43])?.lat).toBe(31.3526);
  });
});

describe('geoSource', () => {
  test('names the row and its admin codes, with the country outside the mainland', () => {
    expect(geoSource(rows[2] as GeoRow)).toBe('geonames:Qingdao@25.3702');
    expect(geoSource(row('Taipei', 25.05, 121.53, '04', 'TPE', 'TW'))).toBe('geonames:Taipei@TW.04.TPE');
    expect(geoSource(row('Hong Kong', 22.28, 114.17, '', '', 'HK'))).toBe('geonames:Hong Kong@HK');
  });
});

describe('provinceAdmin1', () => {
  test('reads each province’s admin1 off its prefectures’ rows, municipalities off the admin1 names', () => {
    const map = provinceAdmin1(
      rows,
      [
        { code: '37', readings: readings('山东') },
        { code: '11', readings: readings('北京') },
        { code: '34', readings: readings('安徽') },
      ],
      new Map([
        ['22', 'Beijing'],
        ['25', 'Shandong'],
        ['01', 'Anhui'],
      ]),
    );
    expect(map).toEqual(
      new Map([
        ['37', '25'],
        ['11', '22'],
        ['34', '01'],
      ]),
    );
  });
});

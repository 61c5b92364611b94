import { describe, expect, test } from 'vitest';
import { isFunctionalZone, isPlaceholder, readDivisions } from '../../scripts/lib/gazetteer/read-divisions.ts';

const provinces = [
  { code: '12', name: '天津市' },
  { code: '37', name: '山东省' },
  { code: '42', name: '湖北省' },
];
const cities = [
  { code: '1201', name: '市辖区', provinceCode: '12' },
  { code: '3702', name: '青岛市', provinceCode: '37' },
  { code: '3714', name: '德州市', provinceCode: '37' },
  { code: '4290', name: '省直辖县级行政区划', provinceCode: '42' },
];
const areas = [
  { code: '120114', name: '武清区', cityCode: '1201', provinceCode: '12' },
  { code: '370211', name: '黄岛区', cityCode: '3702', provinceCode: '37' },
  { code: '371471', name: '德州天衢新区', cityCode: '3714', provinceCode: '37' },
  { code: '429004', name: '仙桃市', cityCode: '4290', provinceCode: '42' },
];

describe('readDivisions', () => {
  const divisions = readDivisions(provinces, cities, areas);
  const byCode = new Map(divisions.map((d) => [d.adcode, d]));

  test('a municipality is one prefecture-level place that is its own province', () => {
    expect(byCode.get('120000')).toEqual({
      adcode: '120000',
      level: 'prefecture',
      hans: '天津市',
      parent: null,
      province: '120000',
    });
    expect(byCode.get('120100')).toBeUndefined();
  });

  test('a municipality’s districts hang on the municipality', () => {
    expect(byCode.get('120114')).toMatchObject({ level: 'county', parent: '120000', province: '120000' });
  });

  test('counties hang on their prefecture, prefectures on their province', () => {
    expect(byCode.get('370211')).toMatchObject({ parent: '370200', province: '370000' });
    expect(byCode.get('370200')).toMatchObject({ level: 'prefecture', parent: '370000' });
  });

  test('province-administered county-level units hang on the province', () => {
    expect(byCode.get('429004')).toMatchObject({ parent: '420000', province: '420000' });
    expect(byCode.get('429000')).toBeUndefined();
  });

  test('functional zones are left out', () => {
    expect(byCode.get('371471')).toBeUndefined();
  });

  test('the result is sorted by adcode', () => {
    const codes = divisions.map((d) => d.adcode);
    expect(codes).toEqual([...codes].sort());
  });

  test('a city without districts is not listed again as its own county', () => {
    const dongguan = readDivisions(
      [{ code: '44', name: '广东省' }],
      [{ code: '4419', name: '东莞市', provinceCode: '44' }],
      [{ code: '441900', name: '东莞市', cityCode: '4419', provinceCode: '44' }],
    );
    expect(dongguan.map((d) => d.adcode)).toEqual(['440000', '441900']);
    const jiayuguan = readDivisions(
      [{ code: '62', name: '甘肃省' }],
      [{ code: '6202', name: '嘉峪关市', provinceCode: '62' }],
      [{ code: '620201', name: '嘉峪关市', cityCode: '6202', provinceCode: '62' }],
    );
    expect(jiayuguan.map((d) => d.adcode)).toEqual(['620000', '620200']);
  });
});

describe('isPlaceholder and isFunctionalZone', () => {
  test('recognise grouping rows and NBS functional-zone codes', () => {
    expect(isPlaceholder('自治区直辖县级行政区划')).toBe(true);
    expect(isPlaceholder('县')).toBe(true);
    expect(isPlaceholder('青岛市')).toBe(false);
    expect(isFunctionalZone('371471')).toBe(true);
    expect(isFunctionalZone('370211')).toBe(false);
  });
});

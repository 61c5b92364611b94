import { describe, expect, test } from 'vitest';
import { splitName } from '../../scripts/lib/gazetteer/short-names.ts';

describe('splitName', () => {
  test('a prefecture-level city loses 市 in its short form', () => {
    expect(splitName('青岛市', 'prefecture')).toEqual({ stem: '青岛', short: '青岛', type: 'city', ethnicGroups: [] });
  });

  test('an autonomous prefecture drops its peoples and 自治州, keeping them as ethnic groups', () => {
    expect(splitName('恩施土家族苗族自治州', 'prefecture')).toEqual({
      stem: '恩施',
      short: '恩施',
      type: 'autonomous-prefecture',
      ethnicGroups: ['土家', '苗'],
    });
    expect(splitName('伊犁哈萨克自治州', 'prefecture').short).toBe('伊犁');
    expect(splitName('博尔塔拉蒙古自治州', 'prefecture').ethnicGroups).toEqual(['蒙古']);
  });

  test('autonomous regions keep only the place name', () => {
    expect(splitName('内蒙古自治区', 'province').short).toBe('内蒙古');
    expect(splitName('广西壮族自治区', 'province').short).toBe('广西');
    expect(splitName('新疆维吾尔自治区', 'province').short).toBe('新疆');
    expect(splitName('宁夏回族自治区', 'province').short).toBe('宁夏');
  });

  test('a stem of one character keeps the full name as short form', () => {
    expect(splitName('城区', 'county').short).toBe('城区');
    expect(splitName('郊区', 'county').short).toBe('郊区');
    expect(splitName('矿区', 'county').short).toBe('矿区');
    expect(splitName('东区', 'county').short).toBe('东区');
    expect(splitName('献县', 'county')).toMatchObject({ stem: '献', short: '献县', type: 'county' });
  });

  test('generic words keep the full name as short form', () => {
    expect(splitName('市中区', 'county').short).toBe('市中区');
    expect(splitName('新兴县', 'county').short).toBe('新兴县');
    expect(splitName('合作市', 'county').short).toBe('合作市');
  });

  test('a unit whose stem is a province name keeps its full name', () => {
    const reserved = new Set(['河南', '吉林']);
    expect(splitName('河南蒙古族自治县', 'county', reserved).short).toBe('河南蒙古族自治县');
    expect(splitName('吉林市', 'prefecture', reserved).short).toBe('吉林市');
    expect(splitName('黄岛区', 'county', reserved).short).toBe('黄岛');
  });

  test('two-character suffixes apply only when they leave a long enough stem', () => {
    expect(splitName('浦东新区', 'county')).toMatchObject({ stem: '浦东', type: 'new-area' });
    expect(splitName('清新区', 'county')).toMatchObject({ stem: '清新', type: 'district' });
    expect(splitName('神农架林区', 'county')).toMatchObject({ stem: '神农架', type: 'forestry-district' });
    expect(splitName('万柏林区', 'county')).toMatchObject({ stem: '万柏林', type: 'district' });
  });

  test('units named after their people keep that name without 族', () => {
    expect(splitName('东乡族自治县', 'county')).toMatchObject({ stem: '东乡', short: '东乡', ethnicGroups: ['东乡'] });
    expect(splitName('鄂伦春自治旗', 'county')).toMatchObject({ stem: '鄂伦春', type: 'autonomous-banner' });
  });

  test('ethnic districts lose their people like autonomous units', () => {
    expect(splitName('梅里斯达斡尔族区', 'county')).toMatchObject({ stem: '梅里斯', ethnicGroups: ['达斡尔'] });
  });

  test('a parenthesised gloss is not part of the name', () => {
    expect(splitName('嘉模堂区（氹仔）', 'county').short).toBe('嘉模堂');
  });

  test('special administrative regions and leagues are recognised', () => {
    expect(splitName('香港特别行政区', 'prefecture')).toMatchObject({ short: '香港', type: 'sar' });
    expect(splitName('锡林郭勒盟', 'prefecture')).toMatchObject({ short: '锡林郭勒', type: 'league' });
  });
});

import { describe, expect, test } from 'vitest';
import {
  parseCapitals,
  parseEnglishNames,
  parseSeats,
  parseSpecialPlaces,
} from '../../scripts/lib/gazetteer/overrides.ts';
import {
  checkSpecialCoverage,
  expectedSpecialNames,
  specialStem,
} from '../../scripts/lib/gazetteer/special-regions.ts';

describe('override parsers', () => {
  test('read well-formed entries', () => {
    expect(parseCapitals("- adcode: '370000'\n  capital: '370100'\n  source: x\n", 'c.yaml')).toEqual([
      { adcode: '370000', capital: '370100', source: 'x' },
    ]);
    expect(parseEnglishNames("- adcode: '150100'\n  en: Hohhot\n  source: y\n", 'e.yaml')[0]?.en).toBe('Hohhot');
    expect(parseSeats("- adcode: '340200'\n  row: Wuhu\n  near: [31.35, 118.43]\n  source: z\n", 's.yaml')).toEqual([
      { adcode: '340200', row: 'Wuhu', near: [31.35, 118.43], source: 'z' },
    ]);
  });

  test('reject an entry without a source, naming the file and entry', () => {
    expect(() => parseEnglishNames("- adcode: '150100'\n  en: Hohhot\n", 'e.yaml')).toThrow(/e\.yaml entry 1.*source/);
  });

  test('reject an unquoted or malformed adcode', () => {
    expect(() => parseCapitals('- adcode: 370000\n  capital: 370100\n  source: x\n', 'c.yaml')).toThrow(/6-digit/);
  });

  test('reject a seat with both a row and coordinates, or with neither', () => {
    const both = "- adcode: '411500'\n  row: Xinyang\n  coords: [32.1, 114.1]\n  source: s\n";
    expect(() => parseSeats(both, 's.yaml')).toThrow(/either/);
    expect(() => parseSeats("- adcode: '411500'\n  source: s\n", 's.yaml')).toThrow(/either/);
  });

  test('report YAML syntax errors with the file name', () => {
    expect(() => parseSeats('- adcode: [\n', 'bad.yaml')).toThrow(/^bad\.yaml:/);
  });

  test('read special places with their GeoNames reference and data-coverage flag', () => {
    const text = [
      "- adcode: '712100'",
      '  level: prefecture',
      "  parent: '710000'",
      '  hant: 金門縣',
      '  en: Kinmen County',
      "  geonames: { country: TW, admin1: '01', admin2: KIN, name: Jincheng }",
      '  inDivisionData: false',
      '  source: s',
    ].join('\n');
    expect(parseSpecialPlaces(text, 'sp.yaml')).toEqual([
      {
        adcode: '712100',
        level: 'prefecture',
        parent: '710000',
        hant: '金門縣',
        en: 'Kinmen County',
        geonames: { country: 'TW', admin1: '01', admin2: 'KIN', name: 'Jincheng' },
        inDivisionData: false,
        source: 's',
      },
    ]);
  });
});

describe('special regions against HK-MO-TW.json', () => {
  const data = {
    香港特别行政区: { 香港岛: ['中西区', '湾仔区'] },
    台湾省: { 台北市: ['大安区'], 新竹县: ['竹北市'] },
  };
  const place = (adcode: string, hant: string, inDivisionData = true) => ({
    adcode,
    level: 'county' as const,
    parent: null,
    hant,
    en: 'x',
    inDivisionData,
    source: 's',
  });

  test('expects each region, the SARs’ districts and Taiwan’s cities and counties', () => {
    expect(expectedSpecialNames(data)).toEqual(['香港特别行政区', '中西区', '湾仔区', '台湾省', '台北市', '新竹县']);
  });

  test('agrees when every unit is curated under its native Traditional name', () => {
    const places = ['香港特別行政區', '中西區', '灣仔區', '臺灣省', '臺北市', '新竹縣'].map((h, i) =>
      place(String(i), h),
    );
    expect(checkSpecialCoverage([...places, place('9', '金門縣', false)], data)).toEqual([]);
  });

  test('reports a forgotten unit and a name the data does not have', () => {
    const places = ['香港特別行政區', '中西區', '臺灣省', '臺北市', '新竹縣', '旺角區'].map((h, i) =>
      place(String(i), h),
    );
    const problems = checkSpecialCoverage(places, data);
    expect(problems.some((p) => p.includes('湾仔区'))).toBe(true);
    expect(problems.some((p) => p.includes('旺角区'))).toBe(true);
  });

  test('strips the unit word from curated English names for slugs', () => {
    expect(specialStem('Wan Chai District')).toBe('Wan Chai');
    expect(specialStem('Hsinchu County')).toBe('Hsinchu');
    expect(specialStem('Hong Kong')).toBe('Hong Kong');
  });
});

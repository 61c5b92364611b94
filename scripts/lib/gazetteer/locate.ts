/**
 * Coordinates for mainland divisions: which GeoNames scopes a division is
 * looked up in, and how a division without a row of its own falls back on a
 * curated seat or on its parent (never on 0,0).
 */
import { findNamedRow, findRow, geoSource, type GeoIndex } from './match-geonames.ts';
import type { SeatOverride } from './overrides.ts';
import type { Division, GeoRow, GeoScope, Precision } from './types.ts';

/** Where a place's point comes from. */
export interface Located {
  coords: [number, number];
  precision: Precision;
  coordSource: string;
  /** The GeoNames row, when the place has one of its own (by name or curated seat). */
  row?: GeoRow;
  /** The pinyin syllables (or curated English stem) that matched the row by name. */
  syllables?: readonly string[];
}

/** What the scope rules need to know about the hierarchy. */
export interface ScopeContext {
  /** GB/T province code (2 digits) → GeoNames admin1. */
  admin1: ReadonlyMap<string, string>;
  /** Adcodes of the municipalities (北京 天津 上海 重庆). */
  municipalities: ReadonlySet<string>;
}

const CN = 'CN';

/**
 * GeoNames scopes to search for a division, narrowest first. Mainland
 * GeoNames rows carry the prefecture's first four code digits as admin2;
 * municipalities and the province-administered county-level units
 * (省直辖县级, e.g. 仙桃, 石河子) carry none, so they are looked up in their
 * province's admin1, among the rows without a prefecture code.
 * @example scopesFor({ adcode: '370211', level: 'county', hans: '黄岛区', parent: '370200', province: '370000' }, ctx)
 * // [{ country: 'CN', admin2: '3702' }]
 */
export function scopesFor(d: Division, ctx: ScopeContext): GeoScope[] {
  const admin1 = ctx.admin1.get(d.adcode.slice(0, 2));
  const loose: GeoScope[] = admin1 ? [{ country: CN, admin1, admin2: '' }] : [];
  if (d.level === 'province') return [];
  if (ctx.municipalities.has(d.adcode)) return admin1 ? [{ country: CN, admin1 }] : [];
  if (d.level === 'prefecture') return [{ country: CN, admin2: d.adcode.slice(0, 4) }, ...loose];
  if (d.parent && ctx.municipalities.has(d.parent)) return admin1 ? [{ country: CN, admin1 }] : [];
  if (d.parent === d.province) return loose;
  return [{ country: CN, admin2: d.adcode.slice(0, 4) }];
}

/** Round to 4 decimals (about 10 m): more would pretend to a precision the sources lack. */
export function roundCoord(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/** A located point from a GeoNames row. */
export function fromRow(row: GeoRow, precision: Precision, syllables?: readonly string[]): Located {
  const coords: [number, number] = [roundCoord(row.lat), roundCoord(row.lng)];
  return { coords, precision, coordSource: geoSource(row), row, ...(syllables ? { syllables } : {}) };
}

/** The curated seat's point: its GeoNames row inside the place's scopes, or its curated coordinates. */
function locateSeat(
  index: GeoIndex,
  scopes: readonly GeoScope[],
  precision: Precision,
  seat: SeatOverride,
  seatsFile: string,
): Located {
  if (seat.coords) {
    const coords: [number, number] = [roundCoord(seat.coords[0]), roundCoord(seat.coords[1])];
    return { coords, precision, coordSource: `override:${seatsFile}` };
  }
  for (const scope of scopes) {
    const row = seat.row ? findNamedRow(index, scope, seat.row, seat.near) : null;
    if (row) return fromRow(row, precision);
  }
  throw new Error(`${seatsFile}: no GeoNames row "${seat.row ?? ''}" in the scope of ${seat.adcode}`);
}

/**
 * The division's own point: its curated seat when there is one (a curation
 * is deliberate and beats automatic matching: GeoNames' "Daxing'anling" row
 * lies at Tahe, not at the seat Jiagedaqi), else the GeoNames row matched by
 * one of the candidate readings inside its scopes, else `null`.
 */
export function locateOwn(
  index: GeoIndex,
  scopes: readonly GeoScope[],
  candidates: readonly (readonly string[])[],
  precision: Precision,
  seat: SeatOverride | undefined,
  seatsFile: string,
): Located | null {
  if (seat) return locateSeat(index, scopes, precision, seat, seatsFile);
  for (const scope of scopes) {
    const match = findRow(index, scope, candidates);
    if (match) return fromRow(match.row, precision, match.syllables);
  }
  return null;
}

/**
 * A place with no point of its own sits on its parent, and says so: a county
 * on its prefecture is `city` precision, anything on a province is `province`.
 */
export function onParent(parentAdcode: string, parent: Located): Located {
  const precision: Precision = parent.precision === 'province' ? 'province' : 'city';
  return { coords: parent.coords, precision, coordSource: `parent:${parentAdcode}` };
}

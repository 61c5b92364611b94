/**
 * The names a synthetic article is written with: prefecture-level cities from
 * the committed gazetteer, industries, companies and curated parks from the
 * curated YAML. Building is pure (`buildVocabulary`); `loadVocabulary` reads
 * the committed files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_GAZETTEER_DIR } from '../entities/load-curated.ts';
import { loadPlaces, type Place } from '../gazetteer/load-places.ts';
import type { Bilingual } from '../types.ts';

/** Where a city is: it decides the script, vocabulary and currency an article favours. */
export type Region = 'mainland' | 'taiwan' | 'hongkong' | 'macao';

/** A prefecture-level city as articles name it. */
export interface CorpusCity {
  id: string;
  /** Official name (青岛市), per script. */
  full: Bilingual;
  /** Prose name (青岛); equal to `full` when the short form also names another place. */
  short: Bilingual;
  /** The province's official name (山东省), or null for municipalities and outside the mainland. */
  province: Bilingual | null;
  region: Region;
}

/** A curated entry's names: the Simplified ones, and Traditional ones that are not plain conversions. */
export interface NamedEntry {
  id: string;
  hans: string[];
  /** Taiwan and Hong Kong vocabulary as curated (積體電路, 鴻海); may be empty. */
  hant: string[];
}

/** A company and the industries it works in. */
export interface CorpusCompany extends NamedEntry {
  industries: string[];
}

/** A curated park, with its city. */
export interface CorpusPark extends NamedEntry {
  city: string;
  industries: string[];
}

/** Everything the generator names. */
export interface Vocabulary {
  cities: CorpusCity[];
  industries: NamedEntry[];
  companies: CorpusCompany[];
  parks: CorpusPark[];
}

/** The curated YAML lists, parsed but not interpreted. */
export interface CuratedLists {
  industries: unknown[];
  companies: unknown[];
  parks: unknown[];
}

const REGION_OF_PROVINCE: Record<string, Region> = { '710000': 'taiwan', '810000': 'hongkong', '820000': 'macao' };
const SAR_SUFFIX = /特[别別]行政[区區]$/u;

/**
 * Cities and curated entries, ready for sentence templates.
 * @example buildVocabulary(loadPlaces(), lists).cities.find((c) => c.id === 'qingdao')?.short.hans // '青岛'
 */
export function buildVocabulary(places: readonly Place[], lists: CuratedLists): Vocabulary {
  return {
    cities: citiesOf(places),
    industries: lists.industries.map((raw) => namedEntry(raw)),
    companies: lists.companies.map((raw) => ({ ...namedEntry(raw), industries: stringList(field(raw, 'industries')) })),
    parks: lists.parks.map((raw) => ({
      ...namedEntry(raw),
      city: String(field(raw, 'city')),
      industries: stringList(field(raw, 'industries')),
    })),
  };
}

/** The vocabulary of the committed gazetteer (`content/gazetteer/`). */
export function loadVocabulary(dir: string = DEFAULT_GAZETTEER_DIR): Vocabulary {
  const list = (name: string): unknown[] => {
    const data: unknown = parse(readFileSync(join(dir, `${name}.yaml`), 'utf8'));
    return Array.isArray(data) ? data : [];
  };
  return buildVocabulary(loadPlaces(join(dir, 'places.json')), {
    industries: list('industries'),
    companies: list('companies'),
    parks: list('parks'),
  });
}

function citiesOf(places: readonly Place[]): CorpusCity[] {
  // A short form shared with any other place (长沙 is also 长沙县) is never used alone.
  const uses = new Map<string, number>();
  for (const p of places)
    for (const key of new Set([p.short.hans, p.name.hans])) uses.set(key, (uses.get(key) ?? 0) + 1);
  const provinces = new Map(places.filter((p) => p.level === 'province').map((p) => [p.adcode, p]));
  return places
    .filter((p) => p.level === 'prefecture')
    .map((p) => {
      const region = REGION_OF_PROVINCE[p.province] ?? 'mainland';
      const prose = (name: Bilingual): Bilingual => ({
        hans: name.hans.replace(SAR_SUFFIX, ''),
        hant: name.hant.replace(SAR_SUFFIX, ''),
      });
      const unique = (uses.get(p.short.hans) ?? 0) <= 1 || region === 'hongkong' || region === 'macao';
      const province = provinces.get(p.province);
      return {
        id: p.id,
        full: { hans: p.name.hans, hant: p.name.hant },
        short: unique ? prose(p.short) : { hans: p.name.hans, hant: p.name.hant },
        province:
          province && province.adcode !== p.adcode && region === 'mainland'
            ? { hans: province.name.hans, hant: province.name.hant }
            : null,
        region,
      };
    });
}

function field(raw: unknown, key: string): unknown {
  return typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[key] : undefined;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String).filter((s) => s.trim() !== '') : [];
}

function namedEntry(raw: unknown): NamedEntry {
  const name = field(raw, 'name');
  const aliases = field(raw, 'aliases');
  const hans = [String(field(name, 'hans') ?? ''), ...stringList(field(aliases, 'hans'))].filter((s) => s !== '');
  const ownHant = field(name, 'hant');
  const hant = [...(typeof ownHant === 'string' ? [ownHant] : []), ...stringList(field(aliases, 'hant'))];
  return { id: String(field(raw, 'id')), hans, hant };
}

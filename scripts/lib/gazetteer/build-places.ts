/**
 * The pure gazetteer builder: divisions + GeoNames rows + curated overrides →
 * `Place[]`, sorted by adcode then id, plus a report of how each place got its
 * point. The CLI (`scripts/build-gazetteer.ts`) only reads files and writes
 * the result.
 */
import { toHans } from '../convert-script.ts';
import { mainlandDraft, specialDrafts, type Draft, type DraftContext } from './drafts.ts';
import { englishStem } from './english-names.ts';
import { indexGeoRows, provinceAdmin1 } from './match-geonames.ts';
import { onParent, type Located } from './locate.ts';
import type { CapitalOverride, EnglishOverride, SeatOverride, SpecialPlace } from './overrides.ts';
import { readings } from './pinyin.ts';
import { splitName } from './short-names.ts';
import { assignSlugs, slugify, type SlugRequest } from './slugs.ts';
import type { Division, GeoRow, Level, Place, UnitType } from './types.ts';

/** Everything the builder reads, already parsed. */
export interface GazetteerInputs {
  divisions: readonly Division[];
  geoRows: readonly GeoRow[];
  /** GeoNames admin1 code → English name, for Chinese provinces. */
  admin1Names: ReadonlyMap<string, string>;
  capitals: readonly CapitalOverride[];
  englishNames: readonly EnglishOverride[];
  seats: readonly SeatOverride[];
  special: readonly SpecialPlace[];
  /** File name of the seats overrides, for `override:<file>` sources and errors. */
  seatsFile: string;
}

/** How many places of a level got a point of their own, from a curated seat, or from their parent. */
export interface LevelCount {
  total: number;
  byName: number;
  curated: number;
  onParent: number;
}

/** What the build did, for the CLI to print. */
export interface BuildReport {
  levels: Record<Level, LevelCount>;
  /** Prefecture-level places that fell back on their province: candidates for a curated seat. */
  prefecturesOnProvince: string[];
}

const TYPE_WORD: Partial<Record<UnitType, string>> = {
  'autonomous-prefecture': 'prefecture',
  'autonomous-county': 'county',
  'autonomous-banner': 'banner',
  'new-area': 'district',
  'forestry-district': 'district',
  'special-district': 'district',
};

/** The unit word that tells two homonyms of one province apart (hsinchu-city, hsinchu-county). */
function typeWord(type: UnitType): string {
  return TYPE_WORD[type] ?? type;
}

function byKey<T extends { adcode: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((i) => [i.adcode, i]));
}

/** A county that matched its parent's row, or a row claimed by two siblings, has no point of its own. */
function dropSharedRows(drafts: readonly Draft[], byCode: ReadonlyMap<string, Draft>): Draft[] {
  const claims = new Map<unknown, number>();
  for (const d of drafts)
    if (d.own?.row && d.division.level === 'county') claims.set(d.own.row, (claims.get(d.own.row) ?? 0) + 1);
  return drafts.map((d) => {
    if (d.division.level !== 'county' || !d.own?.row) return d;
    const parentRow = byCode.get(d.division.parent ?? '')?.own?.row;
    const shared = d.own.row === parentRow || (claims.get(d.own.row) ?? 0) > 1;
    return shared ? { ...d, own: null, via: 'none' } : d;
  });
}

/** Every place's point: provinces on their capital, places without a row on their parent. */
function locateAll(drafts: readonly Draft[], capitals: ReadonlyMap<string, CapitalOverride>): Map<string, Located> {
  const byCode = byKey(drafts.map((d) => ({ ...d, adcode: d.division.adcode })));
  const located = new Map<string, Located>();
  for (const d of drafts.filter((x) => x.division.level === 'province')) {
    const capital = capitals.get(d.division.adcode);
    const point = capital && byCode.get(capital.capital)?.own;
    if (!point) throw new Error(`capitals: no capital with a GeoNames point for province ${d.division.adcode}`);
    located.set(d.division.adcode, { ...point, precision: 'province' });
  }
  const pending = drafts.filter((x) => x.division.level !== 'province');
  // Parents sort before their children (xx0000 < xxyy00 < xxyyzz; 710000 < 710100), so one pass suffices.
  for (const d of [...pending].sort((a, b) => a.division.adcode.localeCompare(b.division.adcode))) {
    const parentCode = d.division.parent;
    const parent = parentCode ? located.get(parentCode) : undefined;
    const point = d.own ?? (parentCode && parent ? onParent(parentCode, parent) : undefined);
    if (!point) throw new Error(`no point for ${d.division.adcode} ${d.division.hans} and none for its parent`);
    located.set(d.division.adcode, point);
  }
  return located;
}

/** Ids: provinces and prefectures first, then counties under their parent's id. */
function assignIds(drafts: readonly Draft[]): Map<string, string> {
  const stemSlug = (d: Draft) => slugify(englishStem(d.parts, d.stemEn));
  const provinceBase = new Map(
    drafts.filter((d) => d.division.parent === null).map((d) => [d.division.adcode, stemSlug(d)]),
  );
  const upper: SlugRequest[] = drafts
    .filter((d) => d.division.level !== 'county')
    .map((d) => ({
      key: d.division.adcode,
      base: stemSlug(d),
      qualifiers:
        d.division.level === 'province'
          ? ['province']
          : [provinceBase.get(d.division.province) ?? '', typeWord(d.parts.type)],
    }));
  const ids = assignSlugs(upper);
  const counties: SlugRequest[] = drafts
    .filter((d) => d.division.level === 'county')
    .map((d) => ({
      key: d.division.adcode,
      base: `${ids.get(d.division.parent ?? '') ?? 'place'}-${stemSlug(d)}`,
      qualifiers: [typeWord(d.parts.type)],
    }));
  for (const [key, id] of assignSlugs(counties, new Set(ids.values()))) ids.set(key, id);
  return ids;
}

function count(drafts: readonly Draft[], level: Level): LevelCount {
  const of = drafts.filter((d) => d.division.level === level);
  const byName = of.filter((d) => d.via === 'name').length;
  const curated = of.filter((d) => d.via === 'seat').length;
  return { total: of.length, byName, curated, onParent: of.length - byName - curated };
}

/** Build the gazetteer. Throws on inconsistent inputs (missing capital, curated row not found, orphan place). */
export function buildPlaces(inputs: GazetteerInputs): { places: Place[]; report: BuildReport } {
  const index = indexGeoRows(inputs.geoRows);
  const topLevel = inputs.divisions.filter((d) => d.parent === null);
  const admin1 = provinceAdmin1(
    inputs.geoRows,
    topLevel.map((d) => ({ code: d.adcode.slice(0, 2), readings: readings(splitName(d.hans, d.level).stem) })),
    inputs.admin1Names,
  );
  const reserved = new Set(
    [...topLevel.map((d) => d.hans), ...inputs.special.filter((s) => s.parent === null).map((s) => toHans(s.hant))].map(
      (n) => splitName(n, 'province').stem,
    ),
  );
  const ctx: DraftContext = {
    index,
    admin1,
    admin1Names: inputs.admin1Names,
    municipalities: new Set(topLevel.filter((d) => d.level === 'prefecture').map((d) => d.adcode)),
    englishNames: byKey(inputs.englishNames),
    seats: byKey(inputs.seats),
    seatsFile: inputs.seatsFile,
    reserved,
  };
  const raw = [
    ...inputs.divisions.map((d) => mainlandDraft(d, ctx)),
    ...specialDrafts(inputs.special, index, reserved),
  ];
  const drafts = dropSharedRows(raw, new Map(raw.map((d) => [d.division.adcode, d])));
  const located = locateAll(drafts, byKey(inputs.capitals));
  const ids = assignIds(drafts);
  const places = drafts.map((d): Place => {
    const point = located.get(d.division.adcode);
    const id = ids.get(d.division.adcode);
    if (!point || !id) throw new Error(`internal: ${d.division.adcode} has no point or id`);
    const { adcode, level, parent, province } = d.division;
    const { coords, precision, coordSource } = point;
    return { id, adcode, level, name: d.name, short: d.short, parent, province, coords, precision, coordSource };
  });
  places.sort((a, b) => a.adcode.localeCompare(b.adcode) || a.id.localeCompare(b.id));
  const prefecturesOnProvince = places
    .filter((p) => p.level === 'prefecture' && p.precision === 'province')
    .map((p) => `${p.adcode} ${p.name.hans}`);
  const levels = {
    province: count(drafts, 'province'),
    prefecture: count(drafts, 'prefecture'),
    county: count(drafts, 'county'),
  };
  return { places, report: { levels, prefecturesOnProvince } };
}

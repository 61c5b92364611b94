/**
 * The lexicon keys of curated entities (industries, companies, zones, parks).
 * Industries and companies link wherever named. A zone or park alias that
 * does not itself name a place links only when the article names the
 * zone's or park's city, district or province (氢能产业园 is Qingdao's only
 * in an article about Qingdao); a zone name of four or more characters is
 * distinctive enough on its own (两江新区).
 */
import { foldText } from './fold.ts';
import type { KeyedSense } from './place-keys.ts';
import type { AliasSet, Anchor, Curated, EntityKind, PlaceRecord, Sense } from './types.ts';
import type { Trilingual } from '../types.ts';

interface Named {
  id: string;
  name: Trilingual;
  aliases: AliasSet;
}

const DISTINCTIVE_ZONE_LENGTH = 4;

function allNames(e: Named): { han: string[]; en: string[] } {
  return {
    han: [e.name.hans, e.name.hant, ...e.aliases.hans, ...e.aliases.hant],
    en: [e.name.en, ...e.aliases.en],
  };
}

function freeKeys(kind: EntityKind, e: Named): KeyedSense[] {
  const { han, en } = allNames(e);
  return [
    ...han.map((key) => ({ key, sense: { entity: e.id, kind, form: 'alias' } as Sense })),
    ...en.map((key) => ({ key, sense: { entity: e.id, kind, form: 'en' } as Sense })),
  ];
}

/**
 * Park name variants people write: without 市 after the city (青岛市X → 青岛X),
 * and with or without the final 区 (X产业园 ↔ X产业园区).
 * @example parkVariants('青岛市集成电路产业园', ['青岛市']) // ['青岛市集成电路产业园', '青岛集成电路产业园', '青岛市集成电路产业园区', …]
 */
export function parkVariants(name: string, cityNames: readonly string[]): string[] {
  const forms = new Set([name]);
  for (const full of cityNames) {
    if (full.endsWith('市') && name.startsWith(full)) forms.add(full.slice(0, -1) + name.slice(full.length));
  }
  for (const form of [...forms]) {
    if (/(?:产业|科技|工业)园$/.test(form)) forms.add(`${form}区`);
    else if (/(?:产业|科技|工业)园区$/.test(form)) forms.add(form.slice(0, -1));
  }
  return [...forms];
}

/** Folded names of the places an anchor stands on: a key containing one of them names its place. */
function anchorPlaceNames(anchor: Anchor, placesByAdcode: ReadonlyMap<string, PlaceRecord>): string[] {
  return anchor.adcodes
    .map((code) => placesByAdcode.get(code))
    .filter((p): p is PlaceRecord => p !== undefined)
    .flatMap((p) => [p.name.hans, p.short.hans])
    .filter((n) => [...n].length >= 2)
    .map(foldText);
}

function contextualKeys(
  kind: 'zone' | 'park',
  e: Named,
  anchor: Anchor,
  placesByAdcode: ReadonlyMap<string, PlaceRecord>,
  variants: (name: string) => string[],
): KeyedSense[] {
  const placeNames = anchorPlaceNames(anchor, placesByAdcode);
  // Naming the province is not enough: 氢能产业园 in an article about Jinan is not Qingdao's.
  const needs = anchor.adcodes.filter((c) => placesByAdcode.get(c)?.level !== 'province');
  const { han, en } = allNames(e);
  const keys: KeyedSense[] = [];
  for (const key of new Set(han.flatMap(variants))) {
    const folded = foldText(key);
    const namesPlace = placeNames.some((n) => folded.includes(n));
    const distinctive = kind === 'zone' && [...folded].length >= DISTINCTIVE_ZONE_LENGTH;
    const sense: Sense = { entity: e.id, kind, form: 'alias' };
    keys.push({ key, sense: namesPlace || distinctive ? sense : { ...sense, needs } });
  }
  for (const key of en) keys.push({ key, sense: { entity: e.id, kind, form: 'en' } });
  return keys;
}

/**
 * Every key of the curated tables. `anchors` must hold the zones' and
 * parks' anchors (`zone:<id>`, `park:<id>`).
 */
export function curatedKeys(
  curated: Curated,
  anchors: ReadonlyMap<string, Anchor>,
  placesByAdcode: ReadonlyMap<string, PlaceRecord>,
): KeyedSense[] {
  const noAnchor: Anchor = { adcodes: [] };
  const cityNamesOf = (anchor: Anchor) =>
    anchor.adcodes.map((c) => placesByAdcode.get(c)?.name.hans).filter((n): n is string => n !== undefined);
  return [
    ...curated.industries.flatMap((i) => freeKeys('industry', i)),
    ...curated.companies.flatMap((c) => freeKeys('company', c)),
    ...curated.zones.flatMap((z) => {
      const anchor = anchors.get(`zone:${z.id}`) ?? noAnchor;
      return contextualKeys('zone', z, anchor, placesByAdcode, (n) => [n]);
    }),
    ...curated.parks.flatMap((p) => {
      const anchor = anchors.get(`park:${p.id}`) ?? noAnchor;
      const cityNames = cityNamesOf(anchor);
      return contextualKeys('park', p, anchor, placesByAdcode, (n) => parkVariants(n, cityNames));
    }),
  ];
}

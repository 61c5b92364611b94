/**
 * Invariants every gazetteer must hold, checked by the build before it writes
 * `places.json` and by the tests on the committed file.
 */
import type { Place } from './types.ts';

/** China's bounding box with a margin (Zengmu Ansha at 3.9°N … Mohe at 53.6°N; Pamirs at 73.5°E … Fuyuan at 135°E). */
export const CHINA_BOUNDS = { minLat: 3, maxLat: 54, minLng: 73, maxLng: 136 } as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ADCODE = /^\d{6}$/;

function decimals(x: number): number {
  const [, fraction = ''] = String(x).split('.');
  return fraction.length;
}

/** Problems with one place taken alone. */
function placeProblems(p: Place): string[] {
  const problems: string[] = [];
  const [lat, lng] = p.coords;
  if (!SLUG.test(p.id)) problems.push('id is not an ASCII lower-case slug');
  if (!ADCODE.test(p.adcode)) problems.push('adcode is not 6 digits');
  if (lat === 0 && lng === 0) problems.push('coords are 0,0');
  const inside =
    lat >= CHINA_BOUNDS.minLat &&
    lat <= CHINA_BOUNDS.maxLat &&
    lng >= CHINA_BOUNDS.minLng &&
    lng <= CHINA_BOUNDS.maxLng;
  if (!inside) problems.push(`coords ${lat},${lng} are outside China's bounding box`);
  if (decimals(lat) > 4 || decimals(lng) > 4) problems.push('coords have more than 4 decimals');
  if (!p.name.hans || !p.name.hant || !p.name.en || !p.short.hans || !p.short.hant) problems.push('a name is empty');
  if (!/^(?:geonames:.+@.+|parent:\d{6}|override:.+)$/.test(p.coordSource))
    problems.push('coordSource has an unknown form');
  return problems;
}

/**
 * Every problem found, as `<adcode>: <problem>` lines; empty when the gazetteer is sound:
 * unique ids and adcodes, parents that exist and sit one level up, provinces that exist,
 * coordinates inside China and never 0,0, sorted by adcode then id.
 */
export function validatePlaces(places: readonly Place[]): string[] {
  const problems: string[] = [];
  const byCode = new Map(places.map((p) => [p.adcode, p]));
  const ids = new Map<string, number>();
  for (const p of places) ids.set(p.id, (ids.get(p.id) ?? 0) + 1);
  if (byCode.size !== places.length) problems.push('adcodes are not unique');
  places.forEach((p, i) => {
    const report = (m: string) => problems.push(`${p.adcode}: ${m}`);
    placeProblems(p).forEach(report);
    if ((ids.get(p.id) ?? 0) > 1) report(`id ${p.id} is not unique`);
    const parent = p.parent === null ? undefined : byCode.get(p.parent);
    if (p.parent !== null && !parent) report(`parent ${p.parent} is missing`);
    if (parent && parent.level === p.level) report(`parent ${p.parent} is on the same level`);
    if (p.level !== 'province' && p.parent === null && p.province !== p.adcode)
      report('a top-level place must be its own province');
    if (byCode.get(p.province)?.province !== p.province) report(`province ${p.province} is not a province-level place`);
    const prev = places[i - 1];
    if (prev && (prev.adcode > p.adcode || (prev.adcode === p.adcode && prev.id > p.id))) report('out of order');
  });
  return problems;
}

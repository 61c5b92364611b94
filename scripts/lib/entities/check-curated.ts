/**
 * Consistency checks of the curated tables: ids well-formed and unique,
 * references resolvable, no alias claimed by two entries, no generic word
 * used as a name. Each check returns readable problems; none means valid.
 */
import { foldText } from './fold.ts';
import type { Curated, PlaceRecord } from './types.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ZONE_KINDS = new Set([
  'new-area',
  'high-tech-zone',
  'economic-development-zone',
  'free-trade-zone',
  'industrial-new-city',
  'other',
]);

/** Words that name a kind of place, not a place: never acceptable as a zone or park name. */
const GENERIC_NAMES = new Set(
  '园区 产业园 产业园区 工业园 工业园区 科技园 开发区 高新区 经开区 新区 自贸区 保税区 基地 产业基地 示范区 片区'.split(
    ' ',
  ),
);

function idProblems(table: string, ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const id of ids) {
    if (!SLUG.test(id)) problems.push(`${table}: id "${id}" is not a lower-case ASCII slug`);
    if (seen.has(id)) problems.push(`${table}: id "${id}" is used twice`);
    seen.add(id);
  }
  return problems;
}

function parentProblems(curated: Curated, industryIds: ReadonlySet<string>): string[] {
  const parents = new Map(curated.industries.map((i) => [i.id, i.parent]));
  const problems: string[] = [];
  for (const industry of curated.industries) {
    if (industry.parent && !industryIds.has(industry.parent)) {
      problems.push(`industries.yaml ${industry.id}: unknown parent "${industry.parent}"`);
    }
    const chain = new Set([industry.id]);
    for (let p = industry.parent; p; p = parents.get(p)) {
      if (chain.has(p)) {
        problems.push(`industries.yaml ${industry.id}: parent chain loops through "${p}"`);
        break;
      }
      chain.add(p);
    }
  }
  return problems;
}

function referenceProblems(curated: Curated): string[] {
  const industryIds = new Set(curated.industries.map((i) => i.id));
  const zoneIds = new Set(curated.zones.map((z) => z.id));
  const problems = parentProblems(curated, industryIds);
  const checkIndustries = (file: string, id: string, list: readonly string[]) => {
    for (const i of list) if (!industryIds.has(i)) problems.push(`${file} ${id}: unknown industry "${i}"`);
  };
  for (const c of curated.companies) checkIndustries('companies.yaml', c.id, c.industries);
  for (const p of curated.parks) {
    checkIndustries('parks.yaml', p.id, p.industries);
    if (p.zone && !zoneIds.has(p.zone)) problems.push(`parks.yaml ${p.id}: unknown zone "${p.zone}"`);
  }
  for (const z of curated.zones) {
    if (!ZONE_KINDS.has(z.kind)) problems.push(`zones.yaml ${z.id}: unknown kind "${z.kind}"`);
    if (z.mergedInto && !zoneIds.has(z.mergedInto)) problems.push(`zones.yaml ${z.id}: unknown mergedInto`);
    const isPrefecture = z.adcode.endsWith('00');
    if ((z.precision === 'city') !== isPrefecture) {
      problems.push(`zones.yaml ${z.id}: precision ${z.precision} does not fit adcode ${z.adcode}`);
    }
  }
  return problems;
}

/** Names claimed by two different curated entries would link at random: each folded name has one owner. */
function aliasProblems(curated: Curated): string[] {
  const owner = new Map<string, string>();
  const problems: string[] = [];
  const tables = [
    ['industry', curated.industries],
    ['company', curated.companies],
    ['zone', curated.zones],
    ['park', curated.parks],
  ] as const;
  for (const [kind, list] of tables) {
    for (const e of list) {
      const names = [e.name.hans, e.name.hant, e.name.en, ...e.aliases.hans, ...e.aliases.hant, ...e.aliases.en];
      for (const key of new Set(names.map(foldText))) {
        const who = `${kind} ${e.id}`;
        const previous = owner.get(key);
        if (previous && previous !== who) problems.push(`"${key}" names both ${previous} and ${who}`);
        owner.set(key, who);
        if ((kind === 'zone' || kind === 'park') && GENERIC_NAMES.has(key)) {
          problems.push(`${who}: "${key}" is a generic word, not a name`);
        }
      }
    }
  }
  return problems;
}

/**
 * Problems inside the curated tables (ids, references, aliases).
 * @example checkCurated(loadCurated()) // []
 */
export function checkCurated(curated: Curated): string[] {
  return [
    ...idProblems(
      'industries.yaml',
      curated.industries.map((i) => i.id),
    ),
    ...idProblems(
      'companies.yaml',
      curated.companies.map((c) => c.id),
    ),
    ...idProblems(
      'zones.yaml',
      curated.zones.map((z) => z.id),
    ),
    ...idProblems(
      'parks.yaml',
      curated.parks.map((p) => p.id),
    ),
    ...referenceProblems(curated),
    ...aliasProblems(curated),
  ];
}

/**
 * Problems between the curated tables and the places table: place ids and
 * adcodes that do not exist, parks whose district is not in their city.
 */
export function checkAgainstPlaces(curated: Curated, places: readonly PlaceRecord[]): string[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  const byAdcode = new Map(places.map((p) => [p.adcode, p]));
  const problems: string[] = [];
  for (const c of curated.companies) {
    if (c.hq && !byId.has(c.hq)) problems.push(`companies.yaml ${c.id}: unknown hq place "${c.hq}"`);
  }
  for (const z of curated.zones) {
    const derived = [z.adcode, `${z.adcode.slice(0, 4)}00`].some((code) => byAdcode.has(code));
    if (!derived) problems.push(`zones.yaml ${z.id}: adcode ${z.adcode} is not in places (nor its prefecture)`);
  }
  for (const p of curated.parks) {
    const city = byId.get(p.city);
    if (!city) problems.push(`parks.yaml ${p.id}: unknown city "${p.city}"`);
    if (p.district === null) continue;
    const district = byId.get(p.district);
    if (!district) problems.push(`parks.yaml ${p.id}: unknown district "${p.district}"`);
    else if (city && district.parent !== city.adcode)
      problems.push(`parks.yaml ${p.id}: ${p.district} is not in ${p.city}`);
  }
  return problems;
}

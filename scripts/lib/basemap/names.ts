/**
 * Province names in three forms, from the gazetteer's places table where it
 * has the province, else from the outline source's own name.
 */
import type { TrilingualName } from './assemble.ts';
import type { RawShape } from './types.ts';

/** The fields of a gazetteer place the basemap reads. */
export interface PlaceRow {
  adcode: string;
  name: TrilingualName;
}

/**
 * A namer for province shapes: gazetteer names by adcode; the source's
 * Chinese name (converted with `toHant`) when the gazetteer lacks one.
 * @example provinceNamer([{ adcode: '370000', name: { hans: '山东省', hant: '山東省', en: 'Shandong' } }], (s) => s)({ id: '370000', name: '山东', polygons: [] }).en // 'Shandong'
 */
export function provinceNamer(
  places: readonly PlaceRow[],
  toHant: (text: string) => string,
): (shape: RawShape) => TrilingualName {
  const byCode = new Map(places.map((p) => [p.adcode, p.name]));
  return (shape) => byCode.get(shape.id) ?? { hans: shape.name, hant: toHant(shape.name), en: shape.name };
}

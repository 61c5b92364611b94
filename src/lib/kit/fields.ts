/**
 * The data dictionary of the download: every field of every table and its
 * type. CSV headers are derived from it (`csv.ts`) and the about page prints
 * it with each field's meaning from the locale files (`fields` group), so the
 * documentation cannot drift from the files.
 */
import type { Table } from './urls.ts';

/**
 * How a field is written. In CSV, `triple` becomes three columns
 * (`name_hans`, `name_hant`, `name_en`), lists are joined with `;`.
 */
export type FieldType = 'id' | 'text' | 'number' | 'boolean' | 'date' | 'ids' | 'list' | 'triple' | 'triple-list';

/** One documented field: its name and how it is written. Its meaning is in the locale files (`fields`). */
export interface Field {
  name: string;
  type: FieldType;
}

const f = (name: string, type: FieldType): Field => ({ name, type });

/** Every table's fields, in column order. */
export const FIELDS: Record<Table, readonly Field[]> = {
  cities: [
    f('id', 'id'),
    f('name', 'triple'),
    f('province', 'triple'),
    f('adcode', 'text'),
    f('lat', 'number'),
    f('lng', 'number'),
    f('precision', 'text'),
    f('coordSource', 'text'),
    f('articles', 'ids'),
    f('parks', 'ids'),
    f('industries', 'ids'),
    f('clusters', 'ids'),
    f('companies', 'ids'),
    f('figures', 'ids'),
    f('url', 'triple'),
  ],
  parks: [
    f('id', 'id'),
    f('name', 'triple'),
    f('city', 'id'),
    f('district', 'id'),
    f('zone', 'id'),
    f('lat', 'number'),
    f('lng', 'number'),
    f('precision', 'text'),
    f('curated', 'boolean'),
    f('gazetteerSource', 'text'),
    f('industries', 'ids'),
    f('companies', 'ids'),
    f('articles', 'ids'),
    f('figures', 'ids'),
    f('url', 'triple'),
  ],
  industries: [
    f('id', 'id'),
    f('name', 'triple'),
    f('aliases', 'triple-list'),
    f('parent', 'id'),
    f('cities', 'ids'),
    f('clusters', 'ids'),
    f('articles', 'ids'),
    f('url', 'triple'),
  ],
  clusters: [
    f('id', 'id'),
    f('name', 'triple'),
    f('city', 'id'),
    f('industry', 'id'),
    f('parks', 'ids'),
    f('companies', 'ids'),
    f('articles', 'ids'),
    f('figures', 'ids'),
    f('url', 'triple'),
  ],
  companies: [f('id', 'id'), f('name', 'triple'), f('articles', 'ids')],
  articles: [
    f('id', 'id'),
    f('title', 'triple'),
    f('titleFromLead', 'boolean'),
    f('date', 'date'),
    f('source', 'text'),
    f('authors', 'list'),
    f('script', 'text'),
    f('seedFile', 'text'),
    f('sha256', 'text'),
    f('cities', 'ids'),
    f('parks', 'ids'),
    f('industries', 'ids'),
    f('companies', 'ids'),
    f('figures', 'ids'),
    f('url', 'triple'),
  ],
  figures: [
    f('id', 'id'),
    f('article', 'id'),
    f('index', 'number'),
    f('paragraph', 'number'),
    f('kind', 'text'),
    f('value', 'number'),
    f('unit', 'text'),
    f('qualifier', 'text'),
    f('sourceUnit', 'text'),
    f('text', 'text'),
    f('entity', 'id'),
    f('source', 'text'),
    f('date', 'date'),
    f('sha256', 'text'),
    f('url', 'text'),
  ],
};

const TRIPLE_KEYS = ['hans', 'hant', 'en'] as const;

/**
 * The CSV columns of one field: itself, or three for a field in three scripts.
 * @example fieldColumns({ name: 'name', type: 'triple', … }) // ['name_hans', 'name_hant', 'name_en']
 */
export function fieldColumns(field: Pick<Field, 'name' | 'type'>): string[] {
  return field.type === 'triple' || field.type === 'triple-list'
    ? TRIPLE_KEYS.map((k) => `${field.name}_${k}`)
    : [field.name];
}

/**
 * The CSV columns of a table, in order.
 * @example csvColumns('companies') // ['id', 'name_hans', 'name_hant', 'name_en', 'articles']
 */
export function csvColumns(table: Table): string[] {
  return FIELDS[table].flatMap(fieldColumns);
}

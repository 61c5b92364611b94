/**
 * The data dictionary as the about page prints it: per table, each field's
 * name, CSV columns, type and meaning in the reader's locale.
 */
import { toHant } from '../../../scripts/lib/convert-script.ts';
import type { Locale } from '../../i18n/locales.ts';
import { fieldColumns, FIELDS, type FieldType } from './fields.ts';
import { DATA_LICENCE } from './licence.ts';
import { TABLES, type Table } from './urls.ts';

/** One documented field as printed. */
export interface DictionaryRow {
  name: string;
  /** Its CSV column names (three for names in three scripts). */
  columns: string[];
  type: string;
  meaning: string;
}

/** One table of the dictionary. */
export interface DictionaryTable {
  table: Table;
  /** The CSV file it is written to, also the key in `atlas.json`. */
  file: string;
  rows: DictionaryRow[];
}

const TYPE_LABELS: Record<FieldType, { hans: string; en: string }> = {
  id: { hans: 'id', en: 'id' },
  text: { hans: '文字', en: 'text' },
  number: { hans: '数值', en: 'number' },
  boolean: { hans: 'true / false', en: 'true / false' },
  date: { hans: '日期', en: 'date' },
  ids: { hans: 'id 列表', en: 'list of ids' },
  list: { hans: '文字列表', en: 'list of text' },
  triple: { hans: '三种文字', en: 'three scripts' },
  'triple-list': { hans: '三种文字的列表', en: 'lists in three scripts' },
};

/**
 * A bilingual text in a locale: English, Simplified, or Traditional converted from Simplified.
 * @example inLocale({ hans: '城市', en: 'City' }, 'zh-hant') // '城市'
 */
export function inLocale(text: { hans: string; en: string }, locale: Locale): string {
  if (locale === 'en') return text.en;
  return locale === 'zh-hant' ? toHant(text.hans) : text.hans;
}

/** Every table's fields, documented in a locale. */
export function dictionary(locale: Locale): DictionaryTable[] {
  return TABLES.map((table) => ({
    table,
    file: `${table}.csv`,
    rows: FIELDS[table].map((field) => ({
      name: field.name,
      columns: fieldColumns(field),
      type: inLocale(TYPE_LABELS[field.type], locale),
      meaning: inLocale(field, locale),
    })),
  }));
}

/** The licence terms of the downloads in a locale. */
export function licenceTerms(locale: Locale): string[] {
  return DATA_LICENCE.terms.map((term) => inLocale(term, locale));
}

/**
 * The data dictionary as the about page prints it: per table, each field's
 * name, CSV columns, type and meaning in the reader's locale (words from
 * the locale files).
 */
import { toHant } from '../../../scripts/lib/convert-script.ts';
import type { Locale } from '../../i18n/locales.ts';
import { messages } from '../../i18n/messages.ts';
import { fieldColumns, FIELDS } from './fields.ts';
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

/**
 * A bilingual text in a locale: English, Simplified, or Traditional converted from Simplified.
 * @example inLocale({ hans: '城市', en: 'City' }, 'zh-hant') // '城市'
 */
export function inLocale(text: { hans: string; en: string }, locale: Locale): string {
  if (locale === 'en') return text.en;
  return locale === 'zh-hant' ? toHant(text.hans) : text.hans;
}

/**
 * What a field means, in a locale: the table's own description, else the one
 * shared by every table with that field; the bare name if neither exists
 * (a unit test makes sure none is missing).
 */
export function fieldMeaning(table: Table, name: string, locale: Locale): string {
  const fields = messages(locale).fields;
  const own = fields[table] as Readonly<Record<string, string>>;
  const common = fields.common as Readonly<Record<string, string>>;
  return own[name] ?? common[name] ?? name;
}

/** Every table's fields, documented in a locale. */
export function dictionary(locale: Locale): DictionaryTable[] {
  return TABLES.map((table) => ({
    table,
    file: `${table}.csv`,
    rows: FIELDS[table].map((field) => ({
      name: field.name,
      columns: fieldColumns(field),
      type: messages(locale).fieldTypes[field.type],
      meaning: fieldMeaning(table, field.name, locale),
    })),
  }));
}

/** The licence terms of the downloads in a locale. */
export function licenceTerms(locale: Locale): string[] {
  return DATA_LICENCE.terms.map((term) => inLocale(term, locale));
}

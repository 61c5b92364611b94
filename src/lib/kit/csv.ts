/**
 * CSV as spreadsheets open it correctly: UTF-8 with a byte-order mark (so
 * Excel reads Chinese), RFC 4180 quoting, CRLF line ends, a header row of
 * the documented field names, numbers without grouping or exponents.
 */
import { csvColumns, FIELDS, type Field } from './fields.ts';
import type { Table } from './urls.ts';

/** The byte-order mark that tells spreadsheets the file is UTF-8. */
export const BOM = '\uFEFF';

/**
 * A number as plain digits: no grouping, no exponent.
 * @example plainNumber(1.2e21) // '1200000000000000000000'
 * @example plainNumber(0.035) // '0.035'
 */
export function plainNumber(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/**
 * Text safe to open in a spreadsheet: a cell starting with `=`, `+`, `-`,
 * `@`, tab or CR would run as a formula, so such text gets a leading `'`
 * (article text is third-party input and must stay text).
 * @example guardFormula('=HYPERLINK("x")') // "'=HYPERLINK(\"x\")"
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * One field quoted as RFC 4180 asks: in double quotes, with quotes doubled,
 * when it holds a comma, quote or line break.
 * @example quoteField('青岛,德州') // '"青岛,德州"'
 */
export function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

type Value = unknown;

function scalar(value: Value): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return plainNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return guardFormula(value.map(String).join(';'));
  return guardFormula(String(value));
}

function cells(field: Field, value: Value): string[] {
  if (field.type !== 'triple' && field.type !== 'triple-list') return [scalar(value)];
  const triple = (value ?? {}) as Record<string, Value>;
  return (['hans', 'hant', 'en'] as const).map((k) => scalar(triple[k]));
}

/** One record as a CSV line (without its line end). */
export function csvRow(table: Table, record: object): string {
  const values = record as Record<string, Value>;
  return FIELDS[table]
    .flatMap((field) => cells(field, values[field.name]))
    .map(quoteField)
    .join(',');
}

/**
 * A table as a CSV file: BOM, header, one line per record, every line ending in CRLF.
 * @example toCsv('companies', [{ id: 'haier', name: { hans: '海尔', hant: '海爾', en: 'Haier' }, articles: ['a', 'b'] }])
 * // '\uFEFFid,name_hans,name_hant,name_en,articles\r\nhaier,海尔,海爾,Haier,a;b\r\n'
 */
export function toCsv(table: Table, records: readonly object[]): string {
  const lines = [csvColumns(table).join(','), ...records.map((r) => csvRow(table, r))];
  return `${BOM}${lines.map((line) => `${line}\r\n`).join('')}`;
}

import { csvParseRows } from 'd3';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BOM, guardFormula, plainNumber, quoteField, toCsv } from '../../src/lib/kit/csv.ts';
import { buildTables } from '../../src/lib/kit/dataset.ts';
import { csvColumns } from '../../src/lib/kit/fields.ts';
import { TABLES } from '../../src/lib/kit/urls.ts';
import { ADDRESS, kitAtlas } from './kit-fixture.ts';

/** Rows of a CSV file as a spreadsheet reads it (BOM dropped, CRLF lines). */
function parse(csv: string): string[][] {
  return csvParseRows(csv.slice(BOM.length).replace(/\r\n$/, ''));
}

const tables = buildTables(kitAtlas(), ADDRESS);

describe('CSV files open correctly in spreadsheets', () => {
  test.each(TABLES)('%s.csv starts with a UTF-8 BOM, then the documented header', (table) => {
    const csv = toCsv(table, tables[table]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(parse(csv)[0]).toEqual(csvColumns(table));
  });

  test.each(TABLES)('every line of %s.csv ends in CRLF and no bare LF is left', (table) => {
    const csv = toCsv(table, tables[table]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  test.each(TABLES)('%s.csv has one row per record, each as wide as the header', (table) => {
    const rows = parse(toCsv(table, tables[table]));
    expect(rows).toHaveLength(tables[table].length + 1);
    for (const row of rows) expect(row).toHaveLength(csvColumns(table).length);
  });

  test('a table with no records is just the BOM and the header', () => {
    expect(toCsv('parks', [])).toBe(`\uFEFF${csvColumns('parks').join(',')}\r\n`);
  });

  test('names in three scripts take three columns and lists are joined with semicolons', () => {
    const [header, row] = parse(
      toCsv(
        'articles',
        tables.articles.filter((a) => a.id === '2022-03-04-11112222'),
      ),
    );
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell('title_hans')).toBe('德州“数字,经济”园区签约');
    expect(cell('title_en')).toBe('Dezhou signs "digital" park deal');
    expect(cell('authors')).toBe('记者乙;编辑丙');
    expect(cell('figures')).toBe('2022-03-04-11112222-f0;2022-03-04-11112222-f1;2022-03-04-11112222-f2');
  });

  test('an article without an English title or a date leaves those cells empty', () => {
    const [header, row] = parse(
      toCsv(
        'articles',
        tables.articles.filter((a) => a.id === 'undated-55556666'),
      ),
    );
    expect(row![header!.indexOf('title_en')]).toBe('');
    expect(row![header!.indexOf('date')]).toBe('');
    expect(row![header!.indexOf('source')]).toBe('');
  });

  test('numbers are written as plain digits that read back as the same value', () => {
    const [header, ...rows] = parse(toCsv('figures', tables.figures));
    const values = rows.map((r) => Number(r[header!.indexOf('value')]));
    expect(values).toEqual(tables.figures.map((f) => f.value));
    expect(rows.map((r) => r[header!.indexOf('value')])).toContain('12000000000');
  });
});

describe('cells are quoted as RFC 4180 asks', () => {
  test('a field with a comma, quote or line break is quoted, with quotes doubled', () => {
    expect(quoteField('a,b')).toBe('"a,b"');
    expect(quoteField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteField('line\nbreak')).toBe('"line\nbreak"');
    expect(quoteField('青岛')).toBe('青岛');
  });

  test('any text survives quoting and parsing unchanged', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), (cells) => {
        const line = cells.map(quoteField).join(',');
        expect(csvParseRows(line)[0] ?? ['']).toEqual(cells);
      }),
    );
  });
});

describe('text that a spreadsheet would run as a formula stays text', () => {
  test.each(['=SUM(A1)', '+1', '-2', '@cmd', '\tx'])('%j gets a leading apostrophe', (text) => {
    expect(guardFormula(text)).toBe(`'${text}`);
  });

  test('ordinary text is left alone', () => {
    expect(guardFormula('总投资=120亿元')).toBe('总投资=120亿元');
  });

  test('a headline starting with = is written with the apostrophe', () => {
    const [header, row] = parse(
      toCsv(
        'articles',
        tables.articles.filter((a) => a.id === '2023-09-10-33334444'),
      ),
    );
    expect(row![header!.indexOf('title_hans')]!.startsWith("'=")).toBe(true);
  });

  test('negative numbers are numbers, not guarded text', () => {
    const record = { ...tables.figures[0]!, value: -0.05 };
    const [header, row] = parse(toCsv('figures', [record]));
    expect(row![header!.indexOf('value')]).toBe('-0.05');
  });
});

describe('plainNumber', () => {
  test('never writes an exponent or grouping', () => {
    expect(plainNumber(1.5e21)).toBe('1500000000000000000000');
    expect(plainNumber(1e-7)).toBe('0.0000001');
    expect(plainNumber(135140000000)).toBe('135140000000');
  });

  test('reads back as the same number for any finite value', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (n) => {
        expect(plainNumber(n)).not.toMatch(/[e,]/i);
        expect(Number(plainNumber(n))).toBeCloseTo(n, 6);
      }),
    );
  });
});

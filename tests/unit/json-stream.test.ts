import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { jsonFileStream, jsonPieces } from '../../src/lib/json-stream.ts';

/** What the one-string file writer gives: two-space JSON and a final newline. */
const asOneString = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Everything a stream gives, as text. */
async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return Buffer.from(await new Response(stream).arrayBuffer()).toString('utf8');
}

/** JSON-like documents with what JSON.stringify skips or turns into null: undefined, functions, dates. */
const documentValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 1 }),
    fc.constant(undefined),
    fc.constant(() => 1),
    fc.date({ noInvalidDate: true }),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.string(), tie('value'), { maxKeys: 5 }),
  ),
}));
const document = fc.dictionary(fc.string(), documentValue.value, { maxKeys: 6 });

describe('jsonPieces', () => {
  test('joined, they are two-space JSON.stringify of any document', () => {
    fc.assert(
      fc.property(document, (doc) => {
        expect([...jsonPieces(doc)].join('')).toBe(JSON.stringify(doc, null, 2));
      }),
    );
  });

  test('give the rows of a table one by one, not the table as one string', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({ id: `city-${i}`, name: { hans: '青岛市' } }));
    const pieces = [...jsonPieces({ atlas: { version: 1 }, cities: rows })];
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(100);
    expect(pieces.join('')).toBe(JSON.stringify({ atlas: { version: 1 }, cities: rows }, null, 2));
  });
});

describe('jsonFileStream', () => {
  test('holds exactly the UTF-8 bytes of the one-string file', async () => {
    await fc.assert(
      fc.asyncProperty(document, async (doc) => {
        expect(await readAll(jsonFileStream(doc))).toBe(asOneString(doc));
      }),
      { numRuns: 50 },
    );
  });

  test('hands a large document on in many chunks', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ id: `park-${i}`, text: '产业园区'.repeat(5) }));
    const doc = { parks: rows };
    const chunks: Uint8Array[] = [];
    const reader = jsonFileStream(doc).getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
    expect(chunks.length).toBeGreaterThan(10);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(asOneString(doc));
  });
});

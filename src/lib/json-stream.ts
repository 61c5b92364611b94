/**
 * A JSON file written in pieces: the same bytes as two-space
 * `JSON.stringify` with a final newline (`jsonFile` in `kit/documents.ts`),
 * without the whole text ever being one string. The atlas download is about
 * 200 MB at 10,000 articles: as one string (two bytes a character once it
 * holds Chinese) encoded into a response and copied into a buffer, it took
 * over a gigabyte at once in Astro's process. In pieces, only the encoded
 * bytes are whole, once Astro collects them to write the file.
 */

/** How many levels of arrays and plain objects are written member by member; deeper values are stringified whole. */
const STREAMED_LEVELS = 2;
/** Pieces are encoded and handed on in chunks of about this many characters. */
const CHUNK_CHARS = 1 << 16;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);

/** Whether JSON.stringify writes this value, as an object member, at all. */
const written = (value: unknown): boolean =>
  value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';

/** `JSON.stringify(value, null, 2)` of a value nested at `indent`. */
const whole = (value: unknown, indent: string): string =>
  (JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`);

/**
 * The text of `JSON.stringify(value, null, 2)`, member by member down to
 * `levels` levels of arrays and plain objects.
 * @example [...jsonPieces({ 城市: ['青岛'] })].join('') // '{\n  "城市": [\n    "青岛"\n  ]\n}'
 */
export function* jsonPieces(value: unknown, levels = STREAMED_LEVELS, indent = ''): Generator<string> {
  const members: [string, unknown][] | null = Array.isArray(value)
    ? value.map((item, i) => [String(i), written(item) ? item : null])
    : isPlainObject(value) && typeof value.toJSON !== 'function'
      ? Object.entries(value).filter(([, item]) => written(item))
      : null;
  if (levels === 0 || members === null || members.length === 0) {
    yield whole(value, indent);
    return;
  }
  const inner = `${indent}  `;
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  yield `${open}\n`;
  for (const [i, [key, item]] of members.entries()) {
    yield Array.isArray(value) ? inner : `${inner}${JSON.stringify(key)}: `;
    yield* jsonPieces(item, levels - 1, inner);
    yield i < members.length - 1 ? ',\n' : '\n';
  }
  yield `${indent}${close}`;
}

/**
 * A response body holding exactly `${JSON.stringify(document, null, 2)}\n`
 * as UTF-8, encoded a chunk at a time as it is read.
 */
export function jsonFileStream(document: unknown): ReadableStream<Uint8Array> {
  const pieces = jsonPieces(document);
  const encoder = new TextEncoder();
  let done = false;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      let text = '';
      while (!done && text.length < CHUNK_CHARS) {
        const next = pieces.next();
        if (next.done) {
          done = true;
          text += '\n';
        } else text += next.value;
      }
      controller.enqueue(encoder.encode(text));
      if (done) controller.close();
    },
  });
}

/**
 * Bytes of a synthetic page: UTF-8 (with or without BOM), UTF-16 with BOM,
 * or the page's legacy encoding (GB18030 for Simplified, Big5 for
 * Traditional), and the bad files a real seed folder collects (empty,
 * whitespace, binary). Node's TextEncoder writes only UTF-8, so the legacy
 * encoders are built by inverting the platform's own decoders: what they
 * write is exactly what the ingest's decoder reads back.
 */
import type { Random } from './random.ts';

/** The encodings the generator writes. */
export type PageEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

const tables = new Map<'gb18030' | 'big5', Map<string, number>>();

/** Character → two-byte code (lead << 8 | trail), first code wins. */
function doubleByteTable(encoding: 'gb18030' | 'big5'): Map<string, number> {
  const cached = tables.get(encoding);
  if (cached) return cached;
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  // Big5's common levels start at 0xA1; its 0x81–0xA0 leads are later (HKSCS) additions.
  const leads = encoding === 'big5' ? [...range(0xa1, 0xfe), ...range(0x81, 0xa0)] : range(0x81, 0xfe);
  for (const lead of leads) {
    for (const trail of [...range(0x40, 0x7e), ...range(0x80, 0xfe)]) {
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if ([...char].length === 1 && char !== '\uFFFD' && !table.has(char)) table.set(char, (lead << 8) | trail);
    }
  }
  tables.set(encoding, table);
  return table;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Text in a legacy double-byte encoding, or null when a character has no two-byte code. */
function encodeLegacy(text: string, encoding: 'gb18030' | 'big5'): Uint8Array | null {
  const table = doubleByteTable(encoding);
  const out = new Uint8Array(text.length * 2);
  let at = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) {
      out[at++] = code;
      continue;
    }
    const pair = table.get(char);
    if (pair === undefined) return null;
    out[at++] = pair >> 8;
    out[at++] = pair & 0xff;
  }
  return out.slice(0, at);
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

/**
 * Encode a page; a legacy encoding that cannot hold every character falls
 * back to UTF-8, and the encoding actually used is returned.
 * @example encodePage('产业园', 'gb18030').bytes // Uint8Array [178, 250, 210, 181, 212, 176]
 */
export function encodePage(text: string, encoding: PageEncoding): { bytes: Uint8Array; encoding: PageEncoding } {
  if (encoding === 'gb18030' || encoding === 'big5') {
    const bytes = encodeLegacy(text, encoding);
    return bytes ? { bytes, encoding } : encodePage(text, 'utf-8');
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be')
    return { bytes: utf16(text, encoding === 'utf-16le'), encoding };
  const utf8 = new TextEncoder().encode(text);
  if (encoding === 'utf-8') return { bytes: utf8, encoding };
  const withBom = new Uint8Array(utf8.length + 3);
  withBom.set([0xef, 0xbb, 0xbf]);
  withBom.set(utf8, 3);
  return { bytes: withBom, encoding };
}

/** The encoding a page is saved in: mostly UTF-8, sometimes UTF-16 or its script's legacy encoding. */
export function pickEncoding(rnd: Random, traditional: boolean): PageEncoding {
  return rnd.weighted([
    ['utf-8', 82],
    ['utf-8-bom', 5],
    ['utf-16le', 2],
    ['utf-16be', 1],
    [traditional ? 'big5' : 'gb18030', 10],
  ] as const);
}

/** A file no ingest can read, and why. */
export function badFile(rnd: Random): { bytes: Uint8Array; reason: string } {
  return rnd.pick([
    () => ({ bytes: new Uint8Array(0), reason: 'empty' }),
    () => ({ bytes: new TextEncoder().encode(' \r\n\t\n\u3000\n'), reason: 'whitespace only' }),
    () => ({ bytes: Uint8Array.from([0xef, 0xbb, 0xbf]), reason: 'byte-order mark only' }),
    () => {
      // A PNG signature and noise with NUL bytes on both sides of each pair: binary, not UTF-16.
      const noise = Array.from({ length: rnd.int(64, 2048) }, (_, i) => (i % 7 === 0 ? 0 : rnd.int(0, 255)));
      return { bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...noise]), reason: 'binary' };
    },
  ])();
}

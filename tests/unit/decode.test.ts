import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_MAX_BYTES,
  MIN_PLAUSIBILITY,
  decode,
  isCommonHan,
  plausibility,
  type DecodeResult,
} from '../../scripts/lib/decode.ts';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../fixtures/text/${name}`, import.meta.url)));
const source = (name: string): string => readFileSync(new URL(`../fixtures/text/${name}`, import.meta.url), 'utf8');
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const concat = (...parts: ArrayLike<number>[]): Uint8Array =>
  new Uint8Array(Buffer.concat(parts.map((p) => Uint8Array.from(p))));
const utf16le = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le').swap16());

function expectText(result: DecodeResult, text: string, encoding: string): void {
  expect(result).toEqual({ ok: true, text, encoding });
}

function expectFailure(result: DecodeResult, pattern: RegExp): void {
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.reason).toMatch(pattern);
}

const hans = source('hans.utf8.txt');
const hant = source('hant.utf8.txt');

describe('decode: Unicode encodings', () => {
  test('UTF-8 without a BOM decodes to the same text', () => {
    expectText(decode(utf8(hans)), hans, 'utf-8');
  });

  test('a UTF-8 BOM is stripped', () => {
    expectText(decode(concat([0xef, 0xbb, 0xbf], utf8(hant))), hant, 'utf-8');
  });

  test('UTF-16 LE and BE with a BOM decode, BOM stripped', () => {
    expectText(decode(utf16le(`\uFEFF${hans}`)), hans, 'utf-16le');
    expectText(decode(utf16be(`\uFEFF${hant}`)), hant, 'utf-16be');
  });

  test('UTF-16 without a BOM is recognised from the side its NUL bytes fall on', () => {
    expectText(decode(utf16le(hans)), hans, 'utf-16le');
    expectText(decode(utf16be(hans)), hans, 'utf-16be');
  });

  test('surrogate pairs and emoji survive UTF-8 and UTF-16', () => {
    const text = '𠮷野家 😀 集成电路';
    expectText(decode(utf8(text)), text, 'utf-8');
    expectText(decode(utf16le(`\uFEFF${text}`)), text, 'utf-16le');
  });

  test('a UTF-16 file with an odd number of bytes is refused, naming the encoding', () => {
    expectFailure(decode(concat(utf16le(`\uFEFF${hans}`), [0x41])), /utf-16le/);
  });

  test('a UTF-8 page cut in the middle of its last character keeps its text and marks the cut with U+FFFD', () => {
    const bytes = utf8(`${hans}产`);
    const result = decode(bytes.subarray(0, bytes.length - 1));
    expectText(result, `${hans}\uFFFD`, 'utf-8');
  });

  test('any Chinese-and-ASCII text round-trips through UTF-8', () => {
    const char = fc.constantFrom(...'产业园区集成電路 ab1,。“”\n😀𠮷');
    const text = fc.array(char, { minLength: 1, maxLength: 200 }).map((chars) => `园${chars.join('')}`);
    fc.assert(
      fc.property(text, (t) => {
        const result = decode(utf8(t));
        return result.ok && result.text === t && result.encoding === 'utf-8';
      }),
    );
  });
});

describe('decode: legacy Chinese encodings', () => {
  test('GB18030 bytes decode to the Simplified source text', () => {
    expectText(decode(fixture('hans.gb18030.txt')), hans, 'gb18030');
  });

  test('Big5 bytes decode as Big5, not as the GB18030 mojibake they also form', () => {
    expect(() => new TextDecoder('gb18030', { fatal: true }).decode(fixture('hant.big5.txt'))).not.toThrow();
    expectText(decode(fixture('hant.big5.txt')), hant, 'big5');
  });

  test('a four-byte GB18030 sequence decodes to its supplementary-plane character', () => {
    expectText(decode(fixture('four-byte.gb18030.txt')), source('four-byte.utf8.txt'), 'gb18030');
  });

  test('four characters are enough to tell GB18030 from Big5', () => {
    expectText(decode(fixture('short.gb18030.txt')), '产业园区', 'gb18030');
    expectText(decode(fixture('short.big5.txt')), '產業園區', 'big5');
  });

  test('an unsupported encoding (Shift_JIS) is refused instead of returned as mojibake', () => {
    expectFailure(decode(fixture('japanese.sjis.txt')), /could not be recognised/);
  });

  test('Latin-1 text is refused: it is valid in none of the encodings', () => {
    expectFailure(
      decode(Uint8Array.from([...'caf\xe9 cr\xe8me br\xfbl\xe9e'].map((c) => c.charCodeAt(0)))),
      /not valid/,
    );
  });
});

describe('decode: refusals', () => {
  test('an empty file is refused as empty', () => {
    expectFailure(decode(new Uint8Array()), /empty \(0 bytes\)/);
  });

  test('white space, a BOM alone, or a BOM and ideographic spaces count as empty', () => {
    expectFailure(decode(utf8(' \n\t\r\n')), /empty/);
    expectFailure(decode(Uint8Array.from([0xef, 0xbb, 0xbf])), /empty/);
    expectFailure(decode(utf16le('\uFEFF\u3000\u00A0\n')), /empty/);
  });

  test('bytes with NULs on both sides of the byte pairs are refused as binary', () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expectFailure(decode(png), /binary/);
  });

  test('control characters without NULs are refused as binary', () => {
    const bytes = Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x41 : 1 + (i % 7)));
    expectFailure(decode(bytes), /binary/);
  });

  test('random bytes are refused, never returned as text', () => {
    let seed = 42;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed >> 16;
    };
    for (let run = 0; run < 20; run++) {
      const bytes = Uint8Array.from({ length: 2000 }, () => random() & 0xff);
      expect(decode(bytes).ok).toBe(false);
    }
  });

  test('a file over the limit is refused with its size and the limit', () => {
    const result = decode(new Uint8Array(DEFAULT_MAX_BYTES + 1).fill(0x41));
    expectFailure(result, /5 MiB \(5,242,881 bytes\).*limit of 5 MiB \(5,242,880 bytes\)/);
  });

  test('the limit is inclusive and can be changed', () => {
    expect(decode(utf8('产业园'), { maxBytes: 9 }).ok).toBe(true);
    expectFailure(decode(utf8('产业园'), { maxBytes: 8 }), /9 bytes.*8 bytes/);
  });

  test('the default limit is 5 MiB', () => {
    expect(DEFAULT_MAX_BYTES).toBe(5 * 1024 * 1024);
  });
});

describe('plausibility and common characters', () => {
  test('common characters of both scripts are common; mojibake characters are not', () => {
    for (const char of '产業园區的是') expect(isCommonHan(char)).toBe(true);
    for (const char of '鐪浜椖') expect(isCommonHan(char)).toBe(false);
    expect(isCommonHan('a')).toBe(false);
  });

  test('Chinese prose scores 1 and ASCII, having nothing to judge, scores 1', () => {
    expect(plausibility('青岛西海岸新区，集成电路产业园。')).toBe(1);
    expect(plausibility('plain ASCII text')).toBe(1);
  });

  test('UTF-8 read as GBK scores under the acceptance threshold', () => {
    const mojibake = new TextDecoder('gbk').decode(utf8(hans));
    expect(plausibility(mojibake)).toBeLessThan(MIN_PLAUSIBILITY);
  });
});

describe('decode: speed', () => {
  test('a 1 MB GB18030 file decodes in well under a second', () => {
    const bytes = fixture('hans.gb18030.txt');
    const big = concat(...Array.from({ length: Math.ceil(1_000_000 / bytes.length) }, () => bytes));
    const started = performance.now();
    const result = decode(big);
    expect(result.ok && result.encoding).toBe('gb18030');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

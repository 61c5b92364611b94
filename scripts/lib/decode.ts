/**
 * Bytes → text. A seed may be UTF-8 (with or without a BOM), UTF-16 with a
 * BOM, GB18030/GBK or Big5; anything else is refused with a reason a person
 * can act on, never turned into silent mojibake.
 */

/** The encodings a seed may be written in. */
export type SeedEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

/** Decoded text and the encoding it was read as, or why it could not be read. */
export type DecodeResult = { ok: true; text: string; encoding: SeedEncoding } | { ok: false; reason: string };

/** Limits for {@link decode}. */
export interface DecodeOptions {
  /** Largest accepted input in bytes; defaults to {@link DEFAULT_MAX_BYTES}. */
  maxBytes?: number;
}

/** News pages are tens of kilobytes; 5 MiB leaves room without reading a video by mistake. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Below this share of plausible characters a legacy decoding is taken to be
 * mojibake. Measured on twenty real pages: read in their own encoding they
 * score 0.89–1 (pinyin glosses cost a little); a Big5 page read as GB18030
 * scores 0.11–0.33 and a GB18030 page read as Big5 0.45–0.55.
 */
export const MIN_PLAUSIBILITY = 0.7;

/**
 * A UTF-8 page cut mid-character, or with a stray byte, is still UTF-8: we
 * keep it when at most this many sequences are broken (and at most 1 in 50
 * characters), leaving U+FFFD for the garbled-span marker to flag. It must
 * still outscore GB18030 and Big5, where U+FFFD counts as implausible.
 */
const MAX_UTF8_REPAIRS = 3;

type Candidate = { text: string; encoding: SeedEncoding; score: number };

const fail = (reason: string): DecodeResult => ({ ok: false, reason });

/**
 * Decode the bytes of a seed file.
 * @example
 * decode(new TextEncoder().encode('产业园')) // { ok: true, text: '产业园', encoding: 'utf-8' }
 */
export function decode(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) return fail('the file is empty (0 bytes)');
  if (bytes.length > maxBytes) {
    return fail(`the file is ${formatSize(bytes.length)}, over the limit of ${formatSize(maxBytes)}`);
  }
  const result = decodeAny(bytes);
  if (!result.ok) return result;
  const text = result.text.replace(/^\uFEFF/, '');
  if (!/[^\s\uFEFF]/u.test(text)) return fail('the file is empty (only whitespace or a byte-order mark)');
  if (looksBinary(text)) return fail('the file looks binary (it is full of control characters)');
  return { ...result, text };
}

function decodeAny(bytes: Uint8Array): DecodeResult {
  const bomEncoding = sniffBom(bytes);
  if (bomEncoding) {
    const text = strict(bytes, bomEncoding);
    if (text === null)
      return fail(`the file starts with a ${bomEncoding} byte-order mark but is not valid ${bomEncoding}`);
    return { ok: true, text, encoding: bomEncoding };
  }
  if (bytes.includes(0)) return decodeWithNul(bytes);
  const utf8 = strict(bytes, 'utf-8');
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8' };
  return decodeLegacy(bytes);
}

/** NUL bytes mean UTF-16 without a BOM (NULs all on one side of each pair) or binary. */
function decodeWithNul(bytes: Uint8Array): DecodeResult {
  const encoding = sniffUtf16WithoutBom(bytes);
  const text = encoding ? strict(bytes, encoding) : null;
  if (encoding && text !== null && plausibility(text) >= MIN_PLAUSIBILITY) return { ok: true, text, encoding };
  return fail('the file looks binary (it contains NUL bytes and is not UTF-16 text)');
}

/** Not UTF-8: weigh GB18030, Big5 and a slightly damaged UTF-8 by how plausible their text is. */
function decodeLegacy(bytes: Uint8Array): DecodeResult {
  const candidates: Candidate[] = [];
  for (const encoding of ['gb18030', 'big5'] as const) {
    const text = strict(bytes, encoding);
    if (text !== null) candidates.push({ text, encoding, score: plausibility(text) });
  }
  const damaged = nearlyUtf8(bytes);
  if (damaged !== null) candidates.push({ text: damaged, encoding: 'utf-8', score: plausibility(damaged) });
  if (candidates.length === 0) {
    return fail('the file is not valid UTF-8, GB18030 or Big5 text (binary, or an unsupported encoding)');
  }
  // Stable sort: on a tie the earlier candidate (GB18030, the commoner) wins.
  const best = [...candidates].sort((a, b) => b.score - a.score)[0]!;
  if (best.score < MIN_PLAUSIBILITY) {
    const tried = candidates.map((c) => `${c.encoding} ${Math.round(c.score * 100)}%`).join(', ');
    return fail(
      `the encoding could not be recognised: no decoding reads as Chinese text (plausible characters: ${tried})`,
    );
  }
  return { ok: true, text: best.text, encoding: best.encoding };
}

/** UTF-8 with a few broken sequences, or null when there are more. */
function nearlyUtf8(bytes: Uint8Array): string | null {
  const text = new TextDecoder('utf-8').decode(bytes);
  const broken = text.match(/\uFFFD/gu)?.length ?? 0;
  return broken <= MAX_UTF8_REPAIRS && broken * 50 <= text.length ? text : null;
}

function strict(bytes: Uint8Array, encoding: SeedEncoding): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function sniffBom(bytes: Uint8Array): SeedEncoding | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 text has NULs only in the high byte of ASCII characters, so they all
 * fall on even (big-endian) or odd (little-endian) offsets; binary data has
 * NULs on both.
 */
function sniffUtf16WithoutBom(bytes: Uint8Array): SeedEncoding | null {
  if (bytes.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  if (even > 0 && odd === 0) return 'utf-16be';
  if (odd > 0 && even === 0) return 'utf-16le';
  return null;
}

/** More than 5% C0 controls (other than whitespace) is not text any page would carry. */
function looksBinary(text: string): boolean {
  // eslint-disable-next-line no-control-regex -- counting control characters is the point
  const controls = text.match(/[\x00-\x08\x0E-\x1F]/gu)?.length ?? 0;
  return controls > 0 && controls * 20 > text.length;
}

function formatSize(bytes: number): string {
  const exact = `${bytes.toLocaleString('en-US')} bytes`;
  if (bytes < 1024) return exact;
  const [unit, size] = bytes >= 1024 * 1024 ? ['MiB', bytes / 1024 / 1024] : ['KiB', bytes / 1024];
  return `${Number(size.toFixed(1))} ${unit} (${exact})`;
}

/**
 * The ~6,700 characters a Chinese page is mostly made of: GB2312 level 1
 * (3,755 common Simplified characters) and Big5 level 1 (5,401 common
 * Traditional ones). Derived from the decoders themselves, so no word list
 * has to be shipped: each standard orders its common level as a byte range.
 */
let commonHan: Set<string> | undefined;

function commonHanSet(): Set<string> {
  if (commonHan) return commonHan;
  const set = new Set<string>();
  addRange(set, 'gb18030', [0xb0, 0xd7], [[0xa1, 0xfe]]);
  addRange(
    set,
    'big5',
    [0xa4, 0xc6],
    [
      [0x40, 0x7e],
      [0xa1, 0xfe],
    ],
  );
  commonHan = set;
  return set;
}

function addRange(set: Set<string>, encoding: string, [lead0, lead1]: number[], trails: number[][]): void {
  const decoder = new TextDecoder(encoding);
  for (let lead = lead0!; lead <= lead1!; lead++) {
    for (const [t0, t1] of trails) {
      for (let trail = t0!; trail <= t1!; trail++) {
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (/^\p{Script=Han}$/u.test(char)) set.add(char);
      }
    }
  }
}

/**
 * Whether a character is among the common Chinese characters of either script.
 * @example isCommonHan('产') // true
 * @example isCommonHan('椖') // false
 */
export function isCommonHan(char: string): boolean {
  return commonHanSet().has(char);
}

/** Punctuation and symbols Chinese pages use: CJK punctuation, full-width forms, quotes and dashes. */
const CHINESE_PUNCTUATION = /[\u3000-\u303F\uFF00-\uFFEF\u2010-\u2027\u2030-\u205E\u00B7\u00D7\u00B0]/u;

/**
 * The share of non-ASCII characters that a Chinese page plausibly contains
 * (common characters of either script, Chinese punctuation); 1 for pure ASCII.
 * Mojibake is full of rare characters, kana, box drawing and private-use
 * characters, so it scores low.
 * @example plausibility('青岛产业园。') // 1
 * @example plausibility('鐪佹柊╉') // 0
 */
export function plausibility(text: string): number {
  const common = commonHanSet();
  let total = 0;
  let good = 0;
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) continue;
    total++;
    if (common.has(char) || CHINESE_PUNCTUATION.test(char)) good++;
  }
  return total === 0 ? 1 : good / total;
}

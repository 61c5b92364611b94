/**
 * Folding text for matching: one code unit in, one code unit out, so offsets
 * in the folded text are offsets in the original. Traditional and variant
 * characters fold to Simplified (積 → 积, 臺 → 台), full-width Latin and
 * punctuation to ASCII, Latin letters to lower case. Names and article text
 * are folded the same way, so one Simplified lexicon matches both scripts.
 */
import { toHans } from '../convert-script.ts';

// OpenCC is called once per distinct character ever seen, and the answer is
// kept in a table indexed by code unit (0: not looked up yet); a corpus uses a
// few thousand characters, so this stays cheap.
const table = new Uint16Array(0x10000);

function foldCode(code: number): number {
  const known = table[code] as number;
  if (known !== 0) return known;
  let folded = code;
  if (code >= 0x41 && code <= 0x5a) folded = code + 32;
  else if (code >= 0xff01 && code <= 0xff5e) folded = foldCode(code - 0xfee0);
  else if (code === 0x3000) folded = 0x20;
  else if (code >= 0x2e80 && (code < 0xd800 || code > 0xdfff)) {
    // Surrogate halves and non-CJK letters are kept as they are.
    const converted = toHans(String.fromCharCode(code));
    if (converted.length === 1) folded = converted.charCodeAt(0);
  }
  table[code] = folded;
  return folded;
}

/** Fold one UTF-16 code unit (given as a one-unit string). */
export function foldChar(ch: string): string {
  return String.fromCharCode(foldCode(ch.charCodeAt(0)));
}

/**
 * Fold a whole text; the result has the same length as the input.
 * @example foldText('積體電路產業園（ＩＣ）') // '积体电路产业园(ic)'
 */
export function foldText(text: string): string {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = foldCode(text.charCodeAt(i));
  let out = '';
  // fromCharCode takes its arguments on the stack: convert in chunks.
  for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode(...codes.subarray(i, i + 4096));
  return out;
}

/** True for ASCII letters and digits, the characters a Latin key must not be glued to. */
export function isAsciiAlnum(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** True for a Han character. */
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && /\p{Script=Han}/u.test(ch);
}

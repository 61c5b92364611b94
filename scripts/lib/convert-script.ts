/**
 * Conversion between Simplified and Traditional Chinese with OpenCC.
 *
 * Variants, chosen on purpose:
 * - Simplified → Traditional uses `cn → tw`: Taiwan's standard character
 *   forms, *without* the `twp` phrase table. Phrase conversion swaps words
 *   (软件 → 軟體, 网络 → 網路), which would put vocabulary in a journalist's
 *   mouth that the source never used; we convert characters only.
 * - Traditional → Simplified uses `tw → cn`, which also folds Taiwan and Hong
 *   Kong variant characters (裡, 裏) into the mainland standard.
 * The original script of an article is never passed through a converter.
 */
import * as OpenCC from 'opencc-js';
import type { Script } from './types.ts';

const hansToHant = OpenCC.Converter({ from: 'cn', to: 'tw' });
const hantToHans = OpenCC.Converter({ from: 'tw', to: 'cn' });

/**
 * Simplified → Traditional (characters only).
 * @example toHant('集成电路产业园') // '集成電路產業園'
 */
export function toHant(text: string): string {
  return hansToHant(text);
}

/**
 * Traditional → Simplified.
 * @example toHans('積體電路') // '积体电路'
 */
export function toHans(text: string): string {
  return hantToHans(text);
}

/** Convert `text`, written in `from`, to the script `to`; identity when they match. */
export function convertScript(text: string, from: Script, to: Script): string {
  if (from === to) return text;
  return to === 'hant' ? toHant(text) : toHans(text);
}

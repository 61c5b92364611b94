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

/** The entries of an OpenCC dictionary, whether packed as `k v|k v` or as pairs. */
function entries(dict: OpenCC.DictLike): (readonly [string, string])[] {
  if (typeof dict !== 'string') return [...dict];
  return dict.split('|').map((entry) => {
    const [key = '', value = ''] = entry.split(' ');
    return [key, value] as const;
  });
}

/**
 * OpenCC matches greedily, so its phrase 上签 → 上籤 (drawing a lot) swallows
 * the 签 of the word after it: 网上签约 → 網上籤約, 会上签下 → 會上籤下. For
 * every 签-word OpenCC itself writes with 簽, 上 + that word keeps 簽. Built
 * from OpenCC's own phrase table, not typed by hand.
 * @example shangBeforeSigning([['签约', '簽約']]) // [['上签约', '上簽約']]
 */
export function shangBeforeSigning(phrases: readonly (readonly [string, string])[]): [string, string][] {
  const known = new Set(phrases.map(([key]) => key));
  return phrases
    .filter(([key, value]) => key.startsWith('签') && value.startsWith('簽') && !known.has(`上${key}`))
    .map(([key, value]) => [`上${key}`, `上${value}`]);
}

function preset(table: Record<string, readonly OpenCC.DictGroup[]>, name: string): readonly OpenCC.DictGroup[] {
  const groups = table[name];
  if (!groups) throw new Error(`opencc-js has no preset ${name}`);
  return groups;
}

/** OpenCC's `cn` → standard stage, with the 上+签 phrases added to each group. */
function simplifiedToStandard(): OpenCC.DictGroup[] {
  return preset(OpenCC.Locale.from, 'cn').map((group) => [...group, shangBeforeSigning(group.flatMap(entries))]);
}

const hansToHant = OpenCC.ConverterFactory(simplifiedToStandard(), preset(OpenCC.Locale.to, 'tw'));
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

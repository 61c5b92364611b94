/**
 * Taiwan Traditional → Simplified character by character, with the same
 * tables as the full tw→cn converter minus its phrase tables (29 KB instead
 * of 104). Exact for queries without the characters
 * `t2sAmbiguousCharacters` lists; the search page loads this chunk for those
 * and the full converter otherwise. Nor does it carry the table of
 * compatibility ideographs (7 KB): a query holding one always needs the full
 * converter (`needsPhrases`).
 */
import { ConverterFactory } from 'opencc-js/core';
import characters from 'opencc-js/dict/TSCharacters';
import variants from 'opencc-js/dict/TWVariantsRev';

/**
 * Convert a Traditional query to Simplified, character by character.
 * @example convertToHans('積體電路') // '积体电路'
 */
export const convertToHans: (text: string) => string = ConverterFactory([variants], [characters]);

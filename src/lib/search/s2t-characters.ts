/**
 * Simplified → Traditional character by character, with the same tables as
 * the full cn→tw converter minus its phrase tables (45 KB instead of 1 MB).
 * Exact for queries without the characters `ambiguousCharacters` lists; the
 * search page loads this chunk for those and the full converter otherwise,
 * as for any query holding a compatibility ideograph (`needsPhrases`), so
 * their table is left out.
 */
import { ConverterFactory } from 'opencc-js/core';
import characters from 'opencc-js/dict/STCharacters';
import variants from 'opencc-js/dict/TWVariants';
import variantPhrases from 'opencc-js/dict/TWVariantsPhrases';

/**
 * Convert a Simplified query to Taiwan Traditional, character by character.
 * @example convertCharacters('集成电路') // '集成電路'
 */
export const convertCharacters: (text: string) => string = ConverterFactory([characters], [variantPhrases, variants]);

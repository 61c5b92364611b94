/**
 * Stable article ids, derived from what the article says rather than from
 * the seed file's name or position.
 */
import { createHash } from 'node:crypto';
import { toHans } from './convert-script.ts';

/** SHA-256 of bytes or text, as lower-case hex. */
export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * The title reduced to what identifies it: Simplified script, letters and
 * digits only, so punctuation, spacing and the page's script do not matter.
 */
export function titleKey(title: string): string {
  return toHans(title)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The article id: its publication date (or `undated`) and a short hash of
 * its title, e.g. `2020-04-21-5c1f0e9a`. The same article saved from another
 * site, in the other script or under another file name gets the same id.
 * @example articleId('华为牵手青岛', '2021-05-19') // '2021-05-19-…'
 */
export function articleId(title: string, date: string | null): string {
  return `${date ?? 'undated'}-${sha256Hex(titleKey(title)).slice(0, 8)}`;
}

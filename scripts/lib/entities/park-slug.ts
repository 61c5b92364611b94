/**
 * Ids of parks found in articles but absent from the curated table: the city
 * id, then the toneless pinyin of the name without its city prefix, the
 * proper part and the park-type suffix as two words, 园区 read as 园
 * (深圳富士康工业园区 in Shenzhen → shenzhen-fushikang-gongyeyuan). The id
 * depends only on the city and the name, so the same park found again in a
 * later article gets the same page.
 */
import { pinyin } from 'pinyin-pro';
import { toHans } from '../convert-script.ts';

function syllables(text: string): string {
  if (text === '') return '';
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/ü/g, 'v')
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The id of a new park.
 * @example newParkId('shenzhen', '深圳富士康工业园区', '工业园区', ['深圳市', '深圳']) // 'shenzhen-fushikang-gongyeyuan'
 */
export function newParkId(cityId: string, name: string, suffix: string, placeNames: readonly string[]): string {
  let rest = toHans(name);
  // Drop leading place names (河南省航田产业园 and 航田产业园 are one park).
  for (let again = true; again;) {
    const prefix = placeNames.find((n) => n !== '' && rest.startsWith(n) && rest.length > n.length);
    again = prefix !== undefined;
    if (prefix) rest = rest.slice(prefix.length);
  }
  const proper = rest.endsWith(suffix) ? rest.slice(0, rest.length - suffix.length) : rest;
  // 产业园 and 产业园区 name the same park.
  const kind = rest.slice(proper.length).replace(/(园)区$/u, '$1');
  const words = [syllables(proper), syllables(kind)].filter((w) => w !== '');
  return [cityId, ...words].join('-');
}

/**
 * Folding at index time: a page that uses a regional term or an alias
 * (积体电路, 晶片, "chips") is also indexed under the locale's own words for
 * it (集成电路; 晶圆, 芯片; "integrated circuits"), from the same table the
 * search page folds queries with. A query in the locale's own words then
 * finds such pages in one search, and a query holding a regional term is
 * searched as those words only (`expandQuery`): before, every query for
 * 集成电路 also searched four regional variants, and their index chunks were
 * a quarter of what a first search downloaded.
 */
import { escapeXml } from '../charts/markup.ts';
import { decodeEntities } from './excerpt.ts';
import { findTerms, type FoldingTable } from './folding.ts';

/**
 * The locale's words for the table terms a text uses, once each, sorted,
 * leaving out those the text already has.
 * @example foldedKeywords('新竹的晶片厂', { 晶片: ['晶圆', '芯片'] }) // ['晶圆', '芯片']
 */
export function foldedKeywords(text: string, terms: FoldingTable['terms']): string[] {
  const lower = text.toLowerCase();
  const words = new Set(findTerms(lower, terms).flatMap((m) => m.equivalents));
  return [...words].filter((w) => !lower.includes(w)).sort();
}

/** The opening tag of the element marked for search, its name captured. */
export const MARKED_ELEMENT = /<([a-z][\w-]*)\s[^<>]*?\bdata-pagefind-body\b[^<>]*>/i;

/**
 * Where the content of the element marked for search starts and ends (its
 * closing tag), or null when no element is marked.
 * @example markedRange('<main data-pagefind-body><p>x</p></main>') // { from: 25, close: 33 }
 */
export function markedRange(html: string): { from: number; close: number } | null {
  const open = MARKED_ELEMENT.exec(html);
  if (!open) return null;
  const from = open.index + open[0].length;
  const close = html.lastIndexOf(`</${open[1]}>`);
  return close < from ? null : { from, close };
}

const INNERMOST_SVG = /<svg\b(?:(?!<svg\b)[\s\S])*?<\/svg>/gi;

/**
 * HTML with each `<svg>` drawing, nested ones included, replaced by a space
 * (each pass takes out the innermost), so the words beside it stay apart.
 * @example withoutDrawings('a<svg><svg></svg><text>图</text></svg>b') // 'a b'
 */
export function withoutDrawings(html: string): string {
  let out = html;
  for (let before = ''; before !== out;) {
    before = out;
    out = out.replace(INNERMOST_SVG, ' ');
  }
  return out;
}

/** Where the element marked for search closes, and its text (no tags, no drawings). */
function indexedElement(html: string): { close: number; text: string } | null {
  const range = markedRange(html);
  if (!range) return null;
  const { from, close } = range;
  const text = decodeEntities(withoutDrawings(html.slice(from, close)).replace(/<[^>]*>/g, ' '));
  return { close, text };
}

/**
 * A page's HTML with the folded keywords of its text added at the end of
 * the element marked `data-pagefind-body`, hidden and weighted below the
 * page's own words (a page that says 集成电路 ranks above one that only
 * says 积体电路); unchanged when there are none.
 * @example withFoldedKeywords('<main data-pagefind-body><p>晶片</p></main>', { 晶片: ['芯片'] })
 *   // '<main data-pagefind-body><p>晶片</p><div hidden data-pagefind-weight="0.5">芯片</div></main>'
 */
export function withFoldedKeywords(html: string, terms: FoldingTable['terms']): string {
  const element = indexedElement(html);
  if (!element) return html;
  const words = foldedKeywords(element.text, terms);
  if (words.length === 0) return html;
  const keywords = `<div hidden data-pagefind-weight="0.5">${escapeXml(words.join(' '))}</div>`;
  return `${html.slice(0, element.close)}${keywords}${html.slice(element.close)}`;
}

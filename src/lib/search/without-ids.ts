/**
 * Pagefind keeps, in every result's fragment, the text of each element that
 * has an `id`, to offer links into the page. Article paragraphs all have one
 * (`p-3`, for citations and figure links), so each fragment held the article
 * twice; the search page links to pages, not paragraphs. The index is given
 * the page without its `id` attributes; the page served keeps them.
 */

const ID_ATTRIBUTE = /(<[a-z][\w-]*\b[^<>]*?)\sid=(?:"[^"]*"|'[^']*'|[^\s"'<>=`]+)/gi;

/**
 * A page's HTML with no `id` attribute on any element.
 * @example withoutIds('<p id="p-1" class="x">集成电路</p>') // '<p class="x">集成电路</p>'
 */
export function withoutIds(html: string): string {
  return html.replace(ID_ATTRIBUTE, '$1');
}

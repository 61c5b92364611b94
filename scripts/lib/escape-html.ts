/**
 * Escaping of untrusted text for the body of an article's Markdown file.
 *
 * Every block of an article is written as one line of HTML
 * (`<p id="p-3">…</p>`), which CommonMark reads as a raw HTML block: its
 * text is passed through untouched, so Markdown syntax (`*`, `_`, `[`, `#`,
 * backslashes) and MDX-looking text (`{}`, `import`) are already literal.
 * What remains is HTML itself: markup (`<`, `>`) and character references
 * (`&`). A line break would end the line, and a blank line the HTML block,
 * letting the rest be read as Markdown; both are written as references.
 */

const HTML_SYNTAX = /[&<>\r\n]/g;

const REFERENCES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;', '\n': '&#10;' };

/**
 * Escape `text` so that an HTML block in Markdown renders it as the same literal text.
 * @example escapeHtmlText('{alert(1)} <b>青岛</b> &amp;') // '{alert(1)} &lt;b&gt;青岛&lt;/b&gt; &amp;amp;'
 */
export function escapeHtmlText(text: string): string {
  return text.replace(HTML_SYNTAX, (c) => REFERENCES[c] ?? c);
}

/**
 * Escaping of untrusted text for the body of an MDX file.
 *
 * Every block of an article is written inside a JSX element (`<p id="p-3">…</p>`),
 * so nothing in it can start a Markdown block, an `import`/`export` or a
 * frontmatter fence. What remains is inline syntax: MDX expressions (`{}`),
 * JSX and HTML (`<>`), character references (`&`), and Markdown emphasis,
 * code, links and escapes. A backslash before ASCII punctuation is a
 * CommonMark escape, which MDX honours too, so the text renders verbatim.
 */

const INLINE_SYNTAX = /[\\`*_{}[\]<>&~|]/g;

/**
 * Escape `text` so that MDX renders it as the same literal text.
 * @example escapeMdxText('{alert(1)} <b>') // '\\{alert(1)\\} \\<b\\>'
 */
export function escapeMdxText(text: string): string {
  return text.replace(INLINE_SYNTAX, (c) => `\\${c}`);
}

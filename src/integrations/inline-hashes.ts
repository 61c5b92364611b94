/**
 * Hashes of the inline scripts and `<style>` elements of built pages, for a
 * policy that must allow exactly what the site ships inline. The site aims
 * to ship none (the lists are then empty); anything Astro or a component
 * inlines still ends up allowed by hash rather than by 'unsafe-inline'.
 */
import { createHash } from 'node:crypto';
import type { InlineHashes } from './csp-policy.ts';

// One token at a time, so text inside a comment or a quoted attribute value
// (`content="<script>…"`) is never taken for an element. Script and style
// bodies are raw text: they end at the first closing tag.
const TOKEN =
  /<!--[\s\S]*?-->|<(script|style)\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/\1\s*>|<[a-zA-Z!/](?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const ATTRIBUTE = /([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** `type` values whose inline content CSP governs (the rest are data blocks, like `application/json`). */
const GOVERNED_TYPES = new Set([
  '',
  'module',
  'text/javascript',
  'application/javascript',
  'importmap',
  'speculationrules',
]);

/** The CSP hash source of a text, unquoted. */
export function cspHash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

function attribute(attributes: string, name: string): string | undefined {
  for (const m of attributes.matchAll(ATTRIBUTE)) {
    if (m[1]?.toLowerCase() === name) return m[2] ?? m[3] ?? m[4] ?? '';
  }
  return undefined;
}

/** Whether a `<script>` with these attributes is inline code CSP decides on (no `src`, not a data block). */
export function isInlineCode(attributes: string): boolean {
  if (attribute(attributes, 'src') !== undefined) return false;
  return GOVERNED_TYPES.has((attribute(attributes, 'type') ?? '').trim().toLowerCase());
}

const STYLE_TAG = /<style\b/i;
const SCRIPT_TAG = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;

/**
 * Whether a page may hold inline code or styles: it has a `<style` or a
 * `<script` tag that is not external or a data block anywhere, comments and
 * attribute values included. Every real element would be found, so a page
 * without one needs no tokenizing: the atlas ships none, and reading its
 * pages element by element was most of the cost of `_headers`.
 * @example mayHaveInline('<script type="module" src="/a.js"></script>') // false
 */
export function mayHaveInline(html: string): boolean {
  if (STYLE_TAG.test(html)) return true;
  for (const [, attributes = ''] of html.matchAll(SCRIPT_TAG)) if (isInlineCode(attributes)) return true;
  return false;
}

/**
 * The hashes of one page's inline code and styles, in document order.
 * @example inlineHashes('<style>a{color:red}</style><script type="application/json">{}</script>') // { scripts: [], styles: ['sha256-…'] }
 */
export function inlineHashes(html: string): InlineHashes {
  if (!mayHaveInline(html)) return { scripts: [], styles: [] };
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const [, element, attributes = '', body = ''] of html.matchAll(TOKEN)) {
    if (element?.toLowerCase() === 'style') styles.push(cspHash(body));
    else if (element && isInlineCode(attributes)) scripts.push(cspHash(body));
  }
  return { scripts, styles };
}

/** The union of several pages' hashes, each list sorted and without repeats. */
export function mergeHashes(pages: Iterable<InlineHashes>): InlineHashes {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const page of pages) {
    page.scripts.forEach((h) => scripts.add(h));
    page.styles.forEach((h) => styles.add(h));
  }
  return { scripts: [...scripts].sort(), styles: [...styles].sort() };
}

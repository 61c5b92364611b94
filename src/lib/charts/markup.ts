/**
 * Writing SVG and HTML as strings, safely: every text and attribute value
 * goes through `escapeXml`, so a name from an article can never become markup.
 */

/**
 * Text escaped for XML/HTML content and attribute values.
 * @example escapeXml('<b>"青岛" & 德州</b>') // '&lt;b&gt;&quot;青岛&quot; &amp; 德州&lt;/b&gt;'
 */
export function escapeXml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Attribute value types: absent ones are left out. */
export type AttrValue = string | number | boolean | null | undefined;

/**
 * One element as markup: attributes escaped and in the given order, `false`,
 * `null` and `undefined` left out, `true` written bare. Children are markup already.
 * @example el('a', { href: '/x?a=1&b=2' }, 'Qingdao') // '<a href="/x?a=1&amp;b=2">Qingdao</a>'
 */
export function el(name: string, attributes: Record<string, AttrValue>, ...children: string[]): string {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== false && v !== null && v !== undefined)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeXml(v as string | number)}"`))
    .join('');
  return children.length === 0 && VOID_SVG.has(name)
    ? `<${name}${attrs}/>`
    : `<${name}${attrs}>${children.join('')}</${name}>`;
}

/** SVG elements written self-closed when empty. */
const VOID_SVG = new Set(['circle', 'rect', 'line', 'path', 'polyline', 'polygon', 'stop', 'use']);

/** Text content, escaped. */
export function text(value: string | number): string {
  return escapeXml(value);
}

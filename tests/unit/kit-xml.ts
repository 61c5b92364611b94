/**
 * A strict XML reader for the kit's tests: `sax` (already installed, via
 * Astro's svgo) in strict mode rejects any document that is not well-formed,
 * and the elements come back as a small tree to query.
 */
import { createRequire } from 'node:module';

/** An element: its name, attributes, text and children. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: XmlElement[];
}

interface SaxParser {
  onerror: (e: Error) => void;
  onopentag: (node: { name: string; attributes: Record<string, string> }) => void;
  onclosetag: () => void;
  ontext: (t: string) => void;
  oncdata: (t: string) => void;
  write(s: string): SaxParser;
  close(): void;
}

const sax = createRequire(import.meta.url)('sax') as { parser(strict: boolean): SaxParser };

/** The root element of a well-formed document; throws on anything else. */
export function parseXml(xml: string): XmlElement {
  const parser = sax.parser(true);
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.onerror = (e) => {
    throw e;
  };
  parser.onopentag = (node) => {
    const el: XmlElement = { name: node.name, attributes: { ...node.attributes }, text: '', children: [] };
    stack.at(-1)?.children.push(el);
    root ??= el;
    stack.push(el);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = parser.oncdata = (t) => {
    const top = stack.at(-1);
    if (top) top.text += t;
  };
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
}

/** Children of an element with a name. */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

/** The text of the one child with a name, or undefined. */
export function childText(el: XmlElement, name: string): string | undefined {
  return childrenNamed(el, name)[0]?.text;
}

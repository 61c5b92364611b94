/**
 * An article's MDX body as HTML, compiled once when the content is loaded.
 * The body is compiled by Sätteri (the MDX compiler Astro's MDX integration
 * uses) and evaluated with a JSX runtime that prints HTML strings: the same
 * markup as rendering the MDX as a component on each page, without making
 * each article a module the bundler compiles, holds and links (two per
 * article: 20,000 modules at 10,000 articles).
 *
 * Only HTML elements can be printed: a component, or an attribute that is an
 * object (a `style={{…}}`), is an error naming the file, never dropped.
 */
import { evaluate } from 'satteri';

/** The compiler's settings, as astro.config.mjs gives them to Astro's Markdown and MDX. */
export const MDX_FEATURES = { gfm: false, smartPunctuation: false } as const;

/** Bumped when this renderer's output changes, so cached entries are rendered again. */
export const MDX_HTML_VERSION = 'mdx-html 1';

const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/**
 * Text escaped as Astro escapes it in markup (`& < > ' "`).
 * @example escapeHtml('<a href="x">&') // '&lt;a href=&quot;x&quot;&gt;&amp;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>'"]/g, (c) => ENTITIES[c]!);
}

/** Markup already printed, as opposed to text still to be escaped. */
class Markup {
  readonly html: string;
  constructor(html: string) {
    this.html = html;
  }
}

const FRAGMENT = Symbol('Fragment');

function children(value: unknown): string {
  if (value === null || value === undefined || typeof value === 'boolean') return '';
  if (value instanceof Markup) return value.html;
  if (Array.isArray(value)) return value.map(children).join('');
  if (typeof value === 'string' || typeof value === 'number') return escapeHtml(String(value));
  throw new Error(`cannot print a child of type ${typeof value}`);
}

function attribute(name: string, value: unknown): string {
  if (value === false || value === null || value === undefined) return '';
  if (value === true) return ` ${name}`;
  if (typeof value === 'string' || typeof value === 'number') return ` ${name}="${escapeHtml(String(value))}"`;
  throw new Error(`the attribute ${name} is not text`);
}

function jsx(type: unknown, props: unknown): Markup {
  const { children: content, ...attributes } = props as Record<string, unknown>;
  if (type === FRAGMENT) return new Markup(children(content));
  if (typeof type !== 'string') throw new Error('MDX components cannot be used in an article; only HTML elements');
  const attrs = Object.entries(attributes)
    .map(([name, value]) => attribute(name, value))
    .join('');
  return new Markup(VOID_ELEMENTS.has(type) ? `<${type}${attrs}>` : `<${type}${attrs}>${children(content)}</${type}>`);
}

/**
 * The HTML of an MDX body (no frontmatter). Throws, naming `file`, when the
 * body does not compile or uses anything but HTML elements.
 * @example mdxToHtml('<p id="p-1">\\{x\\} & y</p>', 'a/zh-hans.mdx') // '<p id="p-1">{x} &amp; y</p>'
 */
export function mdxToHtml(body: string, file: string): string {
  try {
    const module = evaluate(body, { jsx, jsxs: jsx, Fragment: FRAGMENT, features: MDX_FEATURES }) as {
      default: (props: object) => unknown;
    };
    return children(module.default({}));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${file}: the MDX body cannot be rendered: ${reason}`, { cause: error });
  }
}

/**
 * What a browser fetches on its own when it opens a page, read from the HTML
 * and the JS it loads: stylesheets, scripts, module preloads, eager images
 * and fonts. Not counted: icons, canonical and alternate links, prefetches,
 * and anything a script fetches by itself (basemap data, map tiles, search
 * index), which is why page weights are "before any map tile".
 */

/** URLs a page makes the browser fetch, by kind, in document order. */
export interface PageLinks {
  css: string[];
  js: string[];
  img: string[];
  font: string[];
}

/** The value of one attribute of a tag's text, unescaped for `&amp;`. */
function attr(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  const value = match?.[1] ?? match?.[2] ?? match?.[3];
  return value === undefined ? null : value.replace(/&amp;/g, '&');
}

/** Every opening tag of one element name. */
function tags(html: string, name: string): string[] {
  return html.match(new RegExp(`<${name}\\b[^>]*>`, 'gi')) ?? [];
}

/** The kind a `<link>` fetches, or null when a browser does not fetch it on load. */
function linkKind(tag: string): keyof PageLinks | null {
  const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
  if (rel.includes('stylesheet')) return 'css';
  if (rel.includes('modulepreload')) return 'js';
  if (!rel.includes('preload')) return null;
  const as = (attr(tag, 'as') ?? '').toLowerCase();
  if (as === 'style') return 'css';
  if (as === 'script') return 'js';
  if (as === 'font') return 'font';
  return as === 'image' ? 'img' : null;
}

/**
 * The URLs an HTML page makes a browser fetch on load.
 * @example pageLinks('<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/m.js"></script>')
 * // { css: ['/_astro/a.css'], js: ['/_astro/m.js'], img: [], font: [] }
 */
export function pageLinks(html: string): PageLinks {
  const links: PageLinks = { css: [], js: [], img: [], font: [] };
  const add = (kind: keyof PageLinks, url: string | null): void => {
    if (url && !links[kind].includes(url)) links[kind].push(url);
  };
  for (const tag of tags(html, 'link')) {
    const kind = linkKind(tag);
    if (kind) add(kind, attr(tag, 'href'));
  }
  for (const tag of tags(html, 'script')) add('js', attr(tag, 'src'));
  for (const tag of tags(html, 'img')) {
    if ((attr(tag, 'loading') ?? '').toLowerCase() !== 'lazy') add('img', attr(tag, 'src'));
  }
  return links;
}

/**
 * Specifiers a JS module imports statically (fetched before it runs) and
 * dynamically with a literal string (fetched when that code runs). Dynamic
 * imports built from a template with `${…}` cannot be known and are left out.
 * @example moduleImports('import{a}from"./x.js";import("./y.js")') // { static: ['./x.js'], dynamic: ['./y.js'] }
 */
export function moduleImports(js: string): { static: string[]; dynamic: string[] } {
  const found = { static: new Set<string>(), dynamic: new Set<string>() };
  const quoted = String.raw`(?:"([^"\n]+)"|'([^'\n]+)'|\x60([^\x60$\n]+)\x60)`;
  for (const m of js.matchAll(
    new RegExp(String.raw`(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?${quoted}`, 'g'),
  )) {
    found.static.add((m[1] ?? m[2] ?? m[3]) as string);
  }
  for (const m of js.matchAll(new RegExp(String.raw`\bimport\s*\(\s*${quoted}\s*\)`, 'g'))) {
    found.dynamic.add((m[1] ?? m[2] ?? m[3]) as string);
  }
  return { static: [...found.static], dynamic: [...found.dynamic] };
}

/**
 * The file under the built folder that a URL names, relative to it, as seen
 * from the page at `from` (itself a path relative to the folder) on a site
 * served under `base`. Null for other origins, data URLs and paths outside `base`.
 * @example distPath('/atlas/_astro/a.css', 'cities/x/index.html', '/atlas/') // '_astro/a.css'
 */
export function distPath(url: string, from: string, base: string): string | null {
  if (/^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(url)) return null;
  const clean = url.split(/[?#]/)[0] ?? '';
  const prefix = base.endsWith('/') ? base : `${base}/`;
  let joined: string;
  if (clean.startsWith('/')) {
    if (!clean.startsWith(prefix)) return null;
    joined = clean.slice(prefix.length);
  } else {
    joined = `${from.slice(0, from.lastIndexOf('/') + 1)}${clean}`;
  }
  const parts: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else if (part !== '.' && part !== '') parts.push(part);
  }
  const path = parts.join('/');
  return joined.endsWith('/') || path === '' ? `${path}${path ? '/' : ''}index.html` : path;
}

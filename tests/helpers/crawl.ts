/**
 * A crawl of a built dist/: every internal `href`, `src`, `srcset` and form
 * `action` of every HTML page must resolve to a file, and every `#fragment`
 * to an element with that id in the target page. The site is deployed under
 * `base` (e.g. `/atlas/`), which is treated as the root of dist.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { htmlFiles } from './dist.ts';

/** A reference that does not resolve. */
export interface BrokenLink {
  page: string;
  url: string;
  reason: string;
}

const ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['form[action]', 'action'],
];

/** Every internal reference of a page (URLs as written), with the site origin's absolute URLs included. */
export function pageReferences(doc: HTMLElement, site: string): string[] {
  const urls = ATTRIBUTES.flatMap(([selector, attribute]) =>
    doc.querySelectorAll(selector).map((el) => el.getAttribute(attribute) ?? ''),
  );
  const srcsets = doc
    .querySelectorAll('[srcset]')
    .flatMap((el) => (el.getAttribute('srcset') ?? '').split(',').map((part) => part.trim().split(/\s+/)[0] ?? ''));
  const og = doc
    .querySelectorAll('meta[property="og:image"], meta[name="twitter:image"]')
    .map((m) => m.getAttribute('content') ?? '');
  return [...urls, ...srcsets, ...og].filter((u) => u !== '' && isInternal(u, site));
}

function isInternal(url: string, site: string): boolean {
  if (/^(mailto|tel|data|blob):/i.test(url)) return false;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return url.startsWith(site);
  return true;
}

/** The file in dist a site path names (`index.html` for a directory), or null. */
export function fileFor(dist: string, base: string, pathname: string): string | null {
  if (!pathname.startsWith(base)) return null;
  let rest: string;
  try {
    rest = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return null;
  }
  const file = join(dist, rest);
  if (!existsSync(file)) return null;
  if (statSync(file).isDirectory()) return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : null;
  return file;
}

/** The URL path of a page file, e.g. `cities/qingdao/index.html` → `/atlas/cities/qingdao/`. */
export function pageUrlPath(base: string, page: string): string {
  return `${base}${page.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Crawl every page of dist; returns what does not resolve (empty when the site is whole). */
export function crawl(dist: string, base: string, site = 'https://atlas.example.org'): BrokenLink[] {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let set = ids.get(file);
    if (!set) {
      const doc = parse(readFileSync(file, 'utf8'));
      set = new Set(doc.querySelectorAll('[id]').map((el) => el.getAttribute('id') ?? ''));
      ids.set(file, set);
    }
    return set;
  };
  const broken: BrokenLink[] = [];
  for (const page of htmlFiles(dist)) {
    const doc = parse(readFileSync(join(dist, page), 'utf8'));
    const here = new URL(pageUrlPath(base, page), site);
    for (const url of pageReferences(doc, site)) {
      const target = new URL(url, here);
      const file = fileFor(dist, base, target.pathname);
      if (!file) {
        broken.push({ page, url, reason: 'no such file' });
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) {
        broken.push({ page, url, reason: `no element #${fragment}` });
      }
    }
  }
  return broken;
}

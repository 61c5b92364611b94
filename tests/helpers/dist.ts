/**
 * Reading a built site in tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every HTML file of a dist folder, as paths relative to it. */
export function htmlFiles(dist: string, dir = dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return htmlFiles(dist, path);
    return d.name.endsWith('.html') ? [relative(dist, path)] : [];
  });
}

/** Parse one built page. */
export function readPage(dist: string, path: string): HTMLElement {
  const file = join(dist, path);
  if (!existsSync(file)) throw new Error(`no page ${path} in ${dist}`);
  return parse(readFileSync(file, 'utf8'));
}

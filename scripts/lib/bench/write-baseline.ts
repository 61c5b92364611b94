/**
 * Writes the bare Astro + MDX baseline project to disk, beside a
 * `node_modules` of links into the atlas's own, so it builds with the very
 * same Astro and MDX versions and no install.
 */
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { baselineFiles } from './baseline-site.ts';

/** Folders of `node_modules` that hold caches, not packages: the baseline gets its own. */
const CACHE_FOLDERS = new Set(['.astro', '.vite', '.cache']);

/**
 * Write a baseline site of `pages` pages into `dir`, linking every package
 * of `nodeModules` (one link each, so Astro's caches land in the baseline's
 * own folder and never in the atlas's).
 * @example writeBaseline('/tmp/atlas-bench-100-x/baseline', 2272, 1, '/work/main/node_modules')
 */
export function writeBaseline(dir: string, pages: number, seed: number, nodeModules: string): void {
  for (const file of baselineFiles(pages, seed)) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.content);
  }
  const modules = join(dir, 'node_modules');
  mkdirSync(modules, { recursive: true });
  for (const name of readdirSync(nodeModules)) {
    if (!CACHE_FOLDERS.has(name)) symlinkSync(join(nodeModules, name), join(modules, name));
  }
}

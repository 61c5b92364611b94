/**
 * Writes the bare Astro + MDX baseline project to disk, beside a
 * `node_modules` of links into the atlas's own, so it builds with the very
 * same Astro and MDX versions and no install.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { baselineFiles } from './baseline-site.ts';
import { linkNodeModules } from './link-modules.ts';

/**
 * Write a baseline site of `pages` pages into `dir`, with its packages
 * linked from `nodeModules`.
 * @example writeBaseline('/tmp/atlas-bench-100-x/baseline', 2272, 1, '/work/main/node_modules')
 */
export function writeBaseline(dir: string, pages: number, seed: number, nodeModules: string): void {
  for (const file of baselineFiles(pages, seed)) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.content);
  }
  linkNodeModules(dir, nodeModules);
}

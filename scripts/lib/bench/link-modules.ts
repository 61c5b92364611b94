/**
 * A `node_modules` folder of links into another one: a temporary project
 * builds with the very packages of the atlas and no install, while the
 * caches tools keep in `node_modules` (Astro's, Vite's) stay its own.
 */
import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Folders of `node_modules` that hold caches, not packages. */
const CACHE_FOLDERS = new Set(['.astro', '.vite', '.cache']);

/**
 * Create `<dir>/node_modules` with one link per package of `nodeModules`.
 * @example linkNodeModules('/tmp/atlas-bench-100-x/baseline', '/work/main/node_modules')
 */
export function linkNodeModules(dir: string, nodeModules: string): void {
  const modules = join(dir, 'node_modules');
  mkdirSync(modules, { recursive: true });
  for (const name of readdirSync(nodeModules)) {
    if (!CACHE_FOLDERS.has(name)) symlinkSync(join(nodeModules, name), join(modules, name));
  }
}

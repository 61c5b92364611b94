/**
 * Moving finished folders into the site: files made beside Astro's build
 * cannot be written into the output folder while it runs (Astro empties it
 * first), so they are made elsewhere and moved in afterwards.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Move each folder directly under `from` into `to`, replacing a folder of
 * the same name (`from/cities` → `to/cities`): one rename per folder, a copy
 * where the two are on different file systems. Returns the names moved.
 * @example moveFolders('/cache/kit/data', '/site/dist/data') // ['articles', 'cities', 'clusters', 'industries', 'parks']
 */
export function moveFolders(from: string, to: string): string[] {
  if (!existsSync(from)) return [];
  mkdirSync(to, { recursive: true });
  const names = readdirSync(from, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const name of names) {
    rmSync(join(to, name), { recursive: true, force: true });
    try {
      renameSync(join(from, name), join(to, name));
    } catch {
      cpSync(join(from, name), join(to, name), { recursive: true });
      rmSync(join(from, name), { recursive: true, force: true });
    }
  }
  return names;
}

/**
 * Fingerprints of the build's inputs: what a cache is keyed on. Reads files,
 * so it lives at the edge with the other I/O.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** Every file under `path` (or `path` itself), sorted, skipping dependency and output folders. */
export function listTree(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .filter((d) => !['node_modules', 'dist', '.astro', '.git'].includes(d.name))
    .flatMap((d) => listTree(join(path, d.name)))
    .sort();
}

/**
 * One hash over the names and contents of every file under `paths`
 * (relative to `root`, or absolute), plus any extra strings (settings that
 * change the output).
 */
export function fingerprint(root: string, paths: readonly string[], extra: readonly string[] = []): string {
  const hash = createHash('sha256');
  for (const file of paths.flatMap((p) => listTree(resolve(root, p)))) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  for (const value of extra) hash.update(value).update('\0');
  return hash.digest('hex');
}

/** What the ingest's output depends on besides the seeds: its code, the gazetteer, the dependencies. */
export const INGEST_CODE = ['scripts/ingest.ts', 'scripts/lib', 'content/gazetteer', 'package-lock.json'];

/** What the site's output depends on besides the content. */
export const SITE_CODE = ['src', 'public', 'astro.config.mjs', 'package-lock.json', 'scripts/lib'];

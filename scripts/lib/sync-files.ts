/**
 * Writes generated files into a folder, touching only what changed, and
 * removes generated files that are no longer produced. This is the one
 * module of the ingest with side effects on disk.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ContentFile } from './content-files.ts';

/** What a sync did, for the console report and for tests. */
export interface SyncStats {
  written: number;
  unchanged: number;
  removed: number;
}

function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listFiles(join(dir, d.name), `${prefix}${d.name}/`) : [`${prefix}${d.name}`],
  );
}

/**
 * Make `root/<section>/` hold exactly `files` (whose paths start with
 * `<section>/`): unchanged files are not rewritten, so a re-run with no
 * change touches nothing and file watchers stay quiet.
 */
export function syncSection(root: string, section: string, files: ContentFile[]): SyncStats {
  const stats: SyncStats = { written: 0, unchanged: 0, removed: 0 };
  const wanted = new Set(files.map((f) => f.path));
  for (const file of files) {
    const target = join(root, file.path);
    if (existsSync(target) && readFileSync(target, 'utf8') === file.contents) {
      stats.unchanged++;
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.contents);
    stats.written++;
  }
  for (const existing of listFiles(join(root, section), `${section}/`)) {
    if (wanted.has(existing)) continue;
    rmSync(join(root, existing));
    stats.removed++;
  }
  removeEmptyDirs(join(root, section));
  return stats;
}

function removeEmptyDirs(dir: string): void {
  if (!existsSync(dir)) return;
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    if (!d.isDirectory()) continue;
    const child = join(dir, d.name);
    removeEmptyDirs(child);
    if (readdirSync(child).length === 0) rmSync(child, { recursive: true });
  }
}

/**
 * A copy of the project's code as it is when a benchmark starts (the working
 * tree, or a commit). Several
 * people work in the repository at once: a commit landing during a long run
 * would otherwise mix two versions of the build into one set of figures
 * (and turn the "nothing changed" rebuild into a full one).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { linkNodeModules } from './link-modules.ts';

/** Top-level folders that are not the build's code: dependencies, history, outputs, caches, seeds. */
const LEFT_OUT = new Set(['node_modules', '.git', 'dist', '.astro', '.cache', '.bench', 'seeds']);

/** The sub-folders kept of a top-level folder; the rest of it is left out. Search timing serves and drives pages with the test helpers. */
const ONLY: Record<string, string> = { content: 'gazetteer', tests: 'helpers' };

/**
 * Whether a path (relative to the project, `/`-separated) belongs in the
 * snapshot. Of `content/`, only the committed gazetteer does: the other
 * collections are what the benchmark's own ingest writes elsewhere. Of
 * `tests/`, only the helpers the search timing uses.
 * @example inSnapshot('content/gazetteer/parks.yaml') // true
 */
export function inSnapshot(path: string): boolean {
  const [top, second] = path.split('/');
  if (top === undefined || LEFT_OUT.has(top)) return false;
  const only = ONLY[top];
  return only === undefined || second === undefined || second === only;
}

/**
 * Copy the project at `root` into `dest`, with links to its packages.
 * @example snapshotProject('/work/main', '/tmp/atlas-bench-100-x/code')
 */
export function snapshotProject(root: string, dest: string): void {
  cpSync(root, dest, {
    recursive: true,
    filter: (source) => source === root || inSnapshot(relative(root, source).split(sep).join('/')),
  });
  linkNodeModules(dest, join(root, 'node_modules'));
}

/**
 * Export a commit of the repository at `root` (any git revision: `HEAD`, a
 * hash, a branch) into `dest`, with links to the working tree's packages.
 * Reads git's object store only: the working tree and the index are not
 * touched. Returns the commit's full hash.
 * @example exportCommit('/work/main', 'HEAD', '/tmp/atlas-bench-100-x/code') // '864313d…'
 */
export function exportCommit(root: string, ref: string, dest: string): string {
  const git = (args: string[]) => spawnSync('git', args, { cwd: root, maxBuffer: 1 << 30 });
  const hash = git(['rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`]);
  if (hash.status !== 0) throw new Error(`bench: ${ref} is not a commit of ${root}: ${hash.stderr.toString().trim()}`);
  const commit = hash.stdout.toString().trim();
  const archive = git(['archive', '--format=tar', commit]);
  if (archive.status !== 0) throw new Error(`bench: git archive ${commit} failed: ${archive.stderr.toString().trim()}`);
  mkdirSync(dest, { recursive: true });
  const tar = spawnSync('tar', ['-x', '-C', dest], { input: archive.stdout });
  if (tar.status !== 0) throw new Error(`bench: unpacking ${commit} failed: ${tar.stderr.toString().trim()}`);
  linkNodeModules(dest, join(root, 'node_modules'));
  return commit;
}

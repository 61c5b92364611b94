import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { exportCommit, inSnapshot, snapshotProject } from '../../scripts/lib/bench/snapshot.ts';

const temps: string[] = [];
const temp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-snap-'));
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Write files under a folder, creating their folders. */
function writeTree(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

describe('inSnapshot', () => {
  test('keeps the code, the config, the gazetteer and the test helpers search timing uses', () => {
    for (const path of [
      'src/pages/index.astro',
      'scripts/build.ts',
      'public/geo/china.json',
      'astro.config.mjs',
      'package.json',
      'content',
      'content/gazetteer/parks.yaml',
      'tests/helpers/static-server.ts',
    ]) {
      expect(inSnapshot(path), path).toBe(true);
    }
  });

  test('leaves out dependencies, history, outputs, tests, seeds and generated collections', () => {
    for (const path of [
      'node_modules/astro/package.json',
      '.git/HEAD',
      'dist/index.html',
      '.astro/types.d.ts',
      'tests/unit/a.test.ts',
      'tests/fixtures/seeds/a.txt',
      'seeds/a.txt',
      'content/articles/x/zh-hans.mdx',
      'content/ingest-report.json',
    ]) {
      expect(inSnapshot(path), path).toBe(false);
    }
  });
});

describe('snapshotProject', () => {
  test('copies what the build needs, links the packages, and is not touched by later edits', () => {
    const root = join(temp(), 'repo');
    const files: Record<string, string> = {
      'astro.config.mjs': 'export default {};',
      'src/pages/index.astro': '<p>首页</p>',
      'content/gazetteer/parks.yaml': '- id: a',
      'content/articles/x/zh-hans.mdx': '---\n---',
      'seeds/a.txt': '新闻',
      'node_modules/astro/package.json': '{}',
      'node_modules/.vite/deps.json': '{}',
    };
    writeTree(root, files);
    const dest = join(temp(), 'code');
    snapshotProject(root, dest);
    writeFileSync(join(root, 'src/pages/index.astro'), '<p>改了</p>');
    expect(readFileSync(join(dest, 'src/pages/index.astro'), 'utf8')).toBe('<p>首页</p>');
    expect(existsSync(join(dest, 'content/gazetteer/parks.yaml'))).toBe(true);
    expect(existsSync(join(dest, 'content/articles'))).toBe(false);
    expect(existsSync(join(dest, 'seeds'))).toBe(false);
    expect(lstatSync(join(dest, 'node_modules/astro')).isSymbolicLink()).toBe(true);
    expect(existsSync(join(dest, 'node_modules/.vite'))).toBe(false);
  });
});

describe('exportCommit', () => {
  test('unpacks a commit, not the uncommitted edits of the working tree, and leaves the tree as it was', () => {
    const root = temp();
    const git = (...args: string[]) =>
      spawnSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@example.org', ...args], {
        cwd: root,
        encoding: 'utf8',
      });
    writeTree(root, { 'src/a.ts': 'export const a = 1;', 'node_modules/astro/package.json': '{}' });
    git('init', '-q');
    git('add', 'src/a.ts');
    git('commit', '-q', '-m', 'one');
    writeFileSync(join(root, 'src/a.ts'), 'export const a = 2;');
    writeTree(root, { 'src/wip.ts': 'half done' });
    const dest = join(temp(), 'code');
    const commit = exportCommit(root, 'HEAD', dest);
    expect(commit).toMatch(/^[0-9a-f]{40}$/);
    expect(readFileSync(join(dest, 'src/a.ts'), 'utf8')).toBe('export const a = 1;');
    expect(existsSync(join(dest, 'src/wip.ts'))).toBe(false);
    expect(lstatSync(join(dest, 'node_modules/astro')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(root, 'src/a.ts'), 'utf8')).toBe('export const a = 2;');
    expect(git('status', '--porcelain').stdout).toContain(' M src/a.ts');
  });

  test('names a revision that is not a commit', () => {
    const root = temp();
    spawnSync('git', ['init', '-q'], { cwd: root });
    expect(() => exportCommit(root, 'no-such-branch', join(root, 'out'))).toThrow(/no-such-branch is not a commit/);
  });
});

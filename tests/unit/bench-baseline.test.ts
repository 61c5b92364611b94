import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { baselineEntry, baselineFiles, baselineText } from '../../scripts/lib/bench/baseline-site.ts';
import { writeBaseline } from '../../scripts/lib/bench/write-baseline.ts';
import { createRandom } from '../../scripts/lib/corpus/random.ts';

const temps: string[] = [];
/** A fresh temporary folder, removed after the file's tests. */
function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-baseline-'));
  temps.push(dir);
  return dir;
}
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('baselineText', () => {
  test('is Chinese prose of about the asked length, about 3 KB for 1,000 characters', () => {
    const text = baselineText(createRandom(3));
    const body = text.replace(/\n/g, '');
    expect(body.length).toBeGreaterThanOrEqual(1000);
    expect(body.length).toBeLessThan(1300);
    expect(new TextEncoder().encode(text).length).toBeGreaterThan(2900);
    expect(body).toMatch(/^[\u4e00-\u9fff，、；。]+$/u);
    expect(text.split('\n\n').every((p) => p.endsWith('。'))).toBe(true);
  });
});

describe('baselineEntry', () => {
  test('is the same for the same seed and index and differs between indexes', () => {
    expect(baselineEntry(1, 7)).toEqual(baselineEntry(1, 7));
    expect(baselineEntry(1, 7).content).not.toBe(baselineEntry(1, 8).content);
    expect(baselineEntry(1, 7).content).not.toBe(baselineEntry(2, 7).content);
  });

  test('is an MDX file with a title in its frontmatter and nothing MDX would read as code', () => {
    const { path, content } = baselineEntry(5, 42);
    expect(path).toBe('src/content/posts/post-000042.mdx');
    expect(content).toMatch(/^---\ntitle: "[^"\n]+"\ndate: 2024-01-\d\d\n---\n\n## /);
    expect(content).not.toMatch(/[{}<>`]/);
  });
});

describe('baselineFiles', () => {
  test('hold the scaffold and one entry per page, rendered by a single catch-all route', () => {
    const files = [...baselineFiles(3, 1)];
    const paths = files.map((f) => f.path);
    expect(paths.filter((p) => p.endsWith('.mdx'))).toHaveLength(3);
    expect(paths).toEqual(
      expect.arrayContaining([
        'package.json',
        'astro.config.mjs',
        'src/content.config.ts',
        'src/pages/[...slug].astro',
      ]),
    );
    const config = files.find((f) => f.path === 'astro.config.mjs')?.content ?? '';
    expect(config).toContain('@astrojs/mdx');
    expect(config).toContain("cacheDir: './.cache/astro'");
    expect(JSON.parse(files.find((f) => f.path === 'package.json')?.content ?? '{}')).toMatchObject({ type: 'module' });
  });
});

describe('writeBaseline', () => {
  test('writes the project and links each package, but not the caches, of node_modules', () => {
    const folder = temp();
    const modules = join(folder, 'modules');
    for (const name of ['astro', '@astrojs', '.astro', '.vite', '.bin'])
      mkdirSync(join(modules, name), { recursive: true });
    writeFileSync(join(modules, 'astro', 'package.json'), '{}');
    const dir = join(folder, 'site');
    writeBaseline(dir, 2, 9, modules);
    expect(readFileSync(join(dir, 'src/content/posts/post-000001.mdx'), 'utf8')).toBe(baselineEntry(9, 1).content);
    expect(lstatSync(join(dir, 'node_modules', 'astro')).isSymbolicLink()).toBe(true);
    expect(existsSync(join(dir, 'node_modules', 'astro', 'package.json'))).toBe(true);
    expect(existsSync(join(dir, 'node_modules', '.bin'))).toBe(true);
    expect(existsSync(join(dir, 'node_modules', '.astro'))).toBe(false);
    expect(existsSync(join(dir, 'node_modules', '.vite'))).toBe(false);
  });
});

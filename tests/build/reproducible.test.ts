/**
 * Reproducible builds: the same seeds and code give a byte-identical dist/,
 * whatever folders the build uses and whatever caches it starts with.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { runBuild } from '../helpers/run-build.ts';

function digests(dir: string, root = dir): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) for (const [k, v] of digests(path, root)) out.set(k, v);
    else out.set(relative(root, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return out;
}

describe('two builds of the same seeds', () => {
  const fixture = inject('fixture');
  const root = mkdtempSync(join(tmpdir(), 'atlas-rebuild-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('are byte-identical, file for file', () => {
    const dist = join(root, 'dist');
    runBuild({ seeds: fixture.seeds, content: join(root, 'content'), dist, base: '/atlas/' });
    const first = digests(fixture.dist);
    const second = digests(dist);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
  });
});

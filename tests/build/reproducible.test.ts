/**
 * Reproducible builds: the same seeds and code give a byte-identical dist/,
 * whatever folders the build uses and whatever caches it starts with.
 */
import { spawnSync } from 'node:child_process';
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

  /** Expect a build folder to hold the same files as the fixture build, byte for byte (but for `leftOut`). */
  function expectSameAsFixture(dist: string, leftOut: readonly string[] = []): void {
    const first = digests(fixture.dist);
    for (const file of leftOut) first.delete(file);
    const second = digests(dist);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
  }

  test('are byte-identical, file for file', () => {
    const dist = join(root, 'again', 'dist');
    runBuild({ seeds: fixture.seeds, content: join(root, 'again', 'content'), dist, base: '/atlas/' });
    expectSameAsFixture(dist);
  });

  test('whether the kit files, search index and _headers are made beside and after Astro or inside Astro’s build', () => {
    // npm run build makes the share cards and per-entity downloads from the content beside Astro, and the
    // search index and _headers after it; Astro's own build (what `astro build` runs; scripts/astro-build.ts
    // only clears the variables a test runner sets) makes them all in its last steps.
    const dist = join(root, 'plain', 'dist');
    const env = {
      ...process.env,
      ATLAS_CONTENT: fixture.content,
      ATLAS_OUT: dist,
      ATLAS_CACHE: join(root, 'plain', 'cache'),
      ATLAS_BASE: '/atlas/',
      ATLAS_SITE: 'https://atlas.example.org',
      ASTRO_TELEMETRY_DISABLED: '1',
    };
    const run = spawnSync(process.execPath, ['scripts/astro-build.ts'], { env, encoding: 'utf8' });
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
    // build-report.json is the build script's own summary of the ingest.
    expectSameAsFixture(dist, ['build-report.json']);
  });
});

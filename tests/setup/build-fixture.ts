/**
 * Builds the fixture corpus once per test run: the seeds in
 * tests/fixtures/seeds plus generated bad inputs (an oversized file), through
 * the real CLI and Astro, into a temporary folder. Tests read the paths with
 * `inject('fixture')`.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { runBuild } from '../helpers/run-build.ts';

export interface FixtureBuild {
  root: string;
  seeds: string;
  content: string;
  dist: string;
  ingestLog: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    fixture: FixtureBuild;
  }
}

/** A seed just over the ingest's size limit (5 MiB by default). */
function writeOversizedSeed(dir: string): void {
  const line = '超大文件的正文内容重复出现,用来测试体积上限。\n';
  writeFileSync(join(dir, 'oversized.txt'), line.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(line)) + 10));
}

export default async function setup(project: TestProject): Promise<() => void> {
  const root = mkdtempSync(join(tmpdir(), 'atlas-fixture-'));
  const seeds = join(root, 'seeds');
  cpSync('tests/fixtures/seeds', seeds, { recursive: true });
  writeOversizedSeed(seeds);
  const fixture: FixtureBuild = {
    root,
    seeds,
    content: join(root, 'content'),
    dist: join(root, 'dist'),
    ingestLog: join(root, 'build.log'),
  };
  const log = runBuild({ seeds, content: fixture.content, dist: fixture.dist, base: '/atlas/' });
  writeFileSync(fixture.ingestLog, log);
  project.provide('fixture', fixture);
  // The teardown: a test run leaves no fixture build behind.
  return () => rmSync(root, { recursive: true, force: true });
}

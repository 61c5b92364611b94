import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import pagefindIntegration, { indexBuiltSite, indexSite } from '../../src/integrations/pagefind.ts';
import {
  PENDING_FILE,
  reserveSearchFolder,
  SEARCH_INDEX_ENV,
  searchIndexMode,
} from '../../src/integrations/pagefind-defer.ts';
import { searchMillis, searchServiceMB } from '../../scripts/lib/bench/build-log.ts';

const root = mkdtempSync(join(tmpdir(), 'atlas-search-defer-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const saved = process.env[SEARCH_INDEX_ENV];
afterEach(() => {
  if (saved === undefined) delete process.env[SEARCH_INDEX_ENV];
  else process.env[SEARCH_INDEX_ENV] = saved;
});

/** A built site of one marked page per locale. */
function site(name: string): string {
  const dir = join(root, name);
  for (const [path, lang, text] of [
    ['cities/hefei', 'zh-Hans', '合肥 新能源汽车'],
    ['zh-hant/cities/hefei', 'zh-Hant', '合肥 新能源汽車'],
    ['en/cities/hefei', 'en', 'Hefei new energy vehicles'],
  ] as const) {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(
      join(dir, path, 'index.html'),
      `<!doctype html><html lang="${lang}"><body><main data-pagefind-body><h1>${text}</h1></main></body></html>`,
    );
  }
  return dir;
}

/** What the integration logged, through a logger that records `info` lines. */
function recorder(): { logger: AstroIntegrationLogger; lines: string[] } {
  const lines: string[] = [];
  const logger = { info: (m: string) => lines.push(m), warn: () => {}, error: () => {} };
  return { logger: logger as unknown as AstroIntegrationLogger, lines };
}

async function runBuildDone(dir: string): Promise<string[]> {
  const hook = pagefindIntegration().hooks['astro:build:done'];
  if (!hook) throw new Error('the integration has no astro:build:done hook');
  const { logger, lines } = recorder();
  await hook({ dir: pathToFileURL(`${dir}/`), logger } as unknown as Parameters<typeof hook>[0]);
  return lines;
}

describe('searchIndexMode', () => {
  test('indexes inside the build when the variable is unset or empty, and defers when it says defer', () => {
    expect(searchIndexMode({})).toBe('build');
    expect(searchIndexMode({ [SEARCH_INDEX_ENV]: '' })).toBe('build');
    expect(searchIndexMode({ [SEARCH_INDEX_ENV]: 'defer' })).toBe('defer');
    expect(searchIndexMode({ [SEARCH_INDEX_ENV]: ' defer ' })).toBe('defer');
  });

  test('rejects any other value, naming the variable, rather than building a site without search', () => {
    expect(() => searchIndexMode({ [SEARCH_INDEX_ENV]: 'deffer' })).toThrow(/ATLAS_SEARCH_INDEX is "deffer"/);
    expect(() => searchIndexMode({ [SEARCH_INDEX_ENV]: 'off' })).toThrow(SEARCH_INDEX_ENV);
  });
});

describe('the atlas:pagefind integration', () => {
  test('with no setting, indexes the built site before Astro ends, as a plain astro build always did', async () => {
    delete process.env[SEARCH_INDEX_ENV];
    const dir = site('in-build');
    const lines = await runBuildDone(dir);
    expect(readdirSync(join(dir, 'pagefind')).sort()).toEqual(['en', 'zh-hans', 'zh-hant']);
    expect(lines.some((l) => l.startsWith('indexed 3 pages'))).toBe(true);
  });

  test('with ATLAS_SEARCH_INDEX=defer, writes no index but holds the pagefind/ folder for _headers', async () => {
    process.env[SEARCH_INDEX_ENV] = 'defer';
    const dir = site('deferred');
    const lines = await runBuildDone(dir);
    expect(readdirSync(join(dir, 'pagefind'))).toEqual([PENDING_FILE]);
    expect(lines).toEqual([expect.stringContaining(`${SEARCH_INDEX_ENV}=defer`)]);
  });

  test('checks the setting when the config is done, before any page is rendered', () => {
    process.env[SEARCH_INDEX_ENV] = 'later';
    const hook = pagefindIntegration().hooks['astro:config:done'];
    expect(() => hook?.({} as Parameters<NonNullable<typeof hook>>[0])).toThrow(/later/);
  });
});

describe('indexing after the build', () => {
  test('replaces the held folder with one bundle per locale', async () => {
    const dir = site('after');
    await reserveSearchFolder(dir);
    await indexSite(dir);
    expect(existsSync(join(dir, 'pagefind', PENDING_FILE))).toBe(false);
    expect(readdirSync(join(dir, 'pagefind')).sort()).toEqual(['en', 'zh-hans', 'zh-hant']);
  });

  test('logs the line the bench reads its search time and indexer peak from', async () => {
    const dir = site('logged');
    const lines: string[] = [];
    const report = await indexBuiltSite(dir, { info: (m) => lines.push(`[atlas:pagefind] ${m}`) });
    expect(lines).toHaveLength(1);
    const line = lines[0] ?? '';
    expect(line).toContain(`indexed ${report.pages} pages`);
    expect(searchMillis(line)).toBeGreaterThanOrEqual(Math.max(...Object.values(report.millis)));
    if (process.platform === 'linux') expect(searchServiceMB(line)).toBe(Math.max(...Object.values(report.serviceMB)));
  });
});

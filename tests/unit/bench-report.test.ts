import { describe, expect, test } from 'vitest';
import { parseBenchArgs } from '../../scripts/lib/bench/args.ts';
import {
  astroPages,
  astroSteps,
  describeRoutes,
  logTail,
  routeCosts,
  routeKind,
  searchMillis,
  searchServiceMB,
} from '../../scripts/lib/bench/build-log.ts';
import { benchJson, checkTargets, describeFigures, type BenchFigures } from '../../scripts/lib/bench/report.ts';
import { searchFigures, type SearchRow } from '../../scripts/lib/bench/search-summary.ts';

const ISSUE_KEYS = [
  'articles',
  'pages',
  'seconds',
  'outDir',
  'ingestSeconds',
  'astroSeconds',
  'searchSeconds',
  'peakRssMB',
  'distMB',
  'searchIndexMB',
  'homeKB',
  'articleKB',
  'mapPageJsKB',
  'searchFirstQueryMs',
  'searchQueryKB',
];

function figures(over: Partial<BenchFigures> = {}): BenchFigures {
  return {
    articles: 1000,
    pages: 22_000,
    seconds: 312.3456,
    outDir: '/tmp/atlas-bench-1000-x/dist',
    ingestSeconds: 20.123,
    astroSeconds: 290.9,
    searchSeconds: 41.25,
    peakRssMB: 3012.44,
    distMB: 612.06,
    searchIndexMB: 40.55,
    homeKB: 80.04,
    articleKB: 12.66,
    mapPageJsKB: 44.31,
    searchFirstQueryMs: 212.6,
    searchQueryKB: 140.2,
    msPerPage: 14.197,
    cpuSeconds: 400.55,
    cpuMsPerPage: 18.207,
    astroBundleSeconds: 30.7,
    astroRenderSeconds: 200.25,
    articleMedianKB: 10.2,
    articleJsKB: 0,
    searchOpenKB: 30.1,
    searchPeakRssMB: 812,
    rebuildSeconds: 3.5,
    rebuildSpeedup: 89.24,
    baselinePages: 22_000,
    baselineSeconds: 260,
    baselineMsPerPage: 11.818,
    baselineCpuMsPerPage: 13.5,
    baselinePeakRssMB: 2000,
    ratio: 1.2013,
    cpuRatio: 1.3487,
    loadAverage: 3.456,
    cores: 2,
    codeVersion: '0123456789ab',
    ...over,
  };
}

describe('benchJson', () => {
  test('is one line starting with every key the issue lists, in its order, with rounded numbers', () => {
    const line = benchJson(figures());
    expect(line).not.toContain('\n');
    const parsed = JSON.parse(line) as Record<string, unknown>;
    expect(Object.keys(parsed).slice(0, ISSUE_KEYS.length)).toEqual(ISSUE_KEYS);
    expect(parsed).toMatchObject({
      seconds: 312.35,
      peakRssMB: 3012.4,
      searchFirstQueryMs: 213,
      ratio: 1.2,
      msPerPage: 14.2,
    });
    expect(parsed.outDir).toBe('/tmp/atlas-bench-1000-x/dist');
  });

  test('keeps figures that were not measured as null', () => {
    const parsed = JSON.parse(benchJson(figures({ searchFirstQueryMs: null, ratio: null }))) as Record<string, unknown>;
    expect(parsed.searchFirstQueryMs).toBeNull();
    expect(parsed.ratio).toBeNull();
  });
});

describe('checkTargets', () => {
  const verdict = (f: BenchFigures, start: string) => checkTargets(f).find((t) => t.target.startsWith(start))?.met;

  test('judges page weights and the rebuild at any size', () => {
    expect(verdict(figures({ articles: 10, articleKB: 40.5 }), 'article page ≤ 40')).toBe(false);
    expect(verdict(figures({ articles: 10, homeKB: 119 }), 'home page')).toBe(true);
    expect(verdict(figures({ rebuildSpeedup: 4.9 }), 'unchanged rebuild')).toBe(false);
    expect(verdict(figures({ rebuildSpeedup: null }), 'unchanged rebuild')).toBeNull();
  });

  test('judges the scale targets only at the corpus size they are stated for', () => {
    expect(verdict(figures({ articles: 100, ratio: 3 }), 'build cost per page')).toBeNull();
    expect(verdict(figures({ articles: 1000, ratio: 1.2 }), 'build cost per page')).toBe(false);
    expect(verdict(figures({ articles: 1000, seconds: 900 }), 'whole build')).toBeNull();
    expect(verdict(figures({ articles: 10_000, seconds: 599 }), 'whole build')).toBe(true);
    expect(verdict(figures({ articles: 10_000, peakRssMB: 8200 }), 'peak memory')).toBe(false);
    expect(verdict(figures({ articles: 10_000, searchQueryKB: 301 }), 'first search fetches')).toBe(false);
  });
});

describe('describeFigures', () => {
  test('prints the per-page cost, the baseline ratio and a verdict line per target', () => {
    const lines = describeFigures(figures());
    expect(lines[0]).toContain('14.20 ms a page');
    expect(lines.join('\n')).toContain('ratio 1.20 × (CPU 1.35 ×)');
    expect(lines.filter((l) => l.includes('target:'))).toHaveLength(checkTargets(figures()).length);
    expect(lines.join('\n')).toMatch(/build cost per page.*MISSED/);
  });

  test('leaves out the rebuild, search and baseline lines when they were not run', () => {
    const text = describeFigures(
      figures({ rebuildSeconds: null, searchFirstQueryMs: null, baselineMsPerPage: null }),
    ).join('\n');
    expect(text).not.toMatch(/rebuild, nothing changed|search: first query|baseline: bare/);
  });
});

describe('parseBenchArgs', () => {
  test('reads the article count and the switches, search left to the run when not given', () => {
    expect(parseBenchArgs(['--articles', '1000', '--baseline', '--rebuild', '--seed', '7'])).toEqual({
      articles: 1000,
      seed: 7,
      keep: false,
      baseline: true,
      rebuild: true,
      search: undefined,
      commit: undefined,
    });
    expect(parseBenchArgs(['--articles=5', '--no-search', '--keep', '--commit', 'HEAD~1'])).toMatchObject({
      articles: 5,
      search: false,
      keep: true,
      commit: 'HEAD~1',
    });
  });

  test('refuses a missing or bad count and unknown options, with the usage line', () => {
    expect(() => parseBenchArgs([])).toThrow(/--articles.*\n.*usage/);
    expect(() => parseBenchArgs(['--articles', '2.5'])).toThrow(/--articles/);
    expect(() => parseBenchArgs(['--articles', '0'])).toThrow(/at least 1/);
    expect(() => parseBenchArgs(['--articles', '10', '--fast'])).toThrow(/usage/);
  });
});

describe('build log', () => {
  const log = [
    '01:06:15 [build] Building static entrypoints...',
    '01:06:40 [build] 2272 page(s) built in 27.33s',
    '01:06:52 [atlas:pagefind] indexed 2272 pages (en 757, zh-hans 758, zh-hant 757) → /tmp/d/pagefind in 11874 ms',
    'build: site built in 40.1s → /tmp/d',
  ].join('\n');

  test('gives the search indexing time and the page count Astro printed', () => {
    expect(searchMillis(log)).toBe(11874);
    expect(astroPages(log)).toBe(2272);
  });

  test("gives the largest per-locale Pagefind service peak from the integration's line", () => {
    const line =
      '01:06:52 [atlas:pagefind] indexed 6 pages (en 2 (900 ms, service peak 310 MB), zh-hans 2 (1200 ms, service peak 455.5 MB), zh-hant 2 (1100 ms, service peak 440 MB)) → /tmp/d/pagefind in 3300 ms';
    expect(searchServiceMB(`${log}\n${line}`)).toBe(455.5);
    expect(searchMillis(`${log}\n${line}`)).toBe(3300);
    expect(searchServiceMB(log)).toBeNull();
  });

  test('reads the line the build script prints once Astro has exited, as it read the integration’s', () => {
    const after = [
      '01:06:40 [atlas:pagefind] search index left to the caller (ATLAS_SEARCH_INDEX=defer)',
      '01:06:40 [build] Complete!',
      '[atlas:pagefind] indexed 6 pages (en 2 (900 ms, service peak 310 MB), zh-hans 2 (1200 ms, service peak 455 MB)) → /tmp/d/pagefind in 2150 ms',
    ].join('\n');
    expect(searchMillis(after)).toBe(2150);
    expect(searchServiceMB(after)).toBe(455);
  });

  test('gives null when the build printed no such line', () => {
    expect(searchMillis('build: nothing changed since the last build')).toBeNull();
    expect(astroPages('')).toBeNull();
  });

  test('splits Astro into bundling and page generation, in any duration format', () => {
    const steps = [
      '01:23:14 [build] Building static entrypoints...',
      '01:23:45 [vite] ✓ built in 30.70s',
      '01:23:46 [vite] ✓ built in 219ms',
      ' generating static routes ',
      '01:25:50 ✓ Completed in 2m 4.5s.',
      '01:25:50 [build] ✓ Completed in 2m 6s.',
    ].join('\n');
    expect(astroSteps(steps)).toEqual({ bundleSeconds: 30.7, renderSeconds: 124.5 });
    expect(astroSteps('[vite] ✓ built in 850ms')).toEqual({ bundleSeconds: 0.85, renderSeconds: null });
    // A bundle over a minute, then the client build's short one: the first is the bundle.
    expect(astroSteps('[vite] ✓ built in 1m 59s\n[vite] ✓ built in 446ms').bundleSeconds).toBe(119);
  });

  test('keeps the last lines for an error message', () => {
    expect(logTail(log, 2).split('\n')).toEqual(log.split('\n').slice(-2));
  });
});

describe('searchFigures', () => {
  const span = (ms: number, totalGzip: number) => ({ ms, results: 3, requests: 4, total: totalGzip * 2, totalGzip });
  const row = (ms: number, kb: number, openKB = 20): SearchRow => ({
    path: 'search/',
    query: '集成电路',
    open: span(0, openKB * 1024),
    first: span(ms, kb * 1024),
    warm: span(5, 0),
  });

  test('takes the median first-query latency and the largest first-query transfer', () => {
    const f = searchFigures([row(100, 50), row(900, 20), row(300, 310, 40)]);
    expect(f).toEqual({ firstQueryMs: 300, queryKB: 310, queryMedianKB: 50, openKB: 40, queries: 3 });
  });

  test('is null with no rows', () => {
    expect(searchFigures([])).toBeNull();
  });
});

describe('routeCosts', () => {
  test('names a route by its first folder, without locale folders, and files by their extension', () => {
    expect(routeKind('/index.html')).toBe('home');
    expect(routeKind('/en/index.html')).toBe('home');
    expect(routeKind('/zh-hant/cities/qingdao/index.html')).toBe('cities');
    expect(routeKind('/articles/index.html')).toBe('articles');
    expect(routeKind('/og/zh-hans/articles/2024-01-02-ab.png')).toBe('og .png');
    expect(routeKind('/data/atlas.json')).toBe('data .json');
    expect(routeKind('/404.html')).toBe('404.html');
  });

  test('sums the render time of each kind of route, costliest first', () => {
    const log = [
      ' generating static routes ',
      '01:23:49   ├─ /404.html (+68ms) ',
      '01:23:49   ├─ /cities/a/index.html (+20ms) ',
      '01:23:49   ├─ /en/cities/a/index.html (+30ms) ',
      '01:23:50   ├─ /articles/x/index.html (+1.5s) ',
      '01:23:50   └─ /en/index.html (+7ms) ',
    ].join('\n');
    expect(routeCosts(log)).toEqual([
      { kind: 'articles', pages: 1, ms: 1500 },
      { kind: '404.html', pages: 1, ms: 68 },
      { kind: 'cities', pages: 2, ms: 50 },
      { kind: 'home', pages: 1, ms: 7 },
    ]);
    expect(describeRoutes(routeCosts(log), 1)).toEqual([
      '  render: articles 1 pages, 92% of page time (1500.0 ms each, overlapping)',
    ]);
  });
});

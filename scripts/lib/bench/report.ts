/**
 * The benchmark's report: every figure in one record, the targets of issue 8
 * checked against it, the human-readable lines and the final JSON line.
 */

/** Every figure one run measures; null when that part was not measured. */
export interface BenchFigures {
  articles: number;
  pages: number;
  seconds: number;
  outDir: string;
  ingestSeconds: number | null;
  /** Astro's process; builds from before the index moved out of it (issue 8) include the index in it. */
  astroSeconds: number | null;
  /** The search index, built after Astro's process has exited. */
  searchSeconds: number | null;
  peakRssMB: number;
  distMB: number;
  searchIndexMB: number;
  homeKB: number | null;
  articleKB: number | null;
  mapPageJsKB: number | null;
  searchFirstQueryMs: number | null;
  searchQueryKB: number | null;
  msPerPage: number;
  /** CPU time of the build's process tree (all cores), steadier than wall time on a shared machine. */
  cpuSeconds: number | null;
  cpuMsPerPage: number | null;
  /** Astro's bundling of entry points (Vite) and its page generation, from its log. */
  astroBundleSeconds: number | null;
  astroRenderSeconds: number | null;
  articleMedianKB: number | null;
  articleJsKB: number | null;
  searchOpenKB: number | null;
  /** Peak memory of the largest Pagefind service process (one runs per locale). */
  searchPeakRssMB: number | null;
  rebuildSeconds: number | null;
  rebuildSpeedup: number | null;
  baselinePages: number | null;
  baselineSeconds: number | null;
  baselineMsPerPage: number | null;
  baselineCpuMsPerPage: number | null;
  baselinePeakRssMB: number | null;
  ratio: number | null;
  /** The same ratio in CPU time. */
  cpuRatio: number | null;
  loadAverage: number;
  cores: number;
  /** Short hash of the code the build ran (a snapshot taken at the start). */
  codeVersion: string;
}

/** Keys in the order the issue lists them, then the extras. */
const ORDER: (keyof BenchFigures)[] = [
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
  'msPerPage',
  'cpuSeconds',
  'cpuMsPerPage',
  'astroBundleSeconds',
  'astroRenderSeconds',
  'articleMedianKB',
  'articleJsKB',
  'searchOpenKB',
  'searchPeakRssMB',
  'rebuildSeconds',
  'rebuildSpeedup',
  'baselinePages',
  'baselineSeconds',
  'baselineMsPerPage',
  'baselineCpuMsPerPage',
  'baselinePeakRssMB',
  'ratio',
  'cpuRatio',
  'loadAverage',
  'cores',
  'codeVersion',
];

/** Round to `digits` decimals, keeping null. */
function round(value: number | null, digits: number): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Decimals each figure is printed with: clock readings and sizes do not have more precision than this. */
function digitsOf(key: keyof BenchFigures): number {
  if (key === 'searchFirstQueryMs') return 0;
  if (key.endsWith('Seconds') || key === 'seconds' || key === 'ratio' || key === 'rebuildSpeedup') return 2;
  return key.endsWith('MsPerPage') || key === 'msPerPage' || key === 'loadAverage' || key === 'cpuRatio' ? 2 : 1;
}

/**
 * The final JSON line: every key the issue lists, then the extras, numbers rounded.
 * @example benchJson(figures).startsWith('{"articles":1000,"pages":') // true
 */
export function benchJson(figures: BenchFigures): string {
  const out: Record<string, unknown> = {};
  for (const key of ORDER) {
    const value = figures[key];
    out[key] = typeof value === 'number' && !Number.isInteger(value) ? round(value, digitsOf(key)) : value;
  }
  return JSON.stringify(out);
}

/** One target of the issue, checked. `met` is null when the figure was not measured or does not apply. */
export interface TargetCheck {
  target: string;
  value: number | null;
  unit: string;
  met: boolean | null;
}

/** Targets stated for corpora of at least this many articles apply only there. */
const AT_SCALE = 10_000;
const AT_BASELINE = 1_000;

function check(
  target: string,
  value: number | null,
  unit: string,
  ok: (v: number) => boolean,
  applies = true,
): TargetCheck {
  return { target, value, unit, met: value === null || !applies ? null : ok(value) };
}

/**
 * The targets against one run's figures. Targets stated for 1,000 or
 * 10,000 articles are shown for smaller runs too, but not judged.
 */
export function checkTargets(f: BenchFigures): TargetCheck[] {
  return [
    check(
      `build cost per page ≤ bare Astro + MDX (ratio ≤ 1, judged at ${AT_BASELINE}+)`,
      f.ratio,
      '×',
      (v) => v <= 1,
      f.articles >= AT_BASELINE,
    ),
    check(`whole build < 10 min (judged at ${AT_SCALE}+)`, f.seconds, 's', (v) => v < 600, f.articles >= AT_SCALE),
    check(`peak memory ≤ 8 GB (judged at ${AT_SCALE}+)`, f.peakRssMB, 'MB', (v) => v <= 8192, f.articles >= AT_SCALE),
    check('unchanged rebuild ≥ 5× faster than cold', f.rebuildSpeedup, '×', (v) => v >= 5),
    check('article page ≤ 40 KB (heaviest)', f.articleKB, 'KB', (v) => v <= 40),
    check('home page ≤ 120 KB', f.homeKB, 'KB', (v) => v <= 120),
    check('article page JS ≤ 10 KB', f.articleJsKB, 'KB', (v) => v <= 10),
    check(
      `first search ≤ 500 ms, median (judged at ${AT_SCALE}+)`,
      f.searchFirstQueryMs,
      'ms',
      (v) => v <= 500,
      f.articles >= AT_SCALE,
    ),
    check(
      `first search fetches ≤ 300 KB (judged at ${AT_SCALE}+)`,
      f.searchQueryKB,
      'KB',
      (v) => v <= 300,
      f.articles >= AT_SCALE,
    ),
  ];
}

/** A figure for a human: rounded, with its unit, or "not measured". */
function show(value: number | null, unit: string, digits = 1): string {
  return value === null ? 'not measured' : `${value.toFixed(digits)} ${unit}`.trimEnd();
}

/** The human-readable summary printed before the JSON line. */
export function describeFigures(f: BenchFigures): string[] {
  const lines = [
    `bench: ${f.articles} articles → ${f.pages} pages in ${show(f.seconds, 's', 1)} (${show(f.msPerPage, 'ms', 2)} a page; CPU ${show(f.cpuSeconds, 's', 1)}, ${show(f.cpuMsPerPage, 'ms', 2)} a page), peak RSS ${show(f.peakRssMB, 'MB', 0)}`,
    `  phases: ingest ${show(f.ingestSeconds, 's')}, astro ${show(f.astroSeconds, 's')} (bundling ${show(f.astroBundleSeconds, 's')}, pages ${show(f.astroRenderSeconds, 's')}), search index ${show(f.searchSeconds, 's')}`,
    `  output: dist ${show(f.distMB, 'MB')}, search index ${show(f.searchIndexMB, 'MB')} (indexer peak ${show(f.searchPeakRssMB, 'MB', 0)}) in ${f.outDir}`,
    `  weights (gzip, before map data): home ${show(f.homeKB, 'KB')}, article heaviest ${show(f.articleKB, 'KB')} / median ${show(f.articleMedianKB, 'KB')}, article JS ${show(f.articleJsKB, 'KB')}, city page JS ${show(f.mapPageJsKB, 'KB')}`,
  ];
  if (f.searchFirstQueryMs !== null) {
    lines.push(
      `  search: first query ${show(f.searchFirstQueryMs, 'ms', 0)} (median), fetched ≤ ${show(f.searchQueryKB, 'KB')}, page open ≤ ${show(f.searchOpenKB, 'KB')}`,
    );
  }
  if (f.rebuildSeconds !== null) {
    lines.push(
      `  rebuild, nothing changed: ${show(f.rebuildSeconds, 's', 2)} (${show(f.rebuildSpeedup, '×')} faster than cold)`,
    );
  }
  if (f.baselineMsPerPage !== null) {
    lines.push(
      `  baseline: bare Astro + MDX, ${f.baselinePages} pages in ${show(f.baselineSeconds, 's')} = ${show(f.baselineMsPerPage, 'ms', 2)} a page (CPU ${show(f.baselineCpuMsPerPage, 'ms', 2)} a page, peak ${show(f.baselinePeakRssMB, 'MB', 0)}); atlas/baseline ratio ${show(f.ratio, '×', 2)} (CPU ${show(f.cpuRatio, '×', 2)})`,
    );
  }
  lines.push(
    `  machine: ${f.cores} cores, load average ${f.loadAverage.toFixed(2)} at the start; code ${f.codeVersion}`,
  );
  for (const t of checkTargets(f)) {
    const verdict = t.met === null ? 'not judged' : t.met ? 'met' : 'MISSED';
    lines.push(`  target: ${t.target}: ${show(t.value, t.unit, 2)} — ${verdict}`);
  }
  return lines;
}

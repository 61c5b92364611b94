/**
 * Figures read from what a build printed: the search indexer's own timing
 * and the page count Astro reports.
 */

/**
 * Milliseconds the search index took, from the line logged when it is
 * written (`[atlas:pagefind] indexed … in 1234 ms`, by `scripts/build.ts`
 * after Astro has exited, or by the integration inside a plain `astro build`);
 * null when the build printed none (no search index, or nothing was rebuilt).
 * @example searchMillis('12:00:01 [atlas:pagefind] indexed 9 pages (en 3) → /d/pagefind in 812 ms') // 812
 */
export function searchMillis(log: string): number | null {
  const matches = [...log.matchAll(/\[atlas:pagefind\][^\n]*?\bin (\d+(?:\.\d+)?) ?ms\b/g)];
  const last = matches.at(-1);
  return last ? Number(last[1]) : null;
}

/**
 * The largest peak memory, in MiB, of the Pagefind service processes (one
 * per locale) from that same line (`… (1234 ms, service peak 812 MB) …`);
 * null when it printed none (an older integration, or no /proc).
 * @example searchServiceMB('[atlas:pagefind] indexed 6 pages (en 3 (9 ms, service peak 40 MB), zh-hans 3 (8 ms, service peak 52 MB)) → /d in 20 ms') // 52
 */
export function searchServiceMB(log: string): number | null {
  const line = [...log.matchAll(/\[atlas:pagefind\][^\n]*/g)].at(-1)?.[0];
  const peaks = [...(line ?? '').matchAll(/service peak (\d+(?:\.\d+)?) MB/g)].map((m) => Number(m[1]));
  return peaks.length > 0 ? Math.max(...peaks) : null;
}

/**
 * The number of pages Astro says it built (`2272 page(s) built in 27.33s`), or null.
 * @example astroPages('[build] 2272 page(s) built in 27.33s') // 2272
 */
export function astroPages(log: string): number | null {
  const match = /(\d+) page\(s\) built in/.exec(log);
  return match ? Number(match[1]) : null;
}

/** The last lines of a log, to show with a failure. */
export function logTail(log: string, lines = 30): string {
  return log.trimEnd().split('\n').slice(-lines).join('\n');
}

/** Time Astro spent rendering one kind of route. */
export interface RouteCost {
  kind: string;
  pages: number;
  ms: number;
}

const LOCALE_SEGMENTS = new Set(['zh-hans', 'zh-hant', 'en']);

/**
 * The kind of a generated path: its first folder once locale folders are
 * left out, with the extension for files other than `index.html`.
 * @example routeKind('/zh-hant/cities/qingdao/index.html') // 'cities'
 * @example routeKind('/og/en/articles/2024-01-02-ab.png') // 'og .png'
 */
export function routeKind(path: string): string {
  const segments = path.split('/').filter((s) => s !== '' && !LOCALE_SEGMENTS.has(s));
  const leaf = segments.at(-1) ?? '';
  if (segments.length === 0 || (segments.length === 1 && leaf === 'index.html')) return 'home';
  if (segments.length === 1) return leaf;
  const ext = leaf === 'index.html' ? '' : (/\.[^.]+$/.exec(leaf)?.[0] ?? '');
  return ext ? `${segments[0]} ${ext}` : (segments[0] as string);
}

/**
 * Render time by kind of route, from the lines Astro prints while it
 * generates pages (`├─ /cities/x/index.html (+12ms)`: each page's own time
 * from start to written). Astro renders a few pages at a time
 * (`build.concurrency`), so these overlap: their shares of the total tell
 * where the time goes, their sum is more than the wall time. Costliest first.
 */
export function routeCosts(log: string): RouteCost[] {
  const costs = new Map<string, RouteCost>();
  for (const m of log.matchAll(/[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(m?s)\)/g)) {
    const kind = routeKind(m[1] as string);
    const cost = costs.get(kind) ?? { kind, pages: 0, ms: 0 };
    cost.pages++;
    cost.ms += Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    costs.set(kind, cost);
  }
  return [...costs.values()].sort((a, b) => b.ms - a.ms || (a.kind < b.kind ? -1 : 1));
}

/**
 * Astro's two big steps, in seconds: bundling the entry points (Vite, the
 * first `✓ built in`) and generating the pages (`✓ Completed in` after
 * `generating static routes`). Null when the log has no such line.
 * @example astroSteps('[vite] ✓ built in 30.70s\n generating static routes \n✓ Completed in 1m 4s.') // { bundleSeconds: 30.7, renderSeconds: 64 }
 */
export function astroSteps(log: string): { bundleSeconds: number | null; renderSeconds: number | null } {
  const bundle = /\[vite\] ✓ built in ((?:\d+m )?\d+(?:\.\d+)?(?:m?s))/.exec(log);
  const generating = log.indexOf('generating static routes');
  const render =
    generating < 0 ? null : /✓ Completed in ((?:\d+m )?\d+(?:\.\d+)?(?:m?s))\./.exec(log.slice(generating));
  return {
    bundleSeconds: bundle ? duration(bundle[1] as string) : null,
    renderSeconds: render ? duration(render[1] as string) : null,
  };
}

/** Seconds in a duration as Astro prints it: `812ms`, `27.33s`, `1m 4s`. */
function duration(text: string): number {
  const m = /^(?:(\d+)m )?(\d+(?:\.\d+)?)(m?s)$/.exec(text);
  if (!m) return Number.NaN;
  return Number(m[1] ?? 0) * 60 + Number(m[2]) / (m[3] === 'ms' ? 1000 : 1);
}

/**
 * Human lines for the costliest kinds of route.
 * @example describeRoutes([{ kind: 'articles', pages: 3, ms: 30 }]) // ['  render: articles 3 pages 0.0 s (10.0 ms each)']
 */
export function describeRoutes(costs: readonly RouteCost[], top = 8): string[] {
  const total = costs.reduce((sum, c) => sum + c.ms, 0);
  return costs
    .slice(0, top)
    .map(
      (c) =>
        `  render: ${c.kind} ${c.pages} pages, ${((100 * c.ms) / total).toFixed(0)}% of page time (${(c.ms / c.pages).toFixed(1)} ms each, overlapping)`,
    );
}

/**
 * The search figures of a benchmark, from the rows `scripts/bench-search.ts
 * --json` writes: one per fixed query, each opened in a fresh browser.
 */
import { median } from './pick-pages.ts';

/** What bench-search measured for one traffic span (opening the page, a query). */
export interface SearchSpan {
  ms: number;
  results: number;
  requests: number;
  total: number;
  totalGzip: number;
}

/** One row of bench-search's JSON. */
export interface SearchRow {
  path: string;
  query: string;
  open: SearchSpan;
  first: SearchSpan;
  warm: SearchSpan;
}

/** The benchmark's search figures. */
export interface SearchFigures {
  /** Median latency of the first query on a freshly opened search page. */
  firstQueryMs: number;
  /** Largest transfer (gzip) any first query caused, in KiB. */
  queryKB: number;
  /** Median transfer of a first query, in KiB. */
  queryMedianKB: number;
  /** Largest transfer of opening a search page before any query, in KiB. */
  openKB: number;
  queries: number;
}

/**
 * Sum up bench-search's rows; null when there are none. Latency is the
 * median the target names; bytes are the worst case, so one heavy query
 * cannot hide behind light ones.
 * @example searchFigures(rows).firstQueryMs // 212
 */
export function searchFigures(rows: readonly SearchRow[]): SearchFigures | null {
  if (rows.length === 0) return null;
  const kb = (bytes: number): number => bytes / 1024;
  const gz = rows.map((r) => r.first.totalGzip);
  return {
    firstQueryMs: median(rows.map((r) => r.first.ms)) as number,
    queryKB: kb(Math.max(...gz)),
    queryMedianKB: kb(median(gz) as number),
    openKB: kb(Math.max(...rows.map((r) => r.open.totalGzip))),
    queries: rows.length,
  };
}

/**
 * The benchmark's command line:
 * `--articles N [--seed S] [--commit REF] [--keep] [--baseline] [--rebuild] [--search | --no-search]`.
 */
import { parseArgs } from 'node:util';

/** What one benchmark run does. */
export interface BenchOptions {
  articles: number;
  /** Corpus seed; undefined for the generator's default. */
  seed: number | undefined;
  /** Keep the temporary folder (corpus, content, dist, caches) afterwards. */
  keep: boolean;
  /** Also build a bare Astro + MDX site of the same page count and compare. */
  baseline: boolean;
  /** Build a second time with nothing changed and time it. */
  rebuild: boolean;
  /** true/false when asked; undefined to measure search when Chromium and an index exist. */
  search: boolean | undefined;
  /** Benchmark this commit instead of the working tree (others' uncommitted work left out). */
  commit: string | undefined;
}

/** The usage line printed with an error. */
export const USAGE =
  'usage: npm run bench -- --articles N [--seed S] [--commit REF] [--keep] [--baseline] [--rebuild] [--search | --no-search]';

function count(name: string, raw: string | undefined, min: number): number {
  const value = Number(raw);
  if (raw === undefined || raw.trim() === '' || !Number.isSafeInteger(value) || value < min) {
    throw new Error(`bench: --${name} must be an integer of at least ${min} (got ${raw ?? 'nothing'})\n${USAGE}`);
  }
  return value;
}

/**
 * Read the options from the arguments after the script name; throws with
 * the usage line on anything it does not understand.
 * @example parseBenchArgs(['--articles', '100', '--rebuild']).rebuild // true
 */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      allowNegative: true,
      options: {
        articles: { type: 'string' },
        seed: { type: 'string' },
        keep: { type: 'boolean', default: false },
        baseline: { type: 'boolean', default: false },
        rebuild: { type: 'boolean', default: false },
        search: { type: 'boolean' },
        commit: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new Error(`bench: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`, { cause: error });
  }
  return {
    articles: count('articles', values.articles, 1),
    seed: values.seed === undefined ? undefined : count('seed', values.seed, 0),
    keep: values.keep,
    baseline: values.baseline,
    rebuild: values.rebuild,
    search: values.search,
    commit: values.commit,
  };
}

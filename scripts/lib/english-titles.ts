/**
 * English titles supplied by the editor: an optional `english-titles.yaml`
 * in the seeds folder maps a seed's file name to the article's English
 * headline. Nothing translates headlines automatically; a title is shown
 * only where a person wrote one. A bad file or entry is a warning naming the
 * file and the key, never a failed ingest.
 */
import { parseDocument } from 'yaml';
import type { ArticleEntry } from './article-types.ts';

/** The file's name inside the seeds folder; it is never read as a seed. */
export const ENGLISH_TITLES_FILE = 'english-titles.yaml';

/** Longer than any real headline: a value this long is a pasted paragraph, not a title. */
const MAX_TITLE_LENGTH = 300;

/** The titles the file gives, by seed file name, and what was wrong with it. */
export interface EnglishTitles {
  titles: ReadonlyMap<string, string>;
  warnings: string[];
}

/** No file, no titles. */
export const NO_ENGLISH_TITLES: EnglishTitles = { titles: new Map(), warnings: [] };

/** One line of text, with runs of whitespace (newlines from YAML folding included) made one space. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A title's problem, or undefined when it is usable. */
function titleProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return 'is not text';
  const title = oneLine(value);
  if (title === '') return 'is empty';
  if (title.length > MAX_TITLE_LENGTH) return `is longer than ${MAX_TITLE_LENGTH} characters`;
  return undefined;
}

/**
 * Read the file's text: a mapping of seed file name → English title. Keys
 * that name no seed, and values that are not a one-line title, are left out
 * with a warning; text that is not such a mapping gives no titles and one
 * warning. `label` names the file in warnings.
 * @example parseEnglishTitles('a.txt: Qingdao signs a chip deal\n', ['a.txt'], 'seeds/english-titles.yaml').titles.get('a.txt')
 * // 'Qingdao signs a chip deal'
 */
export function parseEnglishTitles(text: string, seedFiles: readonly string[], label: string): EnglishTitles {
  const doc = parseDocument(text, { uniqueKeys: true });
  const [error] = doc.errors;
  if (error) return { titles: new Map(), warnings: [`${label}: not valid YAML (${oneLine(error.message)}); ignored`] };
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) return NO_ENGLISH_TITLES;
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { titles: new Map(), warnings: [`${label}: expected "seed file name: English title" lines; ignored`] };
  }
  const seeds = new Set(seedFiles);
  const titles = new Map<string, string>();
  const warnings: string[] = [];
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const problem = titleProblem(value);
    if (!seeds.has(key)) warnings.push(`${label}: "${key}" names no seed file in the folder; ignored`);
    else if (problem) warnings.push(`${label}: the title of "${key}" ${problem}; ignored`);
    else titles.set(key, oneLine(value as string));
  }
  return { titles, warnings };
}

/**
 * Give each entry the English title of its seed file, or, when that file has
 * none, of a duplicate merged into it. Entries without one are unchanged.
 */
export function applyEnglishTitles(
  entries: readonly ArticleEntry[],
  titles: ReadonlyMap<string, string>,
): ArticleEntry[] {
  return entries.map((entry) => {
    const { frontmatter } = entry;
    const files = [frontmatter.seed.file, ...frontmatter.duplicates];
    const en = files.map((file) => titles.get(file)).find((title) => title !== undefined);
    if (en === undefined) return entry;
    return {
      ...entry,
      frontmatter: { ...frontmatter, title: { hans: frontmatter.title.hans, hant: frontmatter.title.hant, en } },
    };
  });
}

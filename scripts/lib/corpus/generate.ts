/**
 * The synthetic corpus: N raw seed pages, deterministic for a seed, with a
 * manifest of what each page says. About 1% of the files are unreadable
 * (empty, whitespace, binary), about 5% repeat an earlier article with other
 * chrome, and the rest are articles of their own. File i depends only on the
 * seed and the files before it, so a larger corpus starts with a smaller one.
 */
import { composeArticle, otherHeadline } from './article.ts';
import { badFile, encodePage, pickEncoding } from './encode.ts';
import { layoutPage } from './page.ts';
import { createRandom, streamSeed, type Random } from './random.ts';
import { createWriter } from './script-text.ts';
import { GIVEN_NAMES, SURNAMES } from './templates.ts';
import type { ArticleModel, ArticleTruth, CorpusFile, ManifestEntry } from './types.ts';
import { loadVocabulary, type Vocabulary } from './vocabulary.ts';

/** The seed used when none is given. */
export const DEFAULT_CORPUS_SEED = 20240820;

/** How large a corpus, and from which seed. */
export interface CorpusOptions {
  articles: number;
  seed?: number;
}

/** The files and, for each, what it holds. */
export interface SyntheticCorpus {
  files: CorpusFile[];
  manifest: ManifestEntry[];
}

const BAD_SHARE = 0.01;
const DUPLICATE_SHARE = 0.05;

/**
 * Generate a corpus and its manifest.
 * @example generateSyntheticCorpus({ articles: 3, seed: 1 }).manifest[0]?.file // '000000-….txt'
 */
export function generateSyntheticCorpus(
  options: CorpusOptions,
  vocabulary: Vocabulary = loadVocabulary(),
): SyntheticCorpus {
  const seed = options.seed ?? DEFAULT_CORPUS_SEED;
  const files: CorpusFile[] = [];
  const manifest: ManifestEntry[] = [];
  const originals: { file: string; article: ArticleModel }[] = [];
  const titles = new Set<string>();
  const taken = (title: string, date: string | null): boolean => titles.has(titleSlot(title, date));
  for (let i = 0; i < options.articles; i++) {
    const roll = createRandom(streamSeed(seed, `kind:${i}`)).next();
    const page = createRandom(streamSeed(seed, `page:${i}`));
    if (roll < BAD_SHARE) {
      const file = `${fileIndex(i)}-upload.txt`;
      const bad = badFile(page);
      files.push({ file, bytes: bad.bytes });
      manifest.push({ file, kind: 'bad', reason: bad.reason });
      continue;
    }
    const original = roll < BAD_SHARE + DUPLICATE_SHARE && originals.length > 0 ? page.pick(originals) : null;
    const article =
      original?.article ?? composeArticle(createRandom(streamSeed(seed, `article:${i}`)), vocabulary, taken);
    const file = `${fileIndex(i)}-${article.cities[0] ?? 'article'}.txt`;
    const laid = layoutPage(page, article, pageContext(page, article, vocabulary));
    const encoded = encodePage(laid.text, pickEncoding(page, article.script === 'hant'));
    const truth: ArticleTruth = {
      title: article.title,
      date: article.date,
      script: article.script,
      source: laid.source,
      authors: [...new Set(laid.authors)],
      cities: article.cities,
      industries: article.industries,
    };
    files.push({ file, bytes: encoded.bytes });
    if (original)
      manifest.push({ file, kind: 'duplicate', encoding: encoded.encoding, duplicateOf: original.file, ...truth });
    else {
      manifest.push({ file, kind: 'article', encoding: encoded.encoding, ...truth });
      originals.push({ file, article });
      titles.add(titleSlot(article.title, article.date));
    }
  }
  return { files, manifest };
}

/**
 * Generate a corpus: the seed files only.
 * @example generateCorpus({ articles: 100, seed: 7 }).length // 100
 */
export function generateCorpus(options: CorpusOptions, vocabulary?: Vocabulary): CorpusFile[] {
  return generateSyntheticCorpus(options, vocabulary).files;
}

function fileIndex(i: number): string {
  return String(i).padStart(6, '0');
}

/** Headlines that differ only in punctuation or spacing would get the same article id. */
function titleSlot(title: string, date: string | null): string {
  return `${date ?? 'undated'}|${title.replace(/[^\p{L}\p{N}]/gu, '')}`;
}

function pageContext(rnd: Random, article: ArticleModel, vocabulary: Vocabulary) {
  const write = createWriter(article.script, article.region === 'taiwan');
  return {
    write,
    headline: () => otherHeadline(rnd, vocabulary, article),
    person: () => write(rnd.pick(SURNAMES) + rnd.pick(GIVEN_NAMES)),
  };
}

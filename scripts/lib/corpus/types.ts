/**
 * Shapes of the synthetic corpus: the article a page is made from, what the
 * generator knows to be true about it, and the files it writes.
 */
import type { Script } from '../types.ts';
import type { PunctuationStyle } from './fill.ts';
import type { Region } from './vocabulary.ts';

/** What an ingest should read from a generated article page. */
export interface ArticleTruth {
  /** The headline as printed. */
  title: string;
  /** ISO date printed on the page, or null when the page prints none. */
  date: string | null;
  script: Script;
  /** The publisher as printed, or null when the page prints none. */
  source: string | null;
  authors: string[];
  /** Place ids of the cities the text names on purpose, the main city first. */
  cities: string[];
  /** Industry ids the text names, the main industry first. */
  industries: string[];
}

/** One synthetic article, before it is laid out as a page. */
export interface ArticleModel extends ArticleTruth {
  /** The article's publisher (a page may leave it out). */
  source: string;
  region: Region;
  style: PunctuationStyle;
  /** A deck printed under the headline, or null; it stays in the body. */
  deck: string | null;
  /** Body paragraphs in reading order: sentences, subheadings and captions. */
  paragraphs: string[];
}

/** A generated seed file. */
export interface CorpusFile {
  file: string;
  bytes: Uint8Array;
}

/** The manifest row of a generated file. */
export type ManifestEntry =
  | ({ file: string; kind: 'article'; encoding: string } & ArticleTruth)
  | ({ file: string; kind: 'duplicate'; encoding: string; duplicateOf: string } & ArticleTruth)
  | { file: string; kind: 'bad'; reason: string };

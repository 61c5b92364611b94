/**
 * Shapes shared by the ingest stages. Each stage is a pure function from one of
 * these values to the next; the CLI (`scripts/ingest.ts`) only does the I/O.
 */

/** The two Chinese scripts: Simplified (`hans`) and Traditional (`hant`). */
export type Script = 'hans' | 'hant';

/** A string in both Chinese scripts. */
export interface Bilingual {
  hans: string;
  hant: string;
}

/** A name in both Chinese scripts and English. */
export interface Trilingual extends Bilingual {
  en: string;
}

/** Why a seed was skipped; the CLI prints it with the file name. */
export interface SkipReason {
  file: string;
  reason: string;
}

/** Metadata read from the top of a page (after decoding and pinyin repair). */
export interface ArticleMetadata {
  /** The headline, as printed in the original script. */
  title: string;
  /** ISO `YYYY-MM-DD`, or `null` when the page states no publication date. */
  date: string | null;
  /** The publisher as printed (the original source when a page reposts). */
  source: string | null;
  /** Reporters, authors and editors named in the byline. */
  authors: string[];
  /** Indexes (0-based, into the input lines) of lines that carried only metadata. */
  metadataLines: number[];
}

/** A span inside a paragraph that is damaged in the source (mojibake, U+FFFD). */
export interface GarbledSpan {
  /** Offset in UTF-16 code units into the paragraph text. */
  start: number;
  end: number;
}

/** One block of the article body, in reading order. */
export interface Block {
  kind: 'heading' | 'paragraph';
  text: string;
  garbled: GarbledSpan[];
}

/** The kinds of figures the extractor recognises. */
export type FigureKind =
  'investment' | 'output' | 'revenue' | 'fund' | 'capacity' | 'count' | 'share' | 'growth' | 'area' | 'amount';

/** A number reported by an article, with the phrase it came from. */
export interface Figure {
  kind: FigureKind;
  /** Value in base units (yuan, not 亿元; a fraction for percentages). */
  value: number;
  /** Base unit: `CNY`, `USD`, `TWD`, `percent`, `projects`, `companies`, `wafers/year` … */
  unit: string;
  /** The exact phrase in the article's original script. */
  text: string;
  /** 1-based block number; the article page anchors it as `#p-N`. */
  paragraph: number;
  /** Gazetteer id of the entity the sentence is about, where it says so. */
  entity?: string;
}

/** Counts that tell a reader how much the ingest changed the page. */
export interface Quality {
  chromeLinesDropped: number;
  annotationsRepaired: number;
  garbledSpans: number;
}

/**
 * The ingest of one seed, as a pure function: raw bytes in, an article entry
 * (or the reason it was skipped) out. Entities and figures are added by
 * `enrich`, which the corpus ingest supplies.
 */
import type { ArticleEntry } from './article-types.ts';
import { articleId, sha256Hex } from './article-id.ts';
import { classifyBlocks } from './classify-blocks.ts';
import { convertBlocks } from './convert-blocks.ts';
import { decode, DEFAULT_MAX_BYTES } from './decode.ts';
import { detectScript } from './detect-script.ts';
import { convertScript } from './convert-script.ts';
import { extractMetadata } from './extract-metadata.ts';
import { findGarbled } from './garbled.ts';
import { normalizeText, toLines } from './normalize.ts';
import { repairPinyin } from './repair-pinyin.ts';
import { stripChrome } from './strip-chrome.ts';
import type { Script } from './types.ts';

/** Options of the ingest of one seed. */
export interface IngestOptions {
  maxBytes?: number;
}

/** The ingest of one seed: an entry, or why there is none. */
export type IngestOutcome = { ok: true; entry: ArticleEntry } | { ok: false; file: string; reason: string };

/**
 * Ingest one seed file's bytes.
 * @example ingestSeed('a.txt', new TextEncoder().encode('标题\n\n正文。'))
 */
export function ingestSeed(file: string, bytes: Uint8Array, options: IngestOptions = {}): IngestOutcome {
  const decoded = decode(bytes, { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES });
  if (!decoded.ok) return { ok: false, file, reason: decoded.reason };
  const repaired = repairPinyin(normalizeText(decoded.text));
  const lines = toLines(repaired.text);
  const meta = extractMetadata(lines);
  const { paragraphs, chromeLinesDropped } = stripChrome(lines, meta);
  if (!meta.title || paragraphs.length === 0) {
    return { ok: false, file, reason: 'no article text found after removing page chrome' };
  }
  const script: Script = detectScript(`${meta.title}\n${paragraphs.join('\n')}`);
  const blocks = classifyBlocks(paragraphs, paragraphs.map(findGarbled));
  const other: Script = script === 'hans' ? 'hant' : 'hans';
  const title = { [script]: meta.title, [other]: convertScript(meta.title, script, other) } as Record<Script, string>;
  const garbledSpans = blocks.reduce((n, b) => n + b.garbled.length, 0);
  const entry: ArticleEntry = {
    frontmatter: {
      id: articleId(meta.title, meta.date),
      title: { hans: title.hans, hant: title.hant },
      titleFromLead: meta.titleFromLead,
      date: meta.date,
      source: meta.source,
      authors: meta.authors,
      script,
      seed: { file, sha256: sha256Hex(bytes) },
      duplicates: [],
      cities: [],
      districts: [],
      zones: [],
      parks: [],
      industries: [],
      companies: [],
      figures: [],
      quality: { chromeLinesDropped, annotationsRepaired: repaired.repaired, garbledSpans },
    },
    body: { [script]: blocks, [other]: convertBlocks(blocks, script, other) } as Record<Script, typeof blocks>,
  };
  return { ok: true, entry };
}

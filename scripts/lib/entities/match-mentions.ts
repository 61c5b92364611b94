/**
 * Finding lexicon keys in an article's paragraphs, before any decision about
 * which meaning they have: fold each paragraph, scan it leftmost-longest, and
 * keep the hits with the offsets of the original text.
 */
import { foldText } from './fold.ts';
import { scanTrie, type TrieHit } from './trie.ts';
import type { Lexicon } from './types.ts';

/** One paragraph with its folded form and the keys found in it. */
export interface MatchedText {
  /** 0 for the title, then 1-based block numbers. */
  paragraph: number;
  text: string;
  folded: string;
  /** Hits with at least one sense (stop phrases are dropped after they blocked shorter keys). */
  hits: TrieHit[];
}

/**
 * Match every paragraph; `texts[i]` is paragraph `i` (the title first).
 * @example matchTexts(['青岛西海岸新区'], lexicon)[0].hits.length // 1: the zone, not 青岛
 */
export function matchTexts(texts: readonly string[], lexicon: Lexicon): MatchedText[] {
  return texts.map((text, paragraph) => {
    const folded = foldText(text);
    const hits = scanTrie(lexicon.trie, folded, text).filter((h) => h.entry.senses.length > 0);
    return { paragraph, text, folded, hits };
  });
}

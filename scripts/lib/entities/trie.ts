/**
 * A character trie over folded keys, scanned leftmost-longest: at each
 * position the longest key wins (青岛西海岸新区 before 青岛), and scanning
 * resumes after it. Building is done once per lexicon; a scan is linear in
 * the text times the depth of the longest key, so a corpus scans in seconds.
 */
import { foldText, isAsciiAlnum } from './fold.ts';
import type { LexEntry, Sense, TrieNode } from './types.ts';

/** A key found in a text. */
export interface TrieHit {
  start: number;
  end: number;
  entry: LexEntry;
}

/** An empty trie. */
export function createTrie(): TrieNode {
  return { next: new Map() };
}

/** Latin keys this short must match case and all (IC is not "ic" in a URL). */
const EXACT_CASE_MAX = 3;

/**
 * Add a key with one sense (or, with `sense` null, a stop phrase). Keys are
 * folded here; the same key added twice collects its senses.
 * @example addKey(trie, '積體電路', { entity: 'integrated-circuits', kind: 'industry', form: 'alias' })
 */
export function addKey(trie: TrieNode, key: string, sense: Sense | null): void {
  const trimmed = key.trim();
  if (trimmed.length === 0) return;
  const folded = foldText(trimmed);
  let node = trie;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    let child = node.next.get(code);
    if (!child) {
      child = { next: new Map() };
      node.next.set(code, child);
    }
    node = child;
  }
  const entry = (node.entry ??= { senses: [] });
  if (sense && !entry.senses.some((s) => sameSense(s, sense))) entry.senses.push(sense);
  if (/^[\x20-\x7e]+$/.test(trimmed) && trimmed.length <= EXACT_CASE_MAX) {
    entry.exact = [...new Set([...(entry.exact ?? []), trimmed.normalize('NFKC')])];
  }
}

function sameSense(a: Sense, b: Sense): boolean {
  return (
    a.entity === b.entity && a.kind === b.kind && a.form === b.form && (a.needs ?? []).join() === (b.needs ?? []).join()
  );
}

/** A Latin key must not be glued to other Latin letters or digits (AI is not in "MAIL"). */
function boundaryOk(folded: string, start: number, end: number): boolean {
  if (isAsciiAlnum(folded[start]) && isAsciiAlnum(folded[start - 1])) return false;
  if (isAsciiAlnum(folded[end - 1]) && isAsciiAlnum(folded[end])) return false;
  return true;
}

function exactOk(original: string, start: number, end: number, entry: LexEntry): boolean {
  return !entry.exact || entry.exact.includes(original.slice(start, end).normalize('NFKC'));
}

/**
 * Every leftmost-longest key in a text. `folded` is `foldText(original)`;
 * `original` is needed only to check the case of short Latin keys.
 * @example scanTrie(trie, foldText('青岛西海岸新区'), '青岛西海岸新区') // one hit covering the whole text
 */
export function scanTrie(trie: TrieNode, folded: string, original: string): TrieHit[] {
  const hits: TrieHit[] = [];
  let i = 0;
  while (i < folded.length) {
    let node: TrieNode | undefined = trie;
    let bestEnd = -1;
    let bestEntry: LexEntry | undefined;
    for (let j = i; j < folded.length; j++) {
      node = node.next.get(folded.charCodeAt(j));
      if (!node) break;
      const entry = node.entry;
      if (entry && boundaryOk(folded, i, j + 1) && exactOk(original, i, j + 1, entry)) {
        bestEnd = j + 1;
        bestEntry = entry;
      }
    }
    const best = bestEntry ? { start: i, end: bestEnd, entry: bestEntry } : null;
    if (best) {
      hits.push(best);
      i = best.end;
    } else {
      i++;
    }
  }
  return hits;
}

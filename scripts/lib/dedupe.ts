/**
 * Finds seeds that hold the same article (saved twice, from another site,
 * or in the other script) and keeps one entry for each article.
 */
import { sha256Hex, titleKey } from './article-id.ts';

/** What dedupe needs to know about a parsed seed. */
export interface DedupeCandidate {
  id: string;
  file: string;
  paragraphs: string[];
}

/** The outcome: one entry per article, and which files were merged into which. */
export interface DedupeResult<T> {
  kept: T[];
  merged: { file: string; into: string }[];
}

/** Paragraphs shorter than this say too little to identify an article. */
const MIN_FINGERPRINT_LENGTH = 20;
/** Share of one article's long paragraphs that must recur in another. */
const SAME_ARTICLE_OVERLAP = 0.6;

function fingerprints(paragraphs: string[]): string[] {
  const keys = paragraphs.map(titleKey).filter((k) => k.length >= MIN_FINGERPRINT_LENGTH);
  return [...new Set(keys.map((k) => sha256Hex(k).slice(0, 16)))];
}

function bodyLength(c: DedupeCandidate): number {
  return c.paragraphs.reduce((n, p) => n + p.length, 0);
}

/** Of two copies, keep the fuller one; on a tie the earlier file name. */
function better<T extends DedupeCandidate>(a: T, b: T): T {
  const diff = bodyLength(b) - bodyLength(a);
  if (diff !== 0) return diff > 0 ? b : a;
  return a.file <= b.file ? a : b;
}

/**
 * Group candidates into articles. Two seeds are one article when they get the
 * same id or when most of the long paragraphs of one recur in the other. The
 * paragraph index keeps this linear in the corpus size.
 */
export function dedupe<T extends DedupeCandidate>(candidates: T[]): DedupeResult<T> {
  const sorted = [...candidates].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const groups: T[][] = [];
  const groupById = new Map<string, number>();
  const groupByPrint = new Map<string, number>();
  const printsPerGroup: number[] = [];
  for (const c of sorted) {
    const prints = fingerprints(c.paragraphs);
    const group = groupById.get(c.id) ?? overlappingGroup(prints, groupByPrint, printsPerGroup);
    const index = group ?? groups.push([]) - 1;
    groups[index]!.push(c);
    printsPerGroup[index] = Math.max(printsPerGroup[index] ?? 0, prints.length);
    groupById.set(c.id, index);
    for (const p of prints) if (!groupByPrint.has(p)) groupByPrint.set(p, index);
  }
  const kept: T[] = [];
  const merged: { file: string; into: string }[] = [];
  for (const group of groups) {
    const winner = group.reduce(better);
    kept.push(winner);
    for (const c of group) if (c !== winner) merged.push({ file: c.file, into: winner.id });
  }
  return { kept, merged };
}

/**
 * The group most of whose paragraphs this candidate shares, measured against
 * the shorter of the two, so an excerpt joins the full article it came from.
 */
function overlappingGroup(
  prints: string[],
  groupByPrint: Map<string, number>,
  printsPerGroup: number[],
): number | undefined {
  if (prints.length === 0) return undefined;
  const votes = new Map<number, number>();
  for (const p of prints) {
    const g = groupByPrint.get(p);
    if (g !== undefined) votes.set(g, (votes.get(g) ?? 0) + 1);
  }
  for (const [group, count] of [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0])) {
    const shorter = Math.min(prints.length, printsPerGroup[group] ?? prints.length);
    if (count / shorter >= SAME_ARTICLE_OVERLAP) return group;
  }
  return undefined;
}

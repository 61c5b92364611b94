/**
 * Which entity a figure belongs to: the entity mentioned closest before the
 * number in the same sentence. When the linker says what its mentions are,
 * a park, zone or company in that sentence wins over a city, district or
 * industry (the sentence is about the park even when the city is named later).
 */
import { sentenceStart } from '../sentence-bounds.ts';
import type { FigureMention, MentionKind } from './types.ts';

const RANK: Readonly<Record<MentionKind, number>> = {
  park: 0,
  zone: 0,
  company: 0,
  district: 2,
  city: 2,
  province: 2,
  industry: 3,
};
/** Mentions with no kind rank between subjects and places, so that without kinds the closest one wins. */
const UNKNOWN_RANK = 1;

/** Mentions grouped by paragraph, for repeated look-ups. */
export type MentionIndex = ReadonlyMap<number, readonly FigureMention[]>;

/**
 * Group mentions by paragraph number.
 * @example indexMentions([{ entity: 'qingdao', paragraph: 2, start: 0, end: 2 }]).get(2)?.length // 1
 */
export function indexMentions(mentions: readonly FigureMention[]): MentionIndex {
  const index = new Map<number, FigureMention[]>();
  for (const m of mentions) {
    const list = index.get(m.paragraph) ?? [];
    list.push(m);
    index.set(m.paragraph, list);
  }
  return index;
}

/**
 * The entity of the number at `numberStart` in paragraph `paragraph`, or undefined.
 * @example
 * const text = '青岛西海岸新区总投资25亿元';
 * const index = indexMentions([{ entity: 'xihaian', paragraph: 1, start: 0, end: 7, kind: 'zone' }]);
 * entityFor(index, text, 1, 10) // 'xihaian'
 */
export function entityFor(
  index: MentionIndex,
  text: string,
  paragraph: number,
  numberStart: number,
): string | undefined {
  const mentions = index.get(paragraph);
  if (!mentions) return undefined;
  const from = sentenceStart(text, numberStart);
  let best: FigureMention | undefined;
  let bestRank = Infinity;
  for (const m of mentions) {
    if (m.start < from || m.end > numberStart) continue;
    const rank = m.kind ? RANK[m.kind] : UNKNOWN_RANK;
    const closer = best !== undefined && (m.end > best.end || (m.end === best.end && m.start < best.start));
    if (rank < bestRank || (rank === bestRank && closer)) {
      best = m;
      bestRank = rank;
    }
  }
  return best?.entity;
}

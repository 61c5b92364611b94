/**
 * Which city a piece of evidence at a given place in an article is about.
 * An industry, company or figure belongs to the city named nearest to it in
 * its own sentence; a sentence that names none belongs to its section (the
 * last heading that named a city), else to the first city its paragraph
 * names, else to the article's main city. One city per piece of evidence, so
 * "滁州…是合肥都市圈和南京都市圈重要成员。该市…光伏…" credits photovoltaics
 * to Chuzhou only.
 */
import type { Mention } from '../entities/types.ts';
import type { Block } from '../types.ts';
import { sentenceEnd, sentenceStart } from '../sentence-bounds.ts';
import type { CityOf } from './types.ts';

/** Mentions that place a sentence somewhere (companies and industries do not). */
const PLACING_KINDS = new Set(['city', 'district', 'zone', 'park']);

interface PlacedMention {
  start: number;
  city: string;
}

/** Finds the city of a position (`paragraph`, UTF-16 `offset`); paragraph 0 is the title. */
export type CityAttributor = (paragraph: number, offset: number) => string | undefined;

function sentenceBounds(text: string, offset: number): [number, number] {
  return [sentenceStart(text, offset), sentenceEnd(text, offset)];
}

function placedByParagraph(mentions: readonly Mention[], cityOf: CityOf): Map<number, PlacedMention[]> {
  const placed = new Map<number, PlacedMention[]>();
  for (const m of mentions) {
    if (!PLACING_KINDS.has(m.kind)) continue;
    const city = cityOf(m.kind, m.entity);
    if (city) placed.set(m.paragraph, [...(placed.get(m.paragraph) ?? []), { start: m.start, city }]);
  }
  for (const list of placed.values()) list.sort((a, b) => a.start - b.start);
  return placed;
}

function sectionCities(blocks: readonly Block[], placed: Map<number, PlacedMention[]>): (string | undefined)[] {
  const sections: (string | undefined)[] = [undefined];
  let current: string | undefined;
  blocks.forEach((block, i) => {
    const first = placed.get(i + 1)?.[0]?.city;
    if (block.kind === 'heading' && first) current = first;
    sections.push(current);
  });
  return sections;
}

/** Nearest city before `offset` in the sentence, else the nearest after it. */
function nearestInSentence(list: readonly PlacedMention[], [from, to]: [number, number], offset: number) {
  const inSentence = list.filter((m) => m.start >= from && m.start < to);
  const before = inSentence.filter((m) => m.start <= offset).pop();
  return (before ?? inSentence.find((m) => m.start > offset))?.city;
}

/**
 * Build the attributor for one article.
 * @param title the title in the article's original script
 * @param blocks the body in the original script
 */
export function cityAttributor(
  title: string,
  blocks: readonly Block[],
  mentions: readonly Mention[],
  cityOf: CityOf,
  mainCity: string | undefined,
): CityAttributor {
  const texts = [title, ...blocks.map((b) => b.text)];
  const placed = placedByParagraph(mentions, cityOf);
  const sections = sectionCities(blocks, placed);
  return (paragraph, offset) => {
    const list = placed.get(paragraph) ?? [];
    const text = texts[paragraph] ?? '';
    return (
      nearestInSentence(list, sentenceBounds(text, Math.min(offset, text.length)), offset) ??
      sections[paragraph] ??
      list[0]?.city ??
      mainCity
    );
  };
}

/**
 * Figures reported by an article: investment, output, revenue, fund sizes,
 * capacities, counts, shares, growth and areas, each with its value in base
 * units, the verbatim phrase it came from and its paragraph number.
 *
 * Decisions:
 * - A figure is a specific number with a unit. Scale labels (`千亿级`,
 *   `百亿元级`) and class thresholds (`亿元以上项目`) are not figures.
 * - A bare `亿` (no 元) is money only when a money word is near (`总产值超1700亿`).
 * - Areas are stored in m²; 亩 converts at 10000/15 m² and keeps `sourceUnit: 'mu'`.
 * - A decline (`降低了30%`) is a negative growth.
 * - Counts need Arabic digits and a known counted noun or measure word.
 */
import type { FigureKind } from '../types.ts';
import { entityFor, indexMentions, type MentionIndex } from './attach-entity.ts';
import { phraseStart } from '../sentence-bounds.ts';
import { classifyFigure, type Classification } from './classify-figure.ts';
import { foldWidth } from './fold-width.ts';
import { scanCandidates } from './scan-candidates.ts';
import type { Candidate, ExtractedFigure, ExtractFiguresOptions } from './types.ts';

/** How far before a phrase its clause may start and still be quoted whole (`在建项目50个`). */
const PHRASE_LEAD = 4;

function quotedSpan(s: string, c: Candidate, cls: Classification): { start: number; end: number } {
  let start = c.start;
  let end = c.end;
  if (cls.quoted) {
    start = Math.min(start, cls.quoted.start);
    end = Math.max(end, cls.quoted.end);
  }
  // A phrase that opens with a word (a keyword, a counted noun, a hedge) takes
  // the few characters before it in its phrase: 在建项目50个, 总金额高达1,745亿元.
  const lead = phraseStart(s, start);
  if (start < c.numberStart && start - lead <= PHRASE_LEAD) start = lead;
  return { start, end };
}

function toFigure(text: string, s: string, c: Candidate, cls: Classification, paragraph: number): ExtractedFigure {
  const { start, end } = quotedSpan(s, c, cls);
  const kind: FigureKind = cls.kind;
  const unit = cls.perYear && !c.rate ? `${c.unit}/year` : c.unit;
  const value = cls.decline ? -c.value : c.value;
  return {
    kind,
    value,
    unit,
    text: text.slice(start, end),
    paragraph,
    ...(c.qualifier ? { qualifier: c.qualifier } : {}),
    ...(c.sourceUnit ? { sourceUnit: c.sourceUnit } : {}),
  };
}

function withEntity(figure: ExtractedFigure, index: MentionIndex | null, s: string, c: Candidate): ExtractedFigure {
  const entity = index ? entityFor(index, s, figure.paragraph, c.numberStart) : undefined;
  if (entity === undefined) return figure;
  const { kind, value, unit, text, paragraph, ...rest } = figure;
  return { kind, value, unit, text, paragraph, entity, ...rest };
}

/**
 * Extract the figures of an article, in document order; the same (kind,
 * value, unit) is kept once per paragraph.
 * @param blocks the article's paragraphs in order; `paragraph` is the 1-based index into them
 * @example extractFigures([{ text: '在建项目50个、计划总投资1351.4亿元' }])
 * // [{ kind: 'count', value: 50, unit: 'projects', text: '在建项目50个', paragraph: 1 },
 * //  { kind: 'investment', value: 135140000000, unit: 'CNY', text: '计划总投资1351.4亿元', paragraph: 1 }]
 */
export function extractFigures(
  blocks: readonly { text: string }[],
  options: ExtractFiguresOptions = {},
): ExtractedFigure[] {
  const currency = options.currency?.default ?? 'CNY';
  const index = options.mentions ? indexMentions(options.mentions) : null;
  const figures: ExtractedFigure[] = [];
  blocks.forEach((block, i) => {
    const paragraph = i + 1;
    const s = foldWidth(block.text);
    const seen = new Set<string>();
    for (const c of scanCandidates(s, currency)) {
      const cls = classifyFigure(s, c);
      if (!cls) continue;
      const figure = toFigure(block.text, s, c, cls, paragraph);
      const key = `${figure.kind}\u0000${figure.value}\u0000${figure.unit}`;
      if (seen.has(key)) continue;
      seen.add(key);
      figures.push(withEntity(figure, index, s, c));
    }
  });
  return figures;
}

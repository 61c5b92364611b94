/**
 * Figure extraction: numbers reported by an article (investment, output,
 * revenue, funds, capacities, counts, shares, growth, areas) with their
 * verbatim phrase and paragraph, and their display in each locale.
 */
export { extractFigures } from './extract-figures.ts';
export { formatFigure, type FigureLocale } from './format-figure.ts';
export { parseNumber } from './parse-number.ts';
export type {
  DefaultCurrency,
  ExtractedFigure,
  ExtractFiguresOptions,
  FigureMention,
  MentionKind,
  Qualifier,
} from './types.ts';

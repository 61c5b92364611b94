/**
 * Shapes used inside the figure extractor and returned by it. The base
 * `Figure` (in `../types.ts`) is the contract with the rest of the ingest;
 * `ExtractedFigure` only adds optional fields.
 */
import type { Figure } from '../types.ts';

/**
 * How a number is hedged in the text: `approx` (约, 近, 左右), `min` (超过,
 * 逾, 突破, 以上, 余, 多, the upper end of a range excluded) or `max` (不到,
 * 不足, 以下, the upper end of a range such as `300至400家`).
 */
export type Qualifier = 'approx' | 'min' | 'max';

/** What a number measures before its kind is decided from the words around it. */
export type Dimension = 'money' | 'percent' | 'area' | 'capacity' | 'count';

/** Currencies a caller may name as the meaning of a bare `元`. */
export type DefaultCurrency = 'CNY' | 'TWD' | 'HKD' | 'MOP';

/** A figure as the extractor returns it: the shared `Figure` plus optional detail. */
export interface ExtractedFigure extends Figure {
  /** Set when the text hedges the number (约, 超过, 不到 …). */
  qualifier?: Qualifier;
  /** The unit the article printed when it differs from `unit` (`mu` for 亩, whose value is stored in m²). */
  sourceUnit?: string;
}

/** What kind of thing a mention names; decides which mention a figure belongs to. */
export type MentionKind = 'park' | 'zone' | 'company' | 'district' | 'city' | 'province' | 'industry';

/** An entity found in a paragraph by the entity linker. Offsets are UTF-16 code units into the block text. */
export interface FigureMention {
  entity: string;
  /** 1-based block number, as in `Figure.paragraph`. */
  paragraph: number;
  start: number;
  end: number;
  /** Optional: when given, parks, zones and companies win over cities and industries. */
  kind?: MentionKind;
}

/** Options of `extractFigures`. */
export interface ExtractFiguresOptions {
  /** Entity mentions; when present each figure gets the entity its sentence is about. */
  mentions?: readonly FigureMention[];
  /** What a bare `元` (and a bare `亿`) means; CNY unless the caller knows the article is from Taiwan, Hong Kong or Macao. */
  currency?: { default: DefaultCurrency };
}

/** A number with its unit, found in a text before it is classified. Offsets index the block text. */
export interface Candidate {
  dimension: Dimension;
  /** Value in base units, always non-negative (a decline is signed by the classifier). */
  value: number;
  /** Base unit (`CNY`, `m2`, `percent`, `companies`, `pieces` …); capacity units get `/year` later when the text says so. */
  unit: string;
  /** Where the digits begin. */
  numberStart: number;
  /** Start of the phrase: a qualifier, currency word or counted noun before the digits. */
  start: number;
  /** End of the phrase. */
  end: number;
  qualifier?: Qualifier;
  sourceUnit?: string;
  /** `亿` with no currency word: only a figure when a money keyword is near. */
  bare?: boolean;
  /** A rate such as `片/年` was printed. */
  rate?: boolean;
  /** A multiplier (万, 亿 …) was printed. */
  scaled?: boolean;
}

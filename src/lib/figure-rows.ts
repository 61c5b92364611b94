/**
 * Figures as table rows: the value in the reader's locale, the exact source
 * phrase, and the link to the paragraph it came from.
 */
import { formatFigure } from '../../scripts/lib/figures/format-figure.ts';
import { fill, messages, type Messages } from '../i18n/messages.ts';
import type { Locale } from '../i18n/locales.ts';
import type { ArticleData, Atlas } from './atlas-types.ts';
import { paragraphPath } from './links.ts';
import { articleTitle, printedLang, type ShownTitle } from './names.ts';

type Figure = ArticleData['figures'][number];

/** A reference from an entity to one figure of one article. */
export interface FigureRef {
  article: string;
  index: number;
}

/** One figure as shown on a page. */
export interface FigureRow {
  /** `1,351.4亿元`, `1,351.4億元`, `CNY 135.14 billion` … */
  value: string;
  kind: string;
  /** The phrase as printed in the article, in its original script. */
  phrase: string;
  phraseLang: 'zh-Hans' | 'zh-Hant';
  paragraph: number;
  /** The paragraph's anchor on the article page. */
  path: string;
  articleId: string;
  articleTitle: ShownTitle;
  source: string;
  sourceLang?: 'zh-Hans' | 'zh-Hant' | undefined;
}

const KIND_KEYS: Record<Figure['kind'], keyof Messages> = {
  investment: 'kindInvestment',
  output: 'kindOutput',
  revenue: 'kindRevenue',
  fund: 'kindFund',
  capacity: 'kindCapacity',
  count: 'kindCount',
  share: 'kindShare',
  growth: 'kindGrowth',
  area: 'kindArea',
  amount: 'kindAmount',
};

/** The label of a figure kind in a locale. */
export function figureKindLabel(kind: Figure['kind'], locale: Locale): string {
  return String(messages(locale)[KIND_KEYS[kind]]);
}

const QUALIFIER_KEYS: Record<NonNullable<Figure['qualifier']>, keyof Messages> = {
  approx: 'qualApprox',
  min: 'qualMin',
  max: 'qualMax',
};

/**
 * A figure's value in a locale, with the hedge the article printed (约, 超过, 不到).
 * @example figureValue({ kind: 'investment', value: 1e10, unit: 'CNY', qualifier: 'min', text: '超过100亿元', paragraph: 2 }, 'en') // 'over CNY 10 billion'
 */
export function figureValue(figure: Figure, locale: Locale): string {
  const value = formatFigure(figure, locale);
  if (!figure.qualifier) return value;
  const t = messages(locale);
  return fill(t.qualifiedFigure, { qualifier: String(t[QUALIFIER_KEYS[figure.qualifier]]), value });
}

function row(article: ArticleData, figure: Figure, locale: Locale): FigureRow {
  return {
    value: figureValue(figure, locale),
    kind: figureKindLabel(figure.kind, locale),
    phrase: figure.text,
    phraseLang: article.script === 'hant' ? 'zh-Hant' : 'zh-Hans',
    paragraph: figure.paragraph,
    path: paragraphPath(article.id, figure.paragraph),
    articleId: article.id,
    articleTitle: articleTitle(article, locale),
    source: article.source ?? messages(locale).publisherUnknown,
    sourceLang: article.source ? printedLang(article, locale) : undefined,
  };
}

/** Every figure of an article, in document order. */
export function articleFigureRows(article: ArticleData, locale: Locale): FigureRow[] {
  return article.figures.map((figure) => row(article, figure, locale));
}

/** The figures an entity refers to; a reference to a missing article or index is skipped, not shown broken. */
export function referencedFigureRows(atlas: Atlas, refs: readonly FigureRef[], locale: Locale): FigureRow[] {
  return refs.flatMap((ref) => {
    const article = atlas.article.get(ref.article);
    const figure = article?.figures[ref.index];
    return article && figure ? [row(article, figure, locale)] : [];
  });
}

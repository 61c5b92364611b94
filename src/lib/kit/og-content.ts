/**
 * What each page's share card says: a pure function of the atlas and the
 * page. One card serves a page in every locale, so it carries the Chinese
 * and the English name; only the home page has a card per locale.
 */
import { messages } from '../../i18n/messages.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { ArticleData, Atlas } from '../atlas-types.ts';
import { evidenceText } from '../geo/markers.ts';
import { figureKindLabel, figureValue, type FigureRef } from '../figure-rows.ts';
import type { CardContent } from './og-card.ts';
import type { MapDot } from './og-map.ts';
import { countText, kitText } from './text.ts';
import type { CardKind } from './urls.ts';

type Figure = ArticleData['figures'][number];
type Placed = { coords: [number, number] };

const MONEY = new Set<Figure['kind']>(['investment', 'output', 'revenue', 'fund', 'amount']);

/** How strongly a figure stands for its page: money in yuan first, then other money, then anything. */
function weight(f: Figure): number {
  return MONEY.has(f.kind) ? (f.unit === 'CNY' ? 2 : 1) : 0;
}

/**
 * The figure a card shows: the largest sum in yuan, else the largest other
 * sum, else the first figure; ties keep the earlier one.
 */
export function keyFigure(atlas: Atlas, refs: readonly FigureRef[]): { article: ArticleData; figure: Figure } | null {
  let best: { article: ArticleData; figure: Figure } | null = null;
  for (const ref of refs) {
    const article = atlas.article.get(ref.article);
    const figure = article?.figures[ref.index];
    if (!article || !figure) continue;
    if (!best) best = { article, figure };
    const [w, bw] = [weight(figure), weight(best.figure)];
    if (w > bw || (w === bw && w > 0 && figure.value > best.figure.value)) best = { article, figure };
  }
  return best;
}

const SCRIPT: Record<Locale, CardContent['script']> = { 'zh-hans': 'hans', 'zh-hant': 'hant', en: 'en' };

/** The locales a shared card speaks: Chinese first, then English. */
const CHINESE: Locale = 'zh-hans';
const ENGLISH: Locale = 'en';

const dots = (places: readonly (Placed | undefined)[], primary: (i: number) => boolean): MapDot[] =>
  places.flatMap((p, i) => (p ? [{ coords: p.coords, primary: primary(i) }] : []));

/** Chinese and English as one line: "城市 · City"; once when they are the same. */
const both = (zh: string, en: string, separator = ' · '): string =>
  zh === en || en === '' ? zh : zh === '' ? en : `${zh}${separator}${en}`;

/** A figure in Chinese and English: "120亿元 · CNY 12 bn", with its kind in both and its publisher. */
function sharedFigure(atlas: Atlas, refs: readonly FigureRef[]): CardContent['figure'] {
  const key = keyFigure(atlas, refs);
  if (!key) return null;
  const source = key.article.source ?? messages(CHINESE).publisherUnknown;
  const kind = both(figureKindLabel(key.figure.kind, CHINESE), figureKindLabel(key.figure.kind, ENGLISH), ' ');
  return {
    value: both(figureValue(key.figure, CHINESE), figureValue(key.figure, ENGLISH)),
    label: `${kind} · ${source}`,
  };
}

/** A card every locale's page shares: Chinese text, English under it. */
function sharedCard(parts: Omit<CardContent, 'script' | 'site'>): CardContent {
  return { script: 'hans', site: both(messages(CHINESE).siteName, messages(ENGLISH).siteName), ...parts };
}

const evidence = (articles: number, figures: number): string =>
  both(evidenceText(articles, figures, CHINESE), evidenceText(articles, figures, ENGLISH), ' / ');

function industryCard(atlas: Atlas, id: string): CardContent | undefined {
  const industry = atlas.industry.get(id);
  if (!industry) return undefined;
  const counts = (locale: Locale) => {
    const t = kitText(locale);
    return `${countText(t.cardCities, industry.cities.length, locale)} · ${countText(t.cardArticles, industry.articles.length, locale)}`;
  };
  return sharedCard({
    kicker: both(kitText(CHINESE).kind.industries, kitText(ENGLISH).kind.industries, ' '),
    title: industry.name.hans,
    subtitle: industry.name.en,
    figure: sharedFigure(
      atlas,
      industry.clusters.flatMap((c) => atlas.cluster.get(c)?.figures ?? []),
    ),
    evidence: both(counts(CHINESE), counts(ENGLISH), ' / '),
    dots: dots(
      industry.cities.map((c) => atlas.city.get(c)),
      () => true,
    ),
  });
}

function cityCard(atlas: Atlas, id: string): CardContent | undefined {
  const city = atlas.city.get(id);
  if (!city) return undefined;
  const kindName = both(kitText(CHINESE).kind.cities, kitText(ENGLISH).kind.cities, ' ');
  return sharedCard({
    kicker: [kindName, city.province ? both(city.province.hans, city.province.en, ' ') : '']
      .filter(Boolean)
      .join(' · '),
    title: city.name.hans,
    subtitle: city.name.en,
    figure: sharedFigure(atlas, city.figures),
    evidence: evidence(city.articles.length, city.figures.length),
    dots: [
      ...dots(
        city.parks.map((p) => atlas.park.get(p)),
        () => false,
      ),
      ...dots([city], () => true),
    ],
  });
}

/**
 * The card of a city or industry page, which all three locales' pages share
 * (parks, clusters and articles show their city's); undefined when the
 * atlas has no such page.
 */
export function pageCard(atlas: Atlas, kind: CardKind, id: string): CardContent | undefined {
  return kind === 'industries' ? industryCard(atlas, id) : cityCard(atlas, id);
}

/** The card of the home page in a locale: the atlas, its counts, every city. */
export function homeCard(atlas: Atlas, locale: Locale): CardContent {
  const t = kitText(locale);
  return {
    script: SCRIPT[locale],
    site: messages(locale).siteName,
    kicker: '',
    title: messages(locale).siteName,
    subtitle: null,
    figure: null,
    evidence: `${countText(t.cardCities, atlas.cities.length, locale)} · ${countText(t.cardArticles, atlas.articles.length, locale)}`,
    dots: dots(atlas.cities, () => false),
  };
}

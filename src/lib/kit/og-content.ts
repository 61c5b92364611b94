/**
 * What each page's share card says: a pure function of the atlas, the page
 * and the locale.
 */
import { messages } from '../../i18n/messages.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { ArticleData, Atlas, PageKind } from '../atlas-types.ts';
import { formatDate } from '../format.ts';
import { evidenceText } from '../geo/markers.ts';
import { figureKindLabel, figureValue, type FigureRef } from '../figure-rows.ts';
import { articleTitle, entityNames, localName } from '../names.ts';
import type { CardContent } from './og-card.ts';
import type { MapDot } from './og-map.ts';
import { countText, kitText } from './text.ts';

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

function shownFigure(atlas: Atlas, refs: readonly FigureRef[], locale: Locale): CardContent['figure'] {
  const key = keyFigure(atlas, refs);
  if (!key) return null;
  const source = key.article.source ?? messages(locale).publisherUnknown;
  return { value: figureValue(key.figure, locale), label: `${figureKindLabel(key.figure.kind, locale)} · ${source}` };
}

const SCRIPT: Record<Locale, CardContent['script']> = { 'zh-hans': 'hans', 'zh-hant': 'hant', en: 'en' };

const dots = (places: readonly (Placed | undefined)[], primary: (i: number) => boolean): MapDot[] =>
  places.flatMap((p, i) => (p ? [{ coords: p.coords, primary: primary(i) }] : []));

function card(locale: Locale, parts: Omit<CardContent, 'script' | 'site'>): CardContent {
  return { script: SCRIPT[locale], site: messages(locale).siteName, ...parts };
}

const join = (locale: Locale, items: string[]): string => items.join(locale === 'en' ? ', ' : '、');

function articleCard(atlas: Atlas, article: ArticleData, locale: Locale): CardContent {
  const t = messages(locale);
  const kicker = [
    kitText(locale).kind.articles,
    article.source ?? t.publisherUnknown,
    article.date ? formatDate(article.date, locale) : t.dateNotStated,
  ].join(' · ');
  const cities = article.cities.map((id) => atlas.city.get(id));
  return card(locale, {
    kicker,
    title: articleTitle(article, locale).text,
    figure: shownFigure(
      atlas,
      article.figures.map((_, index) => ({ article: article.id, index })),
      locale,
    ),
    evidence: join(
      locale,
      cities.slice(0, 4).flatMap((c) => (c ? [localName(c.name, locale)] : [])),
    ),
    dots: dots(cities, (i) => i === 0),
  });
}

/** The card of an entity or article page; undefined when the atlas has no such page. */
export function pageCard(atlas: Atlas, kind: PageKind, id: string, locale: Locale): CardContent | undefined {
  if (kind === 'articles') {
    const article = atlas.article.get(id);
    return article && articleCard(atlas, article, locale);
  }
  const names = entityNames(atlas, kind, id);
  if (!names) return undefined;
  const k = kitText(locale).kind[kind];
  const title = localName(names, locale);
  const cityName = (cityId: string) => {
    const city = atlas.city.get(cityId);
    return city ? localName(city.name, locale) : '';
  };
  if (kind === 'industries') {
    const industry = atlas.industry.get(id)!;
    const clusters = industry.clusters.flatMap((c) => atlas.cluster.get(c)?.figures ?? []);
    const t = kitText(locale);
    return card(locale, {
      kicker: k,
      title,
      figure: shownFigure(atlas, clusters, locale),
      evidence: `${countText(t.cardCities, industry.cities.length)} · ${countText(t.cardArticles, industry.articles.length)}`,
      dots: dots(
        industry.cities.map((c) => atlas.city.get(c)),
        () => true,
      ),
    });
  }
  const entity =
    kind === 'cities' ? atlas.city.get(id)! : kind === 'parks' ? atlas.park.get(id)! : atlas.cluster.get(id)!;
  const cityId = 'city' in entity ? entity.city : id;
  const province = kind === 'cities' && atlas.city.get(id)?.province;
  const place = kind === 'parks' ? atlas.park.get(id) : atlas.city.get(cityId);
  const others =
    kind === 'parks' ? [atlas.city.get(cityId)] : ('parks' in entity ? entity.parks : []).map((p) => atlas.park.get(p));
  return card(locale, {
    kicker: [k, province ? localName(province, locale) : kind === 'cities' ? '' : cityName(cityId)]
      .filter(Boolean)
      .join(' · '),
    title,
    figure: shownFigure(atlas, entity.figures, locale),
    evidence: evidenceText(entity.articles.length, entity.figures.length, locale),
    dots: [...dots(others, () => false), ...dots([place], () => true)],
  });
}

/** The card of the home page: the atlas, its counts, every city. */
export function homeCard(atlas: Atlas, locale: Locale): CardContent {
  const t = kitText(locale);
  return card(locale, {
    kicker: '',
    title: messages(locale).siteName,
    figure: null,
    evidence: `${countText(t.cardCities, atlas.cities.length)} · ${countText(t.cardArticles, atlas.articles.length)}`,
    dots: dots(atlas.cities, () => false),
  });
}

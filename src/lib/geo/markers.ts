/**
 * Markers and legends from entity data, for pages that drop in a map: a
 * marker per city or park, sized by its evidence (articles and figures) and
 * coloured by its leading industry.
 */
import { messages, plural } from '../../i18n/messages.ts';
import { industryColor, OTHER_COLOR } from '../charts/palette.ts';
import type { LegendItem, MapMarker, MarkerKind, Precision } from './types.ts';

type Locale = 'zh-hans' | 'zh-hant' | 'en';
type Name = { hans: string; hant: string; en: string };

/** The fields of a city, park or zone a marker needs (the collections' frontmatter has them). */
export interface Placeable {
  id: string;
  name: Name;
  coords: [number, number];
  precision: Precision;
  articles: readonly string[];
  figures: readonly unknown[];
  industries: readonly string[];
}

/** How to turn entities into markers on one page. */
export interface MarkerOptions {
  locale: Locale;
  kind: MarkerKind;
  /** The page of an entity (with base and locale, e.g. from `localizedPath`). */
  href: (id: string) => string;
  /** Every industry id of the atlas, so colours agree across pages. */
  allIndustryIds: readonly string[];
}

/** A trilingual name in a locale. */
export function nameIn(name: Name, locale: Locale): string {
  return locale === 'en' ? name.en : locale === 'zh-hant' ? name.hant : name.hans;
}

/**
 * "3 articles · 5 figures" in the locale.
 * @example evidenceText(3, 5, 'zh-hans') // '3 篇文章 · 5 个数字'
 */
export function evidenceText(articles: number, figures: number, locale: Locale): string {
  const t = messages(locale).map;
  return `${plural(t.articles, articles, locale)} · ${plural(t.figures, figures, locale)}`;
}

/** One marker per entity, in the order given. */
export function entityMarkers(entities: readonly Placeable[], options: MarkerOptions): MapMarker[] {
  return entities.map((e) => ({
    id: e.id,
    label: nameIn(e.name, options.locale),
    href: options.href(e.id),
    coords: e.coords,
    precision: e.precision,
    size: e.articles.length + e.figures.length,
    color: industryColor(e.industries[0], options.allIndustryIds),
    kind: options.kind,
    detail: evidenceText(e.articles.length, e.figures.length, options.locale),
  }));
}

/**
 * The legend for markers coloured by leading industry: one swatch per
 * industry that leads a marker (in `allIndustryIds` order), "other" when
 * some colour is shared, then the exact/approximate symbols when both occur.
 */
export function industryLegend(
  markers: readonly MapMarker[],
  industries: readonly { id: string; name: Name }[],
  options: Pick<MarkerOptions, 'locale' | 'allIndustryIds'>,
  otherLabel: string,
  isExact: (m: MapMarker) => boolean,
): LegendItem[] {
  const used = new Set(markers.map((m) => m.color));
  const swatches: LegendItem[] = [...industries]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((i) => ({ label: nameIn(i.name, options.locale), color: industryColor(i.id, options.allIndustryIds) }))
    .filter((item) => item.color !== OTHER_COLOR && used.has(item.color as string));
  if (used.has(OTHER_COLOR)) swatches.push({ label: otherLabel, color: OTHER_COLOR });
  const exact = markers.some(isExact);
  const approximate = markers.some((m) => !isExact(m));
  const { exact: exactLabel, approximateShort: approxLabel } = messages(options.locale).map;
  const symbols: LegendItem[] =
    exact && approximate
      ? [
          { label: exactLabel, symbol: 'exact' },
          { label: approxLabel, symbol: 'approximate' },
        ]
      : [];
  return [...swatches, ...symbols];
}

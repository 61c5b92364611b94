/**
 * Numbers in the reader's locale for chart labels and tables.
 */
import { memo } from '../../i18n/memo.ts';

/** The atlas's locales. */
export type ChartLocale = 'zh-hans' | 'zh-hant' | 'en';

const TAGS: Record<ChartLocale, string> = { 'zh-hans': 'zh-Hans-CN', 'zh-hant': 'zh-Hant-TW', en: 'en' };

const counts = memo((locale: ChartLocale) => new Intl.NumberFormat(TAGS[locale], { maximumFractionDigits: 1 }));
const shortDates = memo(
  (locale: ChartLocale) =>
    new Intl.DateTimeFormat(TAGS[locale], { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }),
);

/**
 * A plain count with the locale's grouping.
 * @example formatCount(13514, 'zh-hant') // '13,514'
 */
export function formatCount(value: number, locale: ChartLocale): string {
  return counts(locale).format(value);
}

/**
 * A calendar date in the locale's short form (UTC, as stored).
 * @example formatDate('2024-01-22', 'en') // 'Jan 22, 2024'
 */
export function formatDate(iso: string, locale: ChartLocale): string {
  return shortDates(locale).format(new Date(`${iso}T00:00:00Z`));
}

/**
 * Dates and counts as readers of each locale write them. Article dates are calendar
 * days without a time zone, so they are formatted in UTC to stay the same day.
 */
import { INTL_LOCALE, type Locale } from '../i18n/locales.ts';
import { memo } from '../i18n/memo.ts';
import { messages } from '../i18n/messages.ts';

const longDate = memo(
  (locale: Locale) =>
    new Intl.DateTimeFormat(INTL_LOCALE[locale], { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
);
const counts = memo((locale: Locale) => new Intl.NumberFormat(INTL_LOCALE[locale]));

/**
 * An ISO date (`YYYY-MM-DD`) in a locale's long form.
 * @example formatDate('2020-04-21', 'zh-hans') // '2020年4月21日'
 * @example formatDate('2020-04-21', 'en') // '21 April 2020'
 */
export function formatDate(iso: string, locale: Locale): string {
  return longDate(locale).format(new Date(`${iso}T00:00:00Z`));
}

/** A count in a locale's digits and grouping. */
export function formatCount(n: number, locale: Locale): string {
  return counts(locale).format(n);
}

/**
 * A number of articles with its noun, singular for one in English.
 * @example articleCount(3, 'zh-hans') // '3 篇文章'
 */
export function articleCount(n: number, locale: Locale): string {
  const t = messages(locale);
  return `${formatCount(n, locale)} ${n === 1 ? t.statArticle : t.statArticles}`;
}

/**
 * The date of access of a citation, as the reader's calendar shows it today.
 * Pure, so it is tested without a browser; `cite-copy.ts` calls it with `new Date()`.
 */
import { INTL_LOCALE, type Locale } from '../i18n/locales.ts';

/** The locales a citation can be written in. */
const KNOWN = new Set<string>(Object.keys(INTL_LOCALE));

/** A locale code from a `data-cite-accessed` attribute; unknown values fall back to Simplified Chinese. */
export function citeLocale(value: string | null | undefined): Locale {
  return value && KNOWN.has(value) ? (value as Locale) : 'zh-hans';
}

/**
 * A day in a locale's long form, in the reader's own time zone (the day they read the page).
 * @example accessedDate(new Date(2025, 5, 1), 'zh-hans') // '2025年6月1日'
 * @example accessedDate(new Date(2025, 5, 1), 'en') // '1 June 2025'
 */
export function accessedDate(date: Date, locale: Locale, timeZone?: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
}

/**
 * The same day as an ISO date, for `<time datetime>`.
 * @example isoDay(new Date(2025, 5, 1)) // '2025-06-01'
 */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

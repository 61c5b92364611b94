/**
 * The search UI's strings as the client receives them. The words live in the
 * locale files (`src/i18n/<locale>.ts`, group `search`); the page serialises
 * its own locale's group into `data-strings`, so the client script bundles
 * no dictionary. Only logic is left here.
 */
import { INTL_LOCALE, type Locale } from '../../i18n/locales.ts';
import type { Messages } from '../../i18n/zh-hans.ts';

/** The search UI's text in one locale. */
export type SearchStrings = Messages['search'];

const REQUIRED = ['prompt', 'unsearchable', 'searching', 'noResults', 'more', 'failed', 'any'] as const;

/**
 * The search strings a page serialised into its `data-strings` attribute, or
 * undefined when the attribute is missing or not what the page writes.
 * @example parseSearchStrings(JSON.stringify(messages('zh-hans').search))?.prompt // '输入关键词，繁体、简体均可。'
 */
export function parseSearchStrings(json: string | undefined): SearchStrings | undefined {
  if (!json) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const complete =
    REQUIRED.every((key) => typeof record[key] === 'string') &&
    typeof record.count === 'object' &&
    typeof record.types === 'object';
  return complete ? (value as SearchStrings) : undefined;
}

/**
 * An ISO date as the locale writes it (calendar days, so formatted in UTC);
 * anything else is shown as it is.
 * @example formatDate('zh-hant', '2024-01-22') // '2024年1月22日'
 * @example formatDate('en', '2024-01-22') // '22 January 2024'
 */
export function formatDate(locale: Locale, iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(date.getTime())) return iso;
  const format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
  return format.format(date);
}

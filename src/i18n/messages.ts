/**
 * Looking up interface strings: one dictionary per locale, and the template
 * helpers (`fill`, `plural`) that fill in their slots.
 */
import { en } from './en.ts';
import type { Locale } from './locales.ts';
import { zhHans, type Messages, type PluralForms } from './zh-hans.ts';
import { zhHant } from './zh-hant.ts';

export type { Messages, PluralForms };
export { fill, plural } from './template.ts';

const DICTIONARIES: Record<Locale, Messages> = { 'zh-hans': zhHans, 'zh-hant': zhHant, en };

/** The interface strings of a locale. */
export function messages(locale: Locale): Messages {
  return DICTIONARIES[locale];
}

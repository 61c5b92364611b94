/**
 * The journalists' kit's strings. The words live in the locale files
 * (`src/i18n/<locale>.ts`, group `kit`); this module only hands them out and
 * counts with them.
 */
import type { Locale } from '../../i18n/locales.ts';
import { messages, type Messages } from '../../i18n/messages.ts';
import { plural, type PluralForms } from '../../i18n/template.ts';

/** The kit's strings; `{name}` slots are filled with `fill` from `i18n/messages.ts`. */
export type KitText = Messages['kit'];

/**
 * A count with its noun, in the plural form the locale's rules pick.
 * @example countText({ one: '{n} city', other: '{n} cities' }, 1) // '1 city'
 * @example countText({ one: '{n} 个城市', other: '{n} 个城市' }, 2, 'zh-hans') // '2 个城市'
 */
export function countText(forms: PluralForms, n: number, locale: Locale = 'en'): string {
  return plural(forms, n, locale);
}

/** The kit's strings in a locale. */
export function kitText(locale: Locale): KitText {
  return messages(locale).kit;
}

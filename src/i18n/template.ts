/**
 * Filling in interface strings: `{name}` slots and plural forms. Kept apart
 * from the dictionaries so client scripts can use it on the strings a page
 * hands them without bundling every locale's dictionary.
 */
import { INTL_LOCALE, type Locale } from './locales.ts';
import { memo } from './memo.ts';
import type { PluralForms } from './zh-hans.ts';

export type { PluralForms };

const pluralRules = memo((locale: Locale) => new Intl.PluralRules(INTL_LOCALE[locale]));

/**
 * Fill `{name}` slots of a template; a slot with no value stays visible, so a
 * missing value shows up in review instead of vanishing.
 * @example fill('{city}{industry}产业集群', { city: '青岛', industry: '集成电路' }) // '青岛集成电路产业集群'
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = values[name];
    return value === undefined ? slot : String(value);
  });
}

/**
 * A count in words: the form the locale's plural rules pick for `n`, with
 * `{n}` filled in.
 * @example plural({ one: '{n} city', other: '{n} cities' }, 1, 'en') // '1 city'
 * @example plural({ one: '{n} 个城市', other: '{n} 个城市' }, 3, 'zh-hans') // '3 个城市'
 */
export function plural(forms: PluralForms, n: number, locale: Locale): string {
  const form = pluralRules(locale).select(n) === 'one' ? forms.one : forms.other;
  return fill(form, { n });
}

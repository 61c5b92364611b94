/**
 * Looking up interface strings: one dictionary per locale, and a tiny
 * template filler for the `{name}` slots in them.
 */
import { en } from './en.ts';
import type { Locale } from './locales.ts';
import { zhHans, type Messages } from './zh-hans.ts';
import { zhHant } from './zh-hant.ts';

export type { Messages };

const DICTIONARIES: Record<Locale, Messages> = { 'zh-hans': zhHans, 'zh-hant': zhHant, en };

/** The interface strings of a locale. */
export function messages(locale: Locale): Messages {
  return DICTIONARIES[locale];
}

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

/**
 * The atlas's three locales and how their URLs are built. Every internal
 * link goes through `localizedPath`, so sub-path deployments (ATLAS_BASE)
 * and the locale prefixes are handled in one place.
 */

/** Locale codes as they appear in URLs. */
export const LOCALES = ['zh-hans', 'zh-hant', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The default locale lives at the site root. */
export const DEFAULT_LOCALE: Locale = 'zh-hans';

/** BCP 47 tags for `<html lang>` and `hreflang`. */
export const HTML_LANG: Record<Locale, 'zh-Hans' | 'zh-Hant' | 'en'> = {
  'zh-hans': 'zh-Hans',
  'zh-hant': 'zh-Hant',
  en: 'en',
};

/** Which Chinese script a locale shows article text in (English shows the Simplified text). */
export const TEXT_SCRIPT: Record<Locale, 'hans' | 'hant'> = { 'zh-hans': 'hans', 'zh-hant': 'hant', en: 'hans' };

/** The `[...locale]` route parameter for a locale: undefined for the root locale. */
export function localeParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/** The locale of a `[...locale]` route parameter; unknown values are an error, not a fallback. */
export function localeFromParam(param: string | undefined): Locale {
  if (param === undefined || param === '') return DEFAULT_LOCALE;
  if ((LOCALES as readonly string[]).includes(param)) return param as Locale;
  throw new Error(`unknown locale "${param}"`);
}

/** `getStaticPaths` entries for a page that exists once per locale. */
export function localePaths(): { params: { locale: string | undefined }; props: { locale: Locale } }[] {
  return LOCALES.map((locale) => ({ params: { locale: localeParam(locale) }, props: { locale } }));
}

/**
 * The site-relative URL of a page in a locale, with the deployment base,
 * always ending in `/` (or a file name).
 * @example localizedPath('zh-hant', 'cities/qingdao/', '/atlas/') // '/atlas/zh-hant/cities/qingdao/'
 */
export function localizedPath(locale: Locale, path: string, base: string = import.meta.env.BASE_URL): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const prefix = locale === DEFAULT_LOCALE ? '' : `${locale}/`;
  const rest = path.replace(/^\/+/, '');
  return `${root}${prefix}${rest}`;
}

/** Each locale's name in itself, for the language switcher (the same on every page). */
export const LOCALE_LABEL: Record<Locale, string> = { 'zh-hans': '简体', 'zh-hant': '繁體', en: 'English' };

/** Open Graph `og:locale` values. */
export const OG_LOCALE: Record<Locale, string> = { 'zh-hans': 'zh_CN', 'zh-hant': 'zh_TW', en: 'en_US' };

/** `Intl` locale tags for dates and numbers. */
export const INTL_LOCALE: Record<Locale, string> = { 'zh-hans': 'zh-Hans-CN', 'zh-hant': 'zh-Hant-TW', en: 'en-GB' };

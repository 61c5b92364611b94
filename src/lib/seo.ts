/**
 * Absolute URLs for canonical links, `hreflang` alternates, Open Graph and
 * the sitemap. Every URL is the site origin + the deployment base + the
 * locale prefix + the page path.
 */
import { DEFAULT_LOCALE, HTML_LANG, LOCALES, localizedPath, type Locale } from '../i18n/locales.ts';

/** One `<link rel="alternate">`. */
export interface Alternate {
  hreflang: string;
  href: string;
}

/**
 * The absolute URL of a page in a locale.
 * @example absoluteUrl('en', 'cities/qingdao/', 'https://example.org', '/atlas/') // 'https://example.org/atlas/en/cities/qingdao/'
 */
export function absoluteUrl(locale: Locale, path: string, site: string | URL, base: string): string {
  return new URL(localizedPath(locale, path, base), site).href;
}

/** The page in every locale, then `x-default` pointing at the default locale's version. */
export function alternates(path: string, site: string | URL, base: string): Alternate[] {
  return [
    ...LOCALES.map((locale) => ({ hreflang: HTML_LANG[locale], href: absoluteUrl(locale, path, site, base) })),
    { hreflang: 'x-default', href: absoluteUrl(DEFAULT_LOCALE, path, site, base) },
  ];
}

/**
 * A page's `<title>`: the page's own title, then the site name; the home page is the site name alone.
 * @example pageTitle('青岛市', '产业集群地图集') // '青岛市 · 产业集群地图集'
 */
export function pageTitle(title: string | null, siteName: string): string {
  return title && title !== siteName ? `${title} · ${siteName}` : siteName;
}

/** A description cut to a length search engines show whole, at a character boundary. */
export function clipDescription(text: string, max = 160): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * The sitemap: every page in every locale, each with its alternates, in a
 * fixed order so the same atlas gives the same file.
 */
import { LOCALES } from '../i18n/locales.ts';
import type { Atlas, PageKind } from './atlas-types.ts';
import { entityPath } from './links.ts';
import { absoluteUrl, alternates } from './seo.ts';

const KINDS: readonly PageKind[] = ['cities', 'parks', 'industries', 'clusters', 'articles'];

/** The locale-independent paths of every page of the atlas; `extra` adds pages such as `search/`. */
export function pagePaths(atlas: Atlas, extra: readonly string[] = []): string[] {
  const ids: Record<PageKind, readonly { id: string }[]> = {
    cities: atlas.cities,
    parks: atlas.parks,
    industries: atlas.industries,
    clusters: atlas.clusters,
    articles: atlas.articles,
  };
  return [
    '',
    ...KINDS.flatMap((kind) => [`${kind}/`, ...ids[kind].map((e) => entityPath(kind, e.id))]),
    'about/',
    ...extra,
  ];
}

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The sitemap XML for these paths: one `<url>` per page and locale, each listing all alternates. */
export function sitemapXml(paths: readonly string[], site: string | URL, base: string): string {
  const urls = paths.flatMap((path) => {
    const links = alternates(path, site, base)
      .map((a) => `    <xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${escapeXml(a.href)}"/>`)
      .join('\n');
    return LOCALES.map(
      (locale) => `  <url>\n    <loc>${escapeXml(absoluteUrl(locale, path, site, base))}</loc>\n${links}\n  </url>`,
    );
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/**
 * `sitemap.xml`: every page in every locale, with `xhtml:link` alternates.
 */
import type { APIRoute } from 'astro';
import { getAtlas } from '../lib/atlas.ts';
import { hasSearchPage } from '../lib/features.ts';
import { pagePaths, sitemapXml } from '../lib/sitemap.ts';

export const GET: APIRoute = async ({ site }) => {
  const paths = pagePaths(await getAtlas(), hasSearchPage() ? ['search/'] : []);
  const xml = sitemapXml(paths, site ?? 'https://atlas.example.org', import.meta.env.BASE_URL);
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};

/** `rss.xml`, `zh-hant/rss.xml`, `en/rss.xml`: every article of the atlas, newest first. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { localePaths, type Locale } from '../../i18n/locales.ts';
import { getAtlas } from '../../lib/atlas.ts';
import { rssResponse } from '../../lib/kit/feed-routes.ts';
import { atlasFeed } from '../../lib/kit/feeds.ts';
import { siteAddress } from '../../lib/kit/load.ts';

export const getStaticPaths = (() => localePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) =>
  rssResponse(atlasFeed(await getAtlas(), (props as { locale: Locale }).locale, siteAddress(site)));

/**
 * What the feed endpoints share: their static paths and their response.
 */
import { localeParam, LOCALES, type Locale } from '../../i18n/locales.ts';
import { getAtlas } from '../atlas.ts';
import { entityFeed } from './feeds.ts';
import { siteAddress } from './load.ts';
import { renderRss, type Channel } from './rss.ts';
import type { FeedKind } from './urls.ts';

/** A feed as an HTTP response. */
export function rssResponse(channel: Channel): Response {
  return new Response(renderRss(channel), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}

type FeedPath = { params: { locale: string | undefined; id: string }; props: { locale: Locale; id: string } };

/** One feed per locale and entity of a kind. */
export async function entityFeedPaths(kind: FeedKind): Promise<FeedPath[]> {
  const atlas = await getAtlas();
  const ids = { cities: atlas.cities, parks: atlas.parks, industries: atlas.industries }[kind].map((e) => e.id);
  return LOCALES.flatMap((locale) =>
    ids.map((id) => ({ params: { locale: localeParam(locale), id }, props: { locale, id } })),
  );
}

/** The response of an entity's feed endpoint. */
export async function entityFeedResponse(
  kind: FeedKind,
  props: { locale: Locale; id: string },
  site: URL | undefined,
): Promise<Response> {
  const channel = entityFeed(await getAtlas(), kind, props.id, props.locale, siteAddress(site));
  return channel ? rssResponse(channel) : new Response(null, { status: 404 });
}

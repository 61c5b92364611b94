/** `[<locale>/]parks/<id>/rss.xml`: the articles of one entity, newest first. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../../../i18n/locales.ts';
import { entityFeedPaths, entityFeedResponse } from '../../../../lib/kit/feed-routes.ts';

export const getStaticPaths = (() => entityFeedPaths('parks')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) =>
  entityFeedResponse('parks', props as { locale: Locale; id: string }, site);

/** `og/<locale>/<kind>/<id>.png`: the share card of an entity or article page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../../../i18n/locales.ts';
import type { PageKind } from '../../../../lib/atlas-types.ts';
import { getAtlas } from '../../../../lib/atlas.ts';
import { pageCard } from '../../../../lib/kit/og-content.ts';
import { cardPaths, cardResponse } from '../../../../lib/kit/og-routes.ts';

export const getStaticPaths = (() => cardPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const content = pageCard(await getAtlas(), params.kind as PageKind, params.id ?? '', params.locale as Locale);
  return content ? cardResponse(content) : new Response(null, { status: 404 });
};

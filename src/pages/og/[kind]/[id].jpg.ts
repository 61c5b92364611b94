/** `og/<kind>/<id>.jpg`: the share card of a city, park, industry or article page, in every locale. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '../../../lib/atlas.ts';
import { pageCard } from '../../../lib/kit/og-content.ts';
import { cardPaths, cardResponse } from '../../../lib/kit/og-routes.ts';
import type { CardKind } from '../../../lib/kit/urls.ts';

export const getStaticPaths = (() => cardPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const content = pageCard(await getAtlas(), params.kind as CardKind, params.id ?? '');
  return content ? cardResponse(content) : new Response(null, { status: 404 });
};

/** `og/<locale>.jpg`: the share card of the atlas itself (home, index and other pages without their own). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../i18n/locales.ts';
import { getAtlas } from '../../lib/atlas.ts';
import { homeCard } from '../../lib/kit/og-content.ts';
import { cardResponse, homeCardPaths } from '../../lib/kit/og-routes.ts';

export const getStaticPaths = (() => homeCardPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => cardResponse(homeCard(await getAtlas(), params.locale as Locale));

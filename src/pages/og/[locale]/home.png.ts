/** `og/<locale>/home.png`: the share card of the atlas itself (home and index pages). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../../../i18n/locales.ts';
import { getAtlas } from '../../../lib/atlas.ts';
import { homeCard } from '../../../lib/kit/og-content.ts';
import { cardResponse } from '../../../lib/kit/og-routes.ts';

export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => cardResponse(homeCard(await getAtlas(), params.locale as Locale));

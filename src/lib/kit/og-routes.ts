/**
 * What the share-card endpoints share: their static paths and their response.
 */
import { readFileSync } from 'node:fs';
import { LOCALES, type Locale } from '../../i18n/locales.ts';
import { getAtlas } from '../atlas.ts';
import type { PageKind } from '../atlas-types.ts';
import { loadBasemap } from '../geo/basemap.ts';
import { entityIds } from './entity-paths.ts';
import { systemFontSupport } from './fonts.ts';
import { cardSvg, type CardContent } from './og-card.ts';
import { cachedPng, defaultCacheDir, loadSharpRenderer } from './og-render.ts';

/** The site-wide card, used only when no renderer can be loaded. */
const FALLBACK_CARD = 'public/og-card.png';

/** A card as a PNG response. */
export async function cardResponse(content: CardContent): Promise<Response> {
  const renderer = await loadSharpRenderer();
  const png = renderer
    ? await cachedPng(cardSvg(content, loadBasemap(), systemFontSupport()), renderer, defaultCacheDir())
    : new Uint8Array(readFileSync(FALLBACK_CARD));
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
}

/** One card per locale and entity or article page. */
export async function cardPaths(): Promise<{ params: { locale: Locale; kind: PageKind; id: string } }[]> {
  const ids = entityIds(await getAtlas());
  return LOCALES.flatMap((locale) => ids.map(({ kind, id }) => ({ params: { locale, kind, id } })));
}

/**
 * What the share-card endpoints share: their static paths and their response.
 */
import { readFileSync } from 'node:fs';
import { LOCALES, type Locale } from '../../i18n/locales.ts';
import { getAtlas } from '../atlas.ts';
import type { Atlas } from '../atlas-types.ts';
import { loadBasemap } from '../geo/basemap.ts';
import { systemFontSupport } from './fonts.ts';
import { cardBackground, cardOverlay, type CardContent } from './og-card.ts';
import { homeCard, pageCard } from './og-content.ts';
import {
  cachedCard,
  cardKey,
  defaultCacheDir,
  loadSharpRenderer,
  pruneCardCache,
  renderAhead,
  type CardLayers,
} from './og-render.ts';
import { CARD_KINDS, type CardKind } from './urls.ts';

/** The site-wide card, used only when no renderer can be loaded. */
const FALLBACK_CARD = 'public/og-card.png';

let background: string | undefined;

/** A card's two SVG layers on this machine (its fonts decide which text is drawn). */
export function cardLayers(content: CardContent): CardLayers {
  background ??= cardBackground(loadBasemap());
  return { background, overlay: cardOverlay(content, systemFontSupport()) };
}

/** A card as an image response. */
export async function cardResponse(content: CardContent): Promise<Response> {
  const renderer = await loadSharpRenderer();
  const image = renderer
    ? await cachedCard(cardLayers(content), renderer, defaultCacheDir())
    : new Uint8Array(readFileSync(FALLBACK_CARD));
  const type = renderer ? 'image/jpeg' : 'image/png';
  return new Response(image as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': type } });
}

/** Every card the atlas has: the pages' own and the home page's in each locale. */
function everyCard(atlas: Atlas, ids: readonly { kind: CardKind; id: string }[]): CardContent[] {
  return [
    ...ids.flatMap(({ kind, id }) => pageCard(atlas, kind, id) ?? []),
    ...LOCALES.map((locale) => homeCard(atlas, locale)),
  ];
}

/**
 * One card per city, park and industry, for every locale's page.
 * Called once per build, it also prunes the card cache to the cards of this
 * atlas, so the cache does not grow with every edit of the corpus, and
 * starts rendering the missing cards ahead of their pages.
 */
export async function cardPaths(): Promise<{ params: { kind: CardKind; id: string } }[]> {
  const atlas = await getAtlas();
  const rows: Record<CardKind, readonly { id: string }[]> = {
    cities: atlas.cities,
    parks: atlas.parks,
    industries: atlas.industries,
  };
  const ids = CARD_KINDS.flatMap((kind) => rows[kind].map(({ id }) => ({ kind, id })));
  const renderer = await loadSharpRenderer();
  if (renderer && import.meta.env.PROD) {
    const cards = everyCard(atlas, ids).map(cardLayers);
    pruneCardCache(defaultCacheDir(), new Set(cards.map((c) => cardKey(c, renderer.version))));
    // Not awaited: each card's page waits for its own card only.
    void renderAhead(cards, renderer, defaultCacheDir());
  }
  return ids.map((params) => ({ params }));
}

/** The home cards' paths: one per locale. */
export const homeCardPaths = (): { params: { locale: Locale } }[] => LOCALES.map((locale) => ({ params: { locale } }));

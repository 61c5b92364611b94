/**
 * Share cards from SVG to JPEG, with a content-addressed cache: a card is
 * rasterised only when its SVG (or the renderer) changed, so an unchanged
 * page does not regenerate its image, and entries no page uses any more are
 * pruned. The renderer is sharp (libvips with librsvg), which Astro already
 * depends on; it draws text with the system's fonts through fontconfig. It
 * rasterises the background shared by all cards once, and each card's
 * overlay onto it; JPEG at quality 85 is smaller than PNG for a card with a
 * map and much cheaper to encode than a palette PNG.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OutputInfo } from 'sharp';

/** A card as its two SVG documents: the background every card shares, and its own overlay. */
export interface CardLayers {
  background: string;
  overlay: string;
}

/** Turns a card's layers into image bytes. */
export type Rasterize = (card: CardLayers) => Promise<Uint8Array>;

/** A rasteriser and the version string that keys its output. */
export interface Renderer {
  version: string;
  rasterize: Rasterize;
}

/** Where cached cards live: beside Astro's cache (ATLAS_CACHE), so each build folder keeps its own. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.ATLAS_CACHE ?? join('node_modules', '.astro'), 'atlas-og');
}

/** The extension of cached and published cards. */
export const CARD_EXT = 'jpg';

/**
 * The cache key of a card: SHA-256 of the renderer's version and both layers.
 * @example cardKey({ background: '<svg/>', overlay: '<svg/>' }, 'rsvg 2.63') // 64 hex digits
 */
export function cardKey(card: CardLayers, version: string): string {
  return createHash('sha256')
    .update(version)
    .update('\u0000')
    .update(card.background)
    .update('\u0000')
    .update(card.overlay)
    .digest('hex');
}

/**
 * The cache file of a card.
 * @example cachedCardFile('/c', { background: '<svg/>', overlay: '<svg/>' }, 'v1') // '/c/<64 hex digits>.jpg'
 */
export function cachedCardFile(cacheDir: string, card: CardLayers, version: string): string {
  return join(cacheDir, cacheFile(cardKey(card, version)));
}

const cacheFile = (key: string): string => `${key}.${CARD_EXT}`;

async function renderToCache(card: CardLayers, renderer: Renderer, file: string): Promise<void> {
  const image = await renderer.rasterize(card);
  // Write then rename, so a parallel or interrupted build never reads half a file.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, image);
  renameSync(partial, file);
}

/**
 * Render every card the cache lacks, in order, `lanes` at a time (a card
 * spends much of its time in libvips's threads, so two keep two cores
 * busy); a card drawn before, or twice in `cards`, is drawn once. Rejects
 * with the first failure, once the lanes have stopped. Returns how many were drawn.
 */
export async function drawMissing(
  cards: readonly CardLayers[],
  renderer: Renderer,
  cacheDir: string,
  lanes = 2,
): Promise<number> {
  mkdirSync(cacheDir, { recursive: true });
  const wanted = new Map(cards.map((card) => [cachedCardFile(cacheDir, card, renderer.version), card]));
  const missing = [...wanted.keys()].filter((file) => !existsSync(file));
  let next = 0;
  let failure: unknown = null;
  const lane = async (): Promise<void> => {
    while (failure === null && next < missing.length) {
      const file = missing[next++]!;
      await renderToCache(wanted.get(file)!, renderer, file).catch((error: unknown) => {
        failure ??= error;
      });
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  if (failure !== null) throw failure;
  return missing.length;
}

/**
 * Delete every cache entry but those of `keep` (card keys), and any partial
 * file an interrupted build left: the cache holds only what the current
 * corpus uses. Returns how many files were deleted.
 */
export function pruneCardCache(cacheDir: string, keep: ReadonlySet<string>): number {
  if (!existsSync(cacheDir)) return 0;
  const wanted = new Set([...keep].map(cacheFile));
  const stale = readdirSync(cacheDir).filter((f) => !wanted.has(f));
  for (const f of stale) rmSync(join(cacheDir, f), { force: true });
  return stale.length;
}

let sharpRenderer: Promise<Renderer | null> | undefined;

/** The sharp renderer, or null (with a warning) when sharp cannot be loaded on this machine. */
export function loadSharpRenderer(): Promise<Renderer | null> {
  sharpRenderer ??= import('sharp').then(
    ({ default: sharp }) => {
      // Raw pixels of each background seen (one in practice), rasterised once.
      const backgrounds = new Map<string, Promise<{ data: Buffer; info: OutputInfo }>>();
      const background = (svg: string) => {
        let raw = backgrounds.get(svg);
        if (!raw) {
          raw = sharp(Buffer.from(svg)).raw().toBuffer({ resolveWithObject: true });
          backgrounds.set(svg, raw);
        }
        return raw;
      };
      return {
        version: `sharp ${sharp.versions.sharp ?? ''} vips ${sharp.versions.vips} rsvg ${sharp.versions.rsvg ?? ''} jpeg 85 standard-huffman`,
        rasterize: async (card: CardLayers) => {
          const { data, info } = await background(card.background);
          const raw = { width: info.width, height: info.height, channels: info.channels };
          const image = sharp(data, { raw }).composite([{ input: Buffer.from(card.overlay) }]);
          // Standard Huffman tables: 14% less CPU a card for 7% more bytes, and
          // cards are fetched by link previews, not by readers of the pages.
          return new Uint8Array(await image.jpeg({ quality: 85, optimiseCoding: false }).toBuffer());
        },
      };
    },
    (error: unknown) => {
      console.warn(`atlas share cards: sharp is unavailable (${String(error)}); pages use the site-wide card`);
      return null;
    },
  );
  return sharpRenderer;
}

/**
 * Share cards from SVG to PNG, with a content-addressed cache: a card is
 * rasterised only when its SVG (or the renderer) changed, so an unchanged
 * page does not regenerate its image. The renderer is sharp (libvips with
 * librsvg), which Astro already depends on; it draws text with the system's
 * fonts through fontconfig.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Turns an SVG document into PNG bytes. */
export type Rasterize = (svg: string) => Promise<Uint8Array>;

/** A rasteriser and the version string that keys its output. */
export interface Renderer {
  version: string;
  rasterize: Rasterize;
}

/** Where cached cards live: beside Astro's cache (ATLAS_CACHE), so each build folder keeps its own. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.ATLAS_CACHE ?? join('node_modules', '.astro'), 'atlas-og');
}

/**
 * The cache key of a card: SHA-256 of the renderer's version and the SVG.
 * @example cardKey('<svg/>', 'rsvg 2.63') // 64 hex digits
 */
export function cardKey(svg: string, version: string): string {
  return createHash('sha256').update(version).update('\u0000').update(svg).digest('hex');
}

/** The PNG of an SVG, from the cache when this SVG was rendered before. */
export async function cachedPng(svg: string, renderer: Renderer, cacheDir: string): Promise<Uint8Array> {
  const file = join(cacheDir, `${cardKey(svg, renderer.version)}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await renderer.rasterize(svg);
  mkdirSync(cacheDir, { recursive: true });
  // Write then rename, so a parallel or interrupted build never reads half a file.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return png;
}

let sharpRenderer: Promise<Renderer | null> | undefined;

/** The sharp renderer, or null (with a warning) when sharp cannot be loaded on this machine. */
export function loadSharpRenderer(): Promise<Renderer | null> {
  sharpRenderer ??= import('sharp').then(
    ({ default: sharp }) => ({
      version: `sharp ${sharp.versions.sharp ?? ''} vips ${sharp.versions.vips} rsvg ${sharp.versions.rsvg ?? ''}`,
      rasterize: async (svg: string) =>
        new Uint8Array(await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: false }).toBuffer()),
    }),
    (error: unknown) => {
      console.warn(`atlas share cards: sharp is unavailable (${String(error)}); pages use the site-wide card`);
      return null;
    },
  );
  return sharpRenderer;
}

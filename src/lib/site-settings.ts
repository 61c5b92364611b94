/**
 * The build's settings from the environment, in one place: astro.config.mjs
 * reads them, and so do the steps that run beside or after Astro's build,
 * which must make the same URLs and the same policy as the pages.
 */
import { onlineTiles } from './geo/tiles.ts';
import type { PolicyOptions } from '../integrations/csp-policy.ts';

/** Where the site lives and what it is built from. */
export interface SiteSettings {
  /** The absolute origin of canonical URLs (`ATLAS_SITE`). */
  site: string;
  /** The deployment sub-path as Astro gives it to pages: leading and trailing slash (`ATLAS_BASE`). */
  base: string;
  /** The content folder (`ATLAS_CONTENT`). */
  contentDir: string;
  /** What the Content-Security-Policy allows besides the site itself (`ATLAS_TILES`). */
  policy: PolicyOptions;
}

/**
 * The settings an environment gives.
 * @example siteSettings({ ATLAS_BASE: 'atlas' }).base // '/atlas/'
 */
export function siteSettings(env: Readonly<Record<string, string | undefined>> = process.env): SiteSettings {
  const raw = env.ATLAS_BASE ?? '/';
  const base = `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const tiles = onlineTiles(env.ATLAS_TILES);
  return {
    site: env.ATLAS_SITE ?? 'https://atlas.example.org',
    base,
    contentDir: env.ATLAS_CONTENT ?? './content',
    policy: { imageOrigins: tiles ? [tiles.origin] : [] },
  };
}

/**
 * The download tables of this build, assembled once from the content
 * collections (the edge the kit's endpoints share).
 */
import { getAtlas } from '../atlas.ts';
import { buildTables, type SiteAddress } from './dataset.ts';
import { atlasMeta, type AtlasMeta } from './documents.ts';
import type { Tables } from './records.ts';

let cached: { key: string; value: Promise<{ tables: Tables; meta: AtlasMeta }> } | undefined;

/** The site's address in an endpoint or page: Astro's `site` and the deployment base. */
export function siteAddress(site: URL | undefined): SiteAddress {
  return { site: site ?? 'https://atlas.example.org', base: import.meta.env.BASE_URL };
}

/** The tables and self-description of the download, for this site address. */
export function getKitData(address: SiteAddress): Promise<{ tables: Tables; meta: AtlasMeta }> {
  const key = `${String(address.site)} ${address.base}`;
  if (!cached || cached.key !== key || !import.meta.env.PROD) {
    const value = getAtlas().then((atlas) => ({ tables: buildTables(atlas, address), meta: atlasMeta(address) }));
    cached = { key, value };
  }
  return cached.value;
}

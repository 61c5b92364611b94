/**
 * The optional online tile layer of the maps. Off unless the build is told
 * otherwise (`ATLAS_TILES=osm`): the maps need no tile server, and the site's
 * Content-Security-Policy allows an outside image origin only when a tile
 * layer is offered.
 */

/** A tile layer the map client can offer, and the origin its images come from. */
export interface TileSource {
  /** Leaflet URL template (`{z}`, `{x}`, `{y}`). */
  url: string;
  maxZoom: number;
  /** The origin of the tile images, for the policy's `img-src`. */
  origin: string;
}

const PROVIDERS: Record<string, Omit<TileSource, 'origin'>> = {
  osm: { url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', maxZoom: 19 },
};

/**
 * The tile source a setting names: null when unset or empty (no online
 * layer); throws on a name it does not know, so a typo cannot silently
 * ship maps without the layer someone asked for.
 * @example onlineTiles('osm') // { url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', maxZoom: 19, origin: 'https://tile.openstreetmap.org' }
 */
export function onlineTiles(setting: string | undefined): TileSource | null {
  const name = (setting ?? '').trim().toLowerCase();
  if (name === '' || name === 'off' || name === 'none') return null;
  const provider = PROVIDERS[name];
  if (!provider) {
    throw new Error(
      `ATLAS_TILES: unknown tile source "${setting}" (known: ${Object.keys(PROVIDERS).join(', ')}, or empty for none)`,
    );
  }
  return { ...provider, origin: new URL(provider.url.replace(/\{[a-z]\}/g, '0')).origin };
}

/** The tile source this build offers, from `ATLAS_TILES`. */
export function configuredTiles(): TileSource | null {
  return onlineTiles(process.env.ATLAS_TILES);
}

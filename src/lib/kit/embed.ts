/**
 * The `<iframe>` snippet that embeds an atlas map in another site.
 */
import { escapeXml } from '../charts/markup.ts';

/** The embed's shape: the map is 4:3 and its caption takes a few lines, so the frame is a little taller. */
export const EMBED_SIZE = { width: 640, height: 560 } as const;

/**
 * The snippet as text, with the URL and title escaped for an attribute.
 * @example embedCode('https://x.org/embed/cities/qingdao/', '青岛市地图')
 * // '<iframe src="https://x.org/embed/cities/qingdao/" title="青岛市地图" width="640" height="560" style="border:0;max-width:100%" loading="lazy"></iframe>'
 */
export function embedCode(src: string, title: string): string {
  return `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="${EMBED_SIZE.width}" height="${EMBED_SIZE.height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

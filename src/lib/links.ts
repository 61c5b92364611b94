/**
 * Locale-independent paths of the atlas's pages. Components turn them into
 * URLs with `localizedPath(locale, path)`, which adds the base and prefix.
 */
import type { PageKind } from './atlas-types.ts';

/** A link as pages render it: a locale-independent path and a label (with its language when it differs from the page's). */
export interface Link {
  path: string;
  label: string;
  lang?: string;
}

/**
 * The path of an entity's page.
 * @example entityPath('cities', 'qingdao') // 'cities/qingdao/'
 */
export function entityPath(kind: PageKind, id: string): string {
  return `${kind}/${id}/`;
}

/**
 * The path of a paragraph of an article, as its anchor.
 * @example paragraphPath('2020-04-21-6b53536a', 4) // 'articles/2020-04-21-6b53536a/#p-4'
 */
export function paragraphPath(articleId: string, paragraph: number): string {
  return `articles/${articleId}/#p-${paragraph}`;
}

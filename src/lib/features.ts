/**
 * Pages that other parts of the project add: the site links to them only
 * once they exist, so no build ever carries a link to a missing page.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Whether the search page (`src/pages/[...locale]/search/index.astro`) is part of this build. */
export function hasSearchPage(root: string = process.cwd()): boolean {
  return existsSync(join(root, 'src', 'pages', '[...locale]', 'search', 'index.astro'));
}

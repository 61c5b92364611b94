/**
 * The per-entity download files (`data/<kind>/<id>.json` and `.csv`), made
 * from the whole-atlas download (`data/atlas.json`) alone. They are written
 * after the pages, not rendered as routes: tens of thousands of small files
 * cost Astro about 2 ms each to route and write, four times what making them
 * costs here.
 */
import type { PageKind } from '../atlas-types.ts';
import { toCsv } from './csv.ts';
import { entityDocument, jsonFile, type AtlasDocument } from './documents.ts';

/** A download file, relative to the site's root folder. */
export interface DownloadFile {
  path: string;
  contents: string;
}

/** The kinds with a file per entry, in the order they are written. */
export const ENTITY_KINDS = ['cities', 'parks', 'industries', 'clusters', 'articles'] as const satisfies PageKind[];

/**
 * Every entity's and article's JSON file and figures CSV, one pair at a
 * time, so a large atlas never holds all of them at once.
 */
export function* entityDownloads(atlas: AtlasDocument): Generator<DownloadFile> {
  const { atlas: meta, ...tables } = atlas;
  for (const kind of ENTITY_KINDS) {
    for (const { id } of tables[kind]) {
      const document = entityDocument(tables, kind, id, meta);
      if (!document) continue;
      yield { path: `data/${kind}/${id}.json`, contents: jsonFile(document) };
      yield { path: `data/${kind}/${id}.csv`, contents: toCsv('figures', document.figures) };
    }
  }
}

/**
 * `getStaticPaths` entries for the kit's per-entity endpoints.
 */
import { getAtlas } from '../atlas.ts';
import type { Atlas, PageKind } from '../atlas-types.ts';

/** Every page kind with its ids, in the atlas's order. */
export function entityIds(atlas: Atlas): { kind: PageKind; id: string }[] {
  const kinds: [PageKind, readonly { id: string }[]][] = [
    ['cities', atlas.cities],
    ['parks', atlas.parks],
    ['industries', atlas.industries],
    ['clusters', atlas.clusters],
    ['articles', atlas.articles],
  ];
  return kinds.flatMap(([kind, rows]) => rows.map((row) => ({ kind, id: row.id })));
}

/** `{ kind, id }` params of every entity and article. */
export async function entityParams(): Promise<{ params: { kind: PageKind; id: string } }[]> {
  return entityIds(await getAtlas()).map((params) => ({ params }));
}

/** `data/<kind>/<id>.json`: one entity's or article's record, figures (with provenance) and articles. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { PageKind } from '../../../lib/atlas-types.ts';
import { entityDocument, jsonFile } from '../../../lib/kit/documents.ts';
import { entityParams } from '../../../lib/kit/entity-paths.ts';
import { getKitData, siteAddress } from '../../../lib/kit/load.ts';

export const getStaticPaths = (async () => entityParams()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { tables, meta } = await getKitData(siteAddress(site));
  const document = entityDocument(tables, params.kind as PageKind, params.id ?? '', meta);
  if (!document) return new Response(null, { status: 404 });
  return new Response(jsonFile(document), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

/** `data/<kind>/<id>.csv`: the figures of one entity or article, with their provenance. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { PageKind } from '../../../lib/atlas-types.ts';
import { toCsv } from '../../../lib/kit/csv.ts';
import { entityDocument } from '../../../lib/kit/documents.ts';
import { entityParams } from '../../../lib/kit/entity-paths.ts';
import { getKitData, siteAddress } from '../../../lib/kit/load.ts';

export const getStaticPaths = (async () => entityParams()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { tables, meta } = await getKitData(siteAddress(site));
  const document = entityDocument(tables, params.kind as PageKind, params.id ?? '', meta);
  if (!document) return new Response(null, { status: 404 });
  return new Response(toCsv('figures', document.figures), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};

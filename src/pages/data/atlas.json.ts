/** `data/atlas.json`: every table of the atlas, with its terms and documentation links. */
import type { APIRoute } from 'astro';
import { atlasDocument, jsonFile } from '../../lib/kit/documents.ts';
import { getKitData, siteAddress } from '../../lib/kit/load.ts';

export const GET: APIRoute = async ({ site }) => {
  const { tables, meta } = await getKitData(siteAddress(site));
  return new Response(jsonFile(atlasDocument(tables, meta)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

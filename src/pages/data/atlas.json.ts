/** `data/atlas.json`: every table of the atlas, with its terms and documentation links. */
import type { APIRoute } from 'astro';
import { jsonFileStream } from '../../lib/json-stream.ts';
import { atlasDocument } from '../../lib/kit/documents.ts';
import { getKitData, siteAddress } from '../../lib/kit/load.ts';

export const GET: APIRoute = async ({ site }) => {
  const { tables, meta } = await getKitData(siteAddress(site));
  // Streamed: the same bytes as jsonFile, never one string (about 200 MB at 10,000 articles).
  return new Response(jsonFileStream(atlasDocument(tables, meta)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

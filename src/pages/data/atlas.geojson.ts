/** `data/atlas.geojson`: every city and park as a Point. */
import type { APIRoute } from 'astro';
import { jsonFile } from '../../lib/kit/documents.ts';
import { toGeoJson } from '../../lib/kit/geojson.ts';
import { getKitData, siteAddress } from '../../lib/kit/load.ts';

export const GET: APIRoute = async ({ site }) => {
  const { tables } = await getKitData(siteAddress(site));
  return new Response(jsonFile(toGeoJson(tables)), {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
};

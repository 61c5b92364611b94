/** `data/<table>.csv`: one table of the atlas (cities, parks, industries, clusters, companies, articles, figures). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../lib/kit/csv.ts';
import { getKitData, siteAddress } from '../../lib/kit/load.ts';
import { TABLES, type Table } from '../../lib/kit/urls.ts';

export const getStaticPaths = (() => TABLES.map((table) => ({ params: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const table = params.table as Table;
  const { tables } = await getKitData(siteAddress(site));
  return new Response(toCsv(table, tables[table]), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};

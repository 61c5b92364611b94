/**
 * `<locale>/search/folding.json`: the query folding table of each locale,
 * built from the industry taxonomy and the OpenCC dictionaries of the query
 * converter. The search page fetches it only for Chinese or English queries
 * that may need it.
 */
import type { APIRoute } from 'astro';
import industriesYaml from '../../../../content/gazetteer/industries.yaml?raw';
import { toHans, toHant } from '../../../../scripts/lib/convert-script.ts';
import { localePaths, type Locale } from '../../../i18n/locales.ts';
import { buildFoldingTable, parseIndustries } from '../../../lib/search/folding-table.ts';
import { rewritingDictionaries, s2tDictionaries, t2sDictionaries } from '../../../lib/search/opencc-dictionaries.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = ({ props }) => {
  const table = buildFoldingTable((props as { locale: Locale }).locale, parseIndustries(industriesYaml), {
    converters: { toHans, toHant },
    dictionaries: { hans: rewritingDictionaries('tw2s'), hant: rewritingDictionaries('s2tw') },
    s2t: s2tDictionaries(),
    t2s: t2sDictionaries(),
  });
  return new Response(JSON.stringify(table), { headers: { 'content-type': 'application/json' } });
};

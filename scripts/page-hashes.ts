/**
 * The hashes of the inline code and styles of every page of a built site,
 * for `_headers`: the build runs this while the search index is built, as
 * it reads every page.
 *
 *   node scripts/page-hashes.ts --site DIR --out FILE
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { siteInlineHashes } from '../src/integrations/security-headers.ts';

const { values } = parseArgs({ options: { site: { type: 'string' }, out: { type: 'string' } } });
if (!values.site || !values.out) throw new Error('page-hashes: --site DIR and --out FILE are required');
writeFileSync(values.out, `${JSON.stringify(await siteInlineHashes(values.site))}\n`);

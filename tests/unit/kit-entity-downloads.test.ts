import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { writeEntityDownloads } from '../../src/integrations/entity-downloads.ts';
import { BOM, toCsv } from '../../src/lib/kit/csv.ts';
import { buildTables } from '../../src/lib/kit/dataset.ts';
import { atlasDocument, atlasMeta, entityDocument, jsonFile } from '../../src/lib/kit/documents.ts';
import { entityDownloads, ENTITY_KINDS } from '../../src/lib/kit/entity-downloads.ts';
import { ADDRESS, kitAtlas } from './kit-fixture.ts';

const tables = buildTables(kitAtlas(), ADDRESS);
const meta = atlasMeta(ADDRESS);
const published = atlasDocument(tables, meta);
// What the integration reads back: the whole-atlas file as written.
const fromFile = JSON.parse(jsonFile(published)) as typeof published;
const files = [...entityDownloads(fromFile)];
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('per-entity downloads', () => {
  test('are a JSON file and a figures CSV for every entity and article', () => {
    const expected = ENTITY_KINDS.flatMap((kind) =>
      tables[kind].flatMap(({ id }) => [`data/${kind}/${id}.json`, `data/${kind}/${id}.csv`]),
    );
    expect(expected.length).toBeGreaterThan(10);
    expect(files.map((f) => f.path)).toEqual(expected);
  });

  test('made from data/atlas.json are the same bytes as from the tables themselves', () => {
    for (const kind of ENTITY_KINDS) {
      for (const { id } of tables[kind]) {
        const document = entityDocument(tables, kind, id, meta)!;
        const json = files.find((f) => f.path === `data/${kind}/${id}.json`)!;
        const csv = files.find((f) => f.path === `data/${kind}/${id}.csv`)!;
        expect(json.contents).toBe(jsonFile(document));
        expect(csv.contents).toBe(toCsv('figures', document.figures));
      }
    }
  });

  test('are written next to data/atlas.json, and nothing else is', async () => {
    const site = mkdtempSync(join(tmpdir(), 'atlas-downloads-'));
    dirs.push(site);
    mkdirSync(join(site, 'data'));
    writeFileSync(join(site, 'data', 'atlas.json'), jsonFile(published));
    expect(await writeEntityDownloads(site)).toBe(files.length);
    expect(readdirSync(join(site, 'data')).sort()).toEqual(['atlas.json', ...ENTITY_KINDS].sort());
    const city = tables.cities[0]!.id;
    expect(JSON.parse(readFileSync(join(site, 'data', 'cities', `${city}.json`), 'utf8'))).toMatchObject({
      kind: 'city',
      entity: { id: city },
    });
    expect(readFileSync(join(site, 'data', 'cities', `${city}.csv`), 'utf8').startsWith(BOM)).toBe(true);
  });
});

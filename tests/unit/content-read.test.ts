import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { articleFiles as renderArticles, renderDataFile } from '../../scripts/lib/content-files.ts';
import type { ArticleFrontmatter } from '../../scripts/lib/article-types.ts';
import { readContentAtlas } from '../../src/lib/content/read-content.ts';
import { articles, cities, clusters, fixtureAtlas, industries, parks } from './site-fixture.ts';

const root = mkdtempSync(join(tmpdir(), 'atlas-read-content-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(dir: string, path: string, contents: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), contents);
}

/** A content folder holding the site fixture, written as the ingest writes content. */
function fixtureContent(name: string): string {
  const dir = join(root, name);
  const paragraph = [{ kind: 'paragraph' as const, text: '正文', garbled: [] }];
  const entries = articles.map((a) => ({
    frontmatter: a as ArticleFrontmatter,
    body: { hans: paragraph, hant: paragraph },
  }));
  for (const file of renderArticles(entries)) write(dir, file.path, file.contents);
  const tables = { cities, parks, industries, clusters };
  for (const [section, rows] of Object.entries(tables)) {
    for (const row of rows) write(dir, `${section}/${row.id}.json`, renderDataFile(row));
  }
  return dir;
}

describe('readContentAtlas', () => {
  test('reads the same atlas the collections give the site', () => {
    const atlas = readContentAtlas(fixtureContent('whole'));
    const expected = fixtureAtlas();
    for (const part of ['articles', 'cities', 'parks', 'industries', 'clusters'] as const) {
      expect(atlas[part], part).toEqual(expected[part]);
    }
    expect(atlas.city.get('qingdao')).toEqual(expected.city.get('qingdao'));
  });

  test('an entry that fails its schema is an error naming its file and field', () => {
    const dir = fixtureContent('bad');
    write(dir, 'cities/qingdao.json', renderDataFile({ ...cities[0], coords: [120, 36] }));
    expect(() => readContentAtlas(dir)).toThrow(/cities\/qingdao\.json does not match[\s\S]*coords/);
  });

  test('a folder with no content gives an empty atlas', () => {
    const atlas = readContentAtlas(join(root, 'empty'));
    expect([atlas.articles, atlas.cities, atlas.clusters]).toEqual([[], [], []]);
  });
});

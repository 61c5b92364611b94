import { describe, expect, test } from 'vitest';
import { buildEntityTables } from '../../scripts/lib/aggregate/build-tables.ts';
import { buildLexicon } from '../../scripts/lib/entities/build-lexicon.ts';
import { loadCurated } from '../../scripts/lib/entities/load-curated.ts';
import { enrichWithGazetteer } from '../../scripts/lib/enrich.ts';
import { loadPlaces } from '../../scripts/lib/gazetteer/load-places.ts';
import { ingestCorpus } from '../../scripts/lib/ingest-corpus.ts';
import { citySchema, clusterSchema, industrySchema, parkSchema } from '../../src/schemas/entities.ts';

const lexicon = buildLexicon(loadPlaces(), loadCurated());
const seed = (file: string, lines: string[]) => ({ file, bytes: new TextEncoder().encode(lines.join('\n\n')) });

const corpus = ingestCorpus(
  [
    seed('chuzhou.txt', [
      '滁州光伏产业集群加速成势',
      '2023-05-06 09:00 来源:示例日报',
      '安徽滁州:光伏产业链条日益完善',
      '滁州市是合肥都市圈和南京都市圈重要成员。近年来,该市把光伏作为重点招引方向,光伏组件产能持续扩大。',
      '位于滁州的全椒经济开发区内,一个总投资50亿元的光伏电池项目正在建设。',
      '今年以来,滁州光伏企业新增订单明显增加,光伏产业产值同比增长20%。',
    ]),
    seed('hefei.txt', [
      '合肥集成电路产业园再签新项目',
      '2023年07月01日 来源:示例晚报',
      '合肥市集成电路产业持续壮大,合肥晶圆智造产业园日前签约总投资30亿元的封装测试项目。',
      '业内人士表示,合肥的集成电路企业已超过300家,集成电路产业规模居全国前列。',
    ]),
    seed('hsinchu.txt', [
      '新竹科學園區去年營業額創新高',
      '2024-03-05 10:00 來源:示例新聞',
      '新竹科學園區管理局表示,園區去年營業額再創新高,進駐廠商持續增加。',
    ]),
  ],
  {},
  enrichWithGazetteer(lexicon),
);
const tables = buildEntityTables(
  corpus.entries.map((entry) => ({ entry, links: entry.links! })),
  lexicon,
);
const byId = <T extends { id: string }>(list: T[], id: string) => list.find((x) => x.id === id);

describe('buildEntityTables', () => {
  test('every record satisfies the site’s schema', () => {
    for (const c of tables.cities) expect(citySchema.safeParse(c).error).toBeUndefined();
    for (const p of tables.parks) expect(parkSchema.safeParse(p).error).toBeUndefined();
    for (const i of tables.industries) expect(industrySchema.safeParse(i).error).toBeUndefined();
    for (const c of tables.clusters) expect(clusterSchema.safeParse(c).error).toBeUndefined();
  });

  test('clusters join an industry to the city the passages are about, not to cities named in passing', () => {
    const ids = tables.clusters.map((c) => c.id);
    expect(ids).toContain('chuzhou-photovoltaics');
    expect(ids).toContain('hefei-integrated-circuits');
    expect(ids).not.toContain('nanjing-photovoltaics');
    expect(ids).not.toContain('hefei-photovoltaics');
  });

  test('a city lists its articles, clusters and figures, each figure traceable to its article', () => {
    const chuzhou = byId(tables.cities, 'chuzhou')!;
    expect(chuzhou.name.en).toBe('Chuzhou');
    expect(chuzhou.clusters).toContain('chuzhou-photovoltaics');
    expect(chuzhou.articles).toHaveLength(1);
    const article = corpus.entries.find((e) => e.frontmatter.id === chuzhou.articles[0])!;
    const texts = chuzhou.figures.map((ref) => article.frontmatter.figures[ref.index]!.text);
    expect(texts.some((t) => t.includes('50亿元'))).toBe(true);
  });

  test('a park the gazetteer does not know gets its own entry on its city, flagged approximate', () => {
    const park = tables.parks.find((p) => p.name.hans.includes('晶圆智造'))!;
    expect(park).toBeDefined();
    expect(park.city).toBe('hefei');
    expect(park.curated).toBe(false);
    expect(park.precision).toBe('city');
    expect(park.coords).toEqual(lexicon.places.get('hefei')!.coords);
    expect(park.name.en).toMatch(/^Hefei .*Industrial Park$/);
  });

  test('an industry known only from a curated park’s industries still gets a record, so no cluster names an industry without a page', () => {
    const industries = new Set(tables.industries.map((i) => i.id));
    expect(tables.clusters.map((c) => c.id)).toContain('hsinchu-city-electronic-information');
    for (const cluster of tables.clusters) expect(industries, cluster.id).toContain(cluster.industry);
    expect(byId(tables.industries, 'electronic-information')!.clusters).toContain(
      'hsinchu-city-electronic-information',
    );
  });

  test('industries list their cities by evidence and only clusters that exist', () => {
    const ic = byId(tables.industries, 'integrated-circuits')!;
    expect(ic.cities[0]).toBe('hefei');
    for (const id of ic.clusters) expect(tables.clusters.map((c) => c.id)).toContain(id);
  });
});

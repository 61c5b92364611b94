import { describe, expect, test } from 'vitest';
import { articleView } from '../../src/lib/views/article.ts';
import { cityView } from '../../src/lib/views/city.ts';
import { clusterView } from '../../src/lib/views/cluster.ts';
import { homeView } from '../../src/lib/views/home.ts';
import { industryView } from '../../src/lib/views/industry.ts';
import { listEntries } from '../../src/lib/views/lists.ts';
import { parkView } from '../../src/lib/views/park.ts';
import { fixtureAtlas } from './site-fixture.ts';

const atlas = fixtureAtlas();

describe('city view', () => {
  test('names the city in the locale and in all three scripts', () => {
    const view = cityView(atlas, 'qingdao', 'zh-hant')!;
    expect(view.name).toBe('青島市');
    expect(view.province).toBe('山東省');
    expect(view.names.map((n) => [n.lang, n.name])).toEqual([
      ['zh-Hans', '青岛市'],
      ['zh-Hant', '青島市'],
      ['en', 'Qingdao'],
    ]);
  });

  test('links its figures to their paragraphs and drops references that lead nowhere', () => {
    const view = cityView(atlas, 'qingdao', 'en')!;
    expect(view.figures).toHaveLength(1);
    expect(view.figures[0]).toMatchObject({
      value: 'CNY 135.14 billion',
      path: 'articles/2023-05-01-aaaa1111/#p-3',
      phrase: '计划总投资1351.4亿元',
      phraseLang: 'zh-Hans',
    });
  });

  test('lists its articles newest first, undated last', () => {
    const ids = cityView(atlas, 'qingdao', 'zh-hans')!.articles.map((a) => a.id);
    expect(ids).toEqual(['2024-02-02-bbbb2222', '2023-05-01-aaaa1111', 'undated-cccc3333']);
  });

  test('shows company names from the gazetteer in the locale', () => {
    expect(cityView(atlas, 'qingdao', 'en')!.companies).toEqual(['Haier Group']);
  });

  test('is undefined for a city the atlas does not have', () => {
    expect(cityView(atlas, 'atlantis', 'en')).toBeUndefined();
  });
});

describe('park, industry and cluster views', () => {
  test('a park found only in an article says it is placed on its city', () => {
    const view = parkView(atlas, 'qingdao-chip-park', 'en')!;
    expect(view.city).toEqual({ path: 'cities/qingdao/', label: 'Qingdao' });
    expect(view.origin).toMatch(/placed on its city/);
    expect(view.clusters.map((c) => c.path)).toEqual(['clusters/qingdao-integrated-circuits/']);
  });

  test('an industry shows its aliases in the locale and its parent', () => {
    expect(industryView(atlas, 'integrated-circuits', 'zh-hant')!.aliases).toEqual(['晶片']);
    expect(industryView(atlas, 'new-display', 'en')!.parent).toEqual({
      path: 'industries/integrated-circuits/',
      label: 'Integrated circuits',
    });
  });

  test('an industry collects its clusters’ figures once each', () => {
    const values = industryView(atlas, 'integrated-circuits', 'zh-hans')!.figures.map((f) => f.value);
    expect(values).toEqual(['1,351.4亿元', '超过50个项目']);
  });

  test('an industry page shows its latest articles and only their figures, and counts them all', () => {
    const all = industryView(atlas, 'integrated-circuits', 'en')!;
    const latest = industryView(atlas, 'integrated-circuits', 'en', 1)!;
    expect(all.articles.map((a) => a.id)).toEqual(['2024-02-02-bbbb2222', '2023-05-01-aaaa1111']);
    expect(latest.articles.map((a) => a.id)).toEqual(['2024-02-02-bbbb2222']);
    expect([latest.articleCount, latest.figureCount]).toEqual([2, all.figures.length]);
    expect(latest.figures.length).toBeLessThan(all.figures.length);
    for (const f of latest.figures) expect(f.path).toMatch(/^articles\/2024-02-02-bbbb2222\//);
  });

  test('a cluster is named from its city and industry in each script', () => {
    const view = clusterView(atlas, 'qingdao-integrated-circuits', 'zh-hans')!;
    expect(view.name).toBe('青岛市集成电路产业集群');
    expect(view.names.map((n) => n.name)).toEqual([
      '青岛市集成电路产业集群',
      '青島市積體電路產業集群',
      'Integrated circuits in Qingdao',
    ]);
  });
});

describe('article view', () => {
  test('says when the text shown was converted from the original script', () => {
    expect(articleView(atlas, '2024-02-02-bbbb2222', 'zh-hans')!.convertedNote).toMatch(/繁体中文.*OpenCC.*简体中文/);
    expect(articleView(atlas, '2024-02-02-bbbb2222', 'zh-hant')!.convertedNote).toBeNull();
    expect(articleView(atlas, '2023-05-01-aaaa1111', 'zh-hant')!.convertedNote).toMatch(/簡體中文/);
  });

  test('renders the Simplified body on /en/', () => {
    const view = articleView(atlas, '2024-02-02-bbbb2222', 'en')!;
    expect(view.bodyScript).toBe('hans');
    expect(view.bodyLang).toBe('zh-Hans');
    expect(view.convertedNote).toMatch(/OpenCC/);
  });

  test('uses the English title where known, else the Chinese one marked as such', () => {
    expect(articleView(atlas, '2023-05-01-aaaa1111', 'en')!.title).toEqual({ text: 'Qingdao chip park opens' });
    expect(articleView(atlas, '2024-02-02-bbbb2222', 'en')!.title).toEqual({
      text: '新竹科学园区扩建',
      lang: 'zh-Hans',
    });
  });

  test('marks a Chinese publisher name with its script on English pages only', () => {
    expect(articleView(atlas, '2024-02-02-bbbb2222', 'en')!.sourceLang).toBe('zh-Hant');
    expect(articleView(atlas, '2023-05-01-aaaa1111', 'en')!.sourceLang).toBe('zh-Hans');
    expect(articleView(atlas, '2023-05-01-aaaa1111', 'zh-hant')!.sourceLang).toBeUndefined();
    expect(articleView(atlas, 'undated-cccc3333', 'en')!.sourceLang).toBeUndefined();
  });

  test('says "date not stated" and "publisher not stated" instead of inventing them', () => {
    const view = articleView(atlas, 'undated-cccc3333', 'en')!;
    expect(view.date).toBeNull();
    expect(view.dateText).toBe('Date not stated');
    expect(view.source).toBe('Publisher not stated');
  });

  test('links the entities it names and the clusters it is evidence for, and shows unknown companies by id', () => {
    const view = articleView(atlas, '2023-05-01-aaaa1111', 'zh-hans')!;
    expect(view.cities.map((l) => l.label)).toEqual(['青岛市']);
    expect(view.clusters.map((l) => l.path)).toEqual(['clusters/qingdao-integrated-circuits/']);
    expect(view.companies).toEqual(['海尔集团', 'unknown-co']);
    expect(view.figures.map((f) => f.paragraph)).toEqual([3, 4]);
  });

  test('flags damaged text only when the ingest marked some', () => {
    expect(articleView(atlas, '2024-02-02-bbbb2222', 'en')!.hasGarbled).toBe(true);
    expect(articleView(atlas, '2023-05-01-aaaa1111', 'en')!.hasGarbled).toBe(false);
  });
});

describe('home and index lists', () => {
  test('the home page counts every collection and shows the newest articles first', () => {
    const view = homeView(atlas, 'en', 2);
    expect(view.counts).toEqual({ articles: 3, cities: 2, parks: 1, industries: 2, clusters: 1 });
    expect(view.latest.map((a) => a.id)).toEqual(['2024-02-02-bbbb2222', '2023-05-01-aaaa1111']);
  });

  test('index entries are sorted by name in the locale', () => {
    expect(listEntries(atlas, 'cities', 'en').map((e) => e.label)).toEqual(['Hsinchu', 'Qingdao']);
    expect(listEntries(atlas, 'industries', 'en').map((e) => e.label)).toEqual([
      'Integrated circuits',
      'New display technology',
    ]);
  });

  test('index entries carry context and article counts', () => {
    expect(listEntries(atlas, 'parks', 'zh-hans')[0]).toEqual({
      path: 'parks/qingdao-chip-park/',
      label: '青岛芯片产业园',
      context: '青岛市',
      articles: 1,
    });
  });
});

/**
 * A small hand-made atlas for the site's unit tests: two cities, a park, two
 * industries, a cluster and three articles (one Traditional, one undated),
 * shaped exactly like the collections' frontmatter.
 */
import type { ArticleData, Atlas, CityData, ClusterData, IndustryData, ParkData } from '../../src/lib/atlas-types.ts';
import { makeAtlas } from '../../src/lib/make-atlas.ts';

const quality = { chromeLinesDropped: 3, annotationsRepaired: 1, garbledSpans: 0 };

function article(overrides: Partial<ArticleData> & Pick<ArticleData, 'id'>): ArticleData {
  return {
    title: { hans: '示例标题', hant: '示例標題' },
    titleFromLead: false,
    date: '2023-05-01',
    source: '示例日报',
    authors: ['记者甲'],
    script: 'hans',
    seed: { file: 'a.txt', sha256: 'a'.repeat(64) },
    duplicates: [],
    cities: [],
    districts: [],
    zones: [],
    parks: [],
    industries: [],
    companies: [],
    figures: [],
    quality,
    ...overrides,
  } as ArticleData;
}

export const articles: ArticleData[] = [
  article({
    id: '2023-05-01-aaaa1111',
    title: { hans: '青岛芯片产业园开园', hant: '青島芯片產業園開園', en: 'Qingdao chip park opens' },
    cities: ['qingdao'],
    parks: ['qingdao-chip-park'],
    industries: ['integrated-circuits'],
    companies: ['haier', 'unknown-co'],
    figures: [
      { kind: 'investment', value: 135140000000, unit: 'CNY', text: '计划总投资1351.4亿元', paragraph: 3 },
      { kind: 'count', value: 50, unit: 'projects', text: '在建项目50个', paragraph: 4, qualifier: 'min' },
    ],
  }),
  article({
    id: '2024-02-02-bbbb2222',
    title: { hans: '新竹科学园区扩建', hant: '新竹科學園區擴建' },
    date: '2024-02-02',
    script: 'hant',
    source: '示例時報',
    cities: ['hsinchu', 'qingdao'],
    industries: ['integrated-circuits', 'new-display'],
    figures: [{ kind: 'investment', value: 3e10, unit: 'TWD', text: '投資300億元', paragraph: 2 }],
    quality: { ...quality, garbledSpans: 2 },
  }),
  article({
    id: 'undated-cccc3333',
    date: null,
    source: null,
    authors: [],
    cities: ['qingdao'],
    industries: ['new-display'],
  }),
];

const trio = (hans: string, hant: string, en: string) => ({ hans, hant, en });

export const cities: CityData[] = [
  {
    id: 'qingdao',
    name: trio('青岛市', '青島市', 'Qingdao'),
    province: trio('山东省', '山東省', 'Shandong'),
    adcode: '370200',
    coords: [36.0649, 120.3804],
    precision: 'city',
    coordSource: 'geonames:test',
    articles: ['2023-05-01-aaaa1111', '2024-02-02-bbbb2222', 'undated-cccc3333'],
    parks: ['qingdao-chip-park'],
    industries: ['integrated-circuits', 'new-display'],
    clusters: ['qingdao-integrated-circuits'],
    companies: ['haier'],
    districts: [],
    zones: [],
    figures: [
      { article: '2023-05-01-aaaa1111', index: 0 },
      { article: '2023-05-01-aaaa1111', index: 9 },
      { article: 'missing-article', index: 0 },
    ],
  },
  {
    id: 'hsinchu',
    name: trio('新竹市', '新竹市', 'Hsinchu'),
    province: trio('台湾省', '臺灣省', 'Taiwan'),
    adcode: '710400',
    coords: [24.8, 120.97],
    precision: 'city',
    coordSource: 'geonames:test',
    articles: ['2024-02-02-bbbb2222'],
    parks: [],
    industries: ['integrated-circuits'],
    clusters: [],
    companies: [],
    districts: [],
    zones: [],
    figures: [{ article: '2024-02-02-bbbb2222', index: 0 }],
  },
];

export const parks: ParkData[] = [
  {
    id: 'qingdao-chip-park',
    name: trio('青岛芯片产业园', '青島芯片產業園', 'Qingdao Chip Park'),
    city: 'qingdao',
    district: null,
    zone: null,
    industries: ['integrated-circuits'],
    companies: [],
    coords: [36.0649, 120.3804],
    precision: 'city',
    curated: false,
    source: null,
    articles: ['2023-05-01-aaaa1111'],
    figures: [{ article: '2023-05-01-aaaa1111', index: 0 }],
  },
];

export const industries: IndustryData[] = [
  {
    id: 'integrated-circuits',
    name: trio('集成电路', '積體電路', 'Integrated circuits'),
    aliases: { hans: ['芯片'], hant: ['晶片'], en: ['chips'] },
    parent: null,
    cities: ['qingdao', 'hsinchu'],
    clusters: ['qingdao-integrated-circuits'],
    articles: ['2023-05-01-aaaa1111', '2024-02-02-bbbb2222'],
  },
  {
    id: 'new-display',
    name: trio('新型显示', '新型顯示', 'New display technology'),
    aliases: { hans: [], hant: [], en: [] },
    parent: 'integrated-circuits',
    cities: ['qingdao'],
    clusters: [],
    articles: ['2024-02-02-bbbb2222', 'undated-cccc3333'],
  },
];

export const clusters: ClusterData[] = [
  {
    id: 'qingdao-integrated-circuits',
    city: 'qingdao',
    industry: 'integrated-circuits',
    parks: ['qingdao-chip-park'],
    companies: ['haier'],
    articles: ['2023-05-01-aaaa1111', '2024-02-02-bbbb2222'],
    figures: [
      { article: '2023-05-01-aaaa1111', index: 0 },
      { article: '2023-05-01-aaaa1111', index: 1 },
    ],
  },
];

/** The fixture atlas, with the collections in a scrambled order so sorting is exercised. */
export function fixtureAtlas(): Atlas {
  return makeAtlas({
    articles: [...articles].reverse(),
    cities: [...cities].reverse(),
    parks,
    industries: [...industries].reverse(),
    clusters,
    companies: new Map([['haier', trio('海尔集团', '海爾集團', 'Haier Group')]]),
  });
}

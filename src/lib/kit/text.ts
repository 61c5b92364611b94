/**
 * Interface text of the journalists' kit (citations, downloads, feeds,
 * embeds, share cards) in each locale. Kept beside the kit rather than in
 * the site's dictionaries so the kit can be wired in without editing them.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { PageKind } from '../atlas-types.ts';

/** The kit's strings; `{name}` slots are filled with `fill` from `i18n/messages.ts`. */
export interface KitText {
  /** A kind of page, singular, as a card's kicker. */
  kind: Record<PageKind, string>;
  citeHeading: string;
  citeChinese: string;
  citeEnglish: string;
  citeNote: string;
  copy: string;
  copied: string;
  copyFailed: string;
  downloadsHeading: string;
  downloadsNote: string;
  downloadJson: string;
  downloadCsv: string;
  downloadAtlasJson: string;
  downloadGeoJson: string;
  downloadTable: string;
  embedHeading: string;
  embedNote: string;
  embedPreview: string;
  embedTitle: string;
  embedOpen: string;
  feedLabel: string;
  feedTitle: string;
  feedAtlasDescription: string;
  feedEntityDescription: string;
  /** An item's description: the article's summary and how many figures it reports. */
  feedItem: string;
  /** Counts on cards: singular, then plural (the same in Chinese). */
  cardArticles: [string, string];
  cardCities: [string, string];
  dictionaryHeading: string;
  dictionaryIntro: string;
  dictionaryField: string;
  dictionaryType: string;
  dictionaryMeaning: string;
  licenceHeading: string;
}

const zhHans: KitText = {
  kind: { cities: '城市', parks: '产业园区', industries: '产业', clusters: '产业集群', articles: '文章' },
  citeHeading: '引用本页',
  citeChinese: '中文',
  citeEnglish: '英文',
  citeNote: '访问日期由你的浏览器填写；没有 JavaScript 时请自行填写。',
  copy: '复制',
  copied: '已复制',
  copyFailed: '无法自动复制，请选中文字后复制。',
  downloadsHeading: '下载数据',
  downloadsNote: 'JSON 包含本页的全部数据；CSV 列出本页的数字及其出处（文章、段落、来源、校验值）。',
  downloadJson: 'JSON',
  downloadCsv: 'CSV（数字及出处）',
  downloadAtlasJson: '整个地图集（JSON）',
  downloadGeoJson: '城市和园区的位置（GeoJSON）',
  downloadTable: '{table}（CSV）',
  embedHeading: '嵌入这张地图',
  embedNote: '把下面的代码粘贴到你的网页中即可显示这张地图。',
  embedPreview: '预览嵌入页',
  embedTitle: '{name}地图 · {site}',
  embedOpen: '在{site}中打开{name}',
  feedLabel: 'RSS 订阅',
  feedTitle: '{name}的 RSS 订阅',
  feedAtlasDescription: '{site}收录的文章，最新的在前。',
  feedEntityDescription: '{site}中关于{name}的文章，最新的在前。',
  feedItem: '{summary}。文中的数字 {n} 个。',
  cardArticles: ['{n} 篇文章', '{n} 篇文章'],
  cardCities: ['{n} 个城市', '{n} 个城市'],
  dictionaryHeading: '下载数据的字段',
  dictionaryIntro:
    'CSV 中，三种文字的名称分为 _hans、_hant、_en 三列，列表用分号 ; 分隔，数值不带千位分隔符；以 = + - @ 开头的文字前加一个单引号，以免电子表格把它当作公式。',
  dictionaryField: '字段',
  dictionaryType: '类型',
  dictionaryMeaning: '含义',
  licenceHeading: '下载数据的许可',
};

const zhHant: KitText = {
  kind: { cities: '城市', parks: '產業園區', industries: '產業', clusters: '產業集群', articles: '文章' },
  citeHeading: '引用本頁',
  citeChinese: '中文',
  citeEnglish: '英文',
  citeNote: '訪問日期由你的瀏覽器填寫；沒有 JavaScript 時請自行填寫。',
  copy: '複製',
  copied: '已複製',
  copyFailed: '無法自動複製，請選取文字後複製。',
  downloadsHeading: '下載數據',
  downloadsNote: 'JSON 包含本頁的全部數據；CSV 列出本頁的數字及其出處（文章、段落、來源、校驗值）。',
  downloadJson: 'JSON',
  downloadCsv: 'CSV（數字及出處）',
  downloadAtlasJson: '整個地圖集（JSON）',
  downloadGeoJson: '城市和園區的位置（GeoJSON）',
  downloadTable: '{table}（CSV）',
  embedHeading: '嵌入這張地圖',
  embedNote: '把下面的代碼貼到你的網頁中即可顯示這張地圖。',
  embedPreview: '預覽嵌入頁',
  embedTitle: '{name}地圖 · {site}',
  embedOpen: '在{site}中打開{name}',
  feedLabel: 'RSS 訂閱',
  feedTitle: '{name}的 RSS 訂閱',
  feedAtlasDescription: '{site}收錄的文章，最新的在前。',
  feedEntityDescription: '{site}中關於{name}的文章，最新的在前。',
  feedItem: '{summary}。文中的數字 {n} 個。',
  cardArticles: ['{n} 篇文章', '{n} 篇文章'],
  cardCities: ['{n} 個城市', '{n} 個城市'],
  dictionaryHeading: '下載數據的欄位',
  dictionaryIntro:
    'CSV 中，三種文字的名稱分為 _hans、_hant、_en 三欄，列表用分號 ; 分隔，數值不帶千位分隔符；以 = + - @ 開頭的文字前加一個單引號，以免試算表把它當作公式。',
  dictionaryField: '欄位',
  dictionaryType: '類型',
  dictionaryMeaning: '含義',
  licenceHeading: '下載數據的許可',
};

const en: KitText = {
  kind: { cities: 'City', parks: 'Industrial park', industries: 'Industry', clusters: 'Cluster', articles: 'Article' },
  citeHeading: 'Cite this page',
  citeChinese: 'Chinese',
  citeEnglish: 'English',
  citeNote: 'Your browser fills in the date of access; without JavaScript, fill it in yourself.',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Could not copy; select the text and copy it.',
  downloadsHeading: 'Download the data',
  downloadsNote:
    'The JSON holds all of this page’s data; the CSV lists its figures with their provenance (article, paragraph, publisher, checksum).',
  downloadJson: 'JSON',
  downloadCsv: 'CSV (figures and sources)',
  downloadAtlasJson: 'The whole atlas (JSON)',
  downloadGeoJson: 'Cities and parks as points (GeoJSON)',
  downloadTable: '{table} (CSV)',
  embedHeading: 'Embed this map',
  embedNote: 'Paste this code into your page to show the map.',
  embedPreview: 'Preview the embed',
  embedTitle: 'Map of {name} · {site}',
  embedOpen: 'Open {name} in the {site}',
  feedLabel: 'RSS feed',
  feedTitle: 'RSS feed of {name}',
  feedAtlasDescription: 'Articles in the {site}, newest first.',
  feedEntityDescription: 'Articles about {name} in the {site}, newest first.',
  feedItem: '{summary}. Figures reported: {n}.',
  cardArticles: ['{n} article', '{n} articles'],
  cardCities: ['{n} city', '{n} cities'],
  dictionaryHeading: 'Fields of the downloads',
  dictionaryIntro:
    'In CSV, names in three scripts take three columns (_hans, _hant, _en), lists are separated by semicolons, numbers have no grouping, and text starting with = + - or @ gets a leading apostrophe so spreadsheets never run it as a formula.',
  dictionaryField: 'Field',
  dictionaryType: 'Type',
  dictionaryMeaning: 'Meaning',
  licenceHeading: 'Licence of the downloads',
};

const TEXT: Record<Locale, KitText> = { 'zh-hans': zhHans, 'zh-hant': zhHant, en };

/**
 * A count with its noun, singular for one.
 * @example countText(['{n} city', '{n} cities'], 1) // '1 city'
 */
export function countText([one, many]: readonly [string, string], n: number): string {
  return (n === 1 ? one : many).replace('{n}', String(n));
}

/** The kit's strings in a locale. */
export function kitText(locale: Locale): KitText {
  return TEXT[locale];
}

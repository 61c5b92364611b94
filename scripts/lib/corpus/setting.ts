/**
 * Who publishes a synthetic article and which park it is about.
 */
import type { Script } from '../types.ts';
import type { Random } from './random.ts';
import type { Write } from './script-text.ts';
import { PARK_SUFFIXES } from './templates.ts';
import type { CorpusCity, Region, Vocabulary } from './vocabulary.ts';

const NATIONAL: readonly string[] = [
  '经济日报',
  '中国经济网',
  '新华网',
  '中国新闻网',
  '科技日报',
  '证券时报',
  '第一财经',
  '中国产经新闻',
  '工人日报',
  '人民网',
];
const LOCAL_SUFFIXES: readonly string[] = ['日报', '晚报', '新闻网', '发布', '广播电视台'];
const REGIONAL: Record<Exclude<Region, 'mainland'>, readonly string[]> = {
  taiwan: ['聯合報', '經濟日報', '工商時報', '中央社', '自由時報', '鉅亨網', '科技新報'],
  hongkong: ['香港商報', '大公報', '文匯報', '星島日報'],
  macao: ['澳門日報', '市民日報', '力報'],
};

/**
 * The publisher: a national outlet, the city's own paper or site, or an
 * outlet of Taiwan, Hong Kong or Macao.
 * @example publisherFor(rnd, qingdao, 'mainland', (t) => t) // e.g. '青岛日报'
 */
export function publisherFor(rnd: Random, city: CorpusCity, region: Region, write: Write): string {
  if (region !== 'mainland') return rnd.pick(REGIONAL[region]);
  if (rnd.chance(0.5)) return write(rnd.pick(NATIONAL));
  // A municipality's prose name keeps 市 (北京市); its paper does not (北京日报).
  return write(`${city.short.hans.replace(/市$/u, '')}${rnd.pick(LOCAL_SUFFIXES)}`);
}

/** What a park name is built from. */
export interface ParkSetting {
  script: Script;
  region: Region;
  write: Write;
  /** Plain conversion, for curated names. */
  writeName: Write;
  city: CorpusCity;
  industryName: string;
}

/**
 * The park an article is about: a curated park of its city, or a name made
 * of the city, the industry and a park suffix (青岛集成电路产业园).
 */
export function pickPark(rnd: Random, vocabulary: Vocabulary, s: ParkSetting): string {
  const curated = vocabulary.parks.filter((p) => p.city === s.city.id);
  if (curated.length > 0 && rnd.chance(0.6)) {
    const park = rnd.pick(curated);
    return s.script === 'hant' && park.hant.length > 0 ? rnd.pick(park.hant) : s.writeName(park.hans[0] ?? park.id);
  }
  const city = s.city.short[s.script];
  if (s.region === 'taiwan' && rnd.chance(0.4)) return `${city}${s.write('科学园区')}`;
  return `${city}${s.industryName}${s.write(rnd.pick(PARK_SUFFIXES))}`;
}

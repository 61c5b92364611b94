import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractMetadata } from '../../scripts/lib/extract-metadata.ts';
import { normalizeText, toLines } from '../../scripts/lib/normalize.ts';
import { repairPinyin } from '../../scripts/lib/repair-pinyin.ts';
import { stripChrome } from '../../scripts/lib/strip-chrome.ts';

/** The stages before metadata, as the ingest runs them (seeds are UTF-8). */
function seedLines(file: string): string[] {
  const text = new TextDecoder('utf-8').decode(readFileSync(new URL(`../../seeds/${file}`, import.meta.url)));
  return toLines(repairPinyin(normalizeText(text)).text);
}

interface SeedExpectation {
  prefix: string;
  title: string;
  date: string | null;
  source: string;
  authors: string[];
  /** Lines of the article that must survive, subheadings included. */
  kept: string[];
  /** How the first and last kept paragraphs begin. */
  first: string;
  last: string;
}

const SEEDS: SeedExpectation[] = [
  {
    prefix: '000_',
    title: '王清宪出席富士康项目网上签约仪式并致辞:聚势而强发展工业互联网',
    date: '2020-04-21',
    source: '青岛新闻网',
    authors: ['李慧'],
    kept: ['富士康的新战略版图', '为什么选择青岛', '将给青岛带来什么', '孙永红主持网上签约仪式,耿涛出席。'],
    first: '4月15日下午,富士康科技集团与青岛西海岸新区',
    last: '进军致力于打造世界工业互联网之都的青岛',
  },
  {
    prefix: '001_',
    title: '“新兴”“专业”园区:产业蝶变的青岛引力场',
    date: null,
    source: '青岛日报/观海新闻',
    authors: ['杨光'],
    kept: [
      '奔赴“新兴”赛道',
      '锻造“专业”内功',
      '项目集聚',
      '龙头集聚',
      '位于青岛市精密仪器仪表产业园的海克斯康青岛双智赋能中心。',
    ],
    first: '8个已挂牌园区在建项目50个',
    last: '青岛市人工智能产业园运营首年聚集人工智能企业200余家',
  },
  {
    prefix: '002_',
    title: '华为牵手青岛',
    date: '2021-05-19',
    source: '凤凰网青岛',
    authors: [],
    kept: [
      '进而有为',
      '华为云城市峰会2021青岛站启幕',
      '从苏州到青岛',
      '奔跑在同一赛道的两座城市',
      '牵手华为,青岛能否如愿以偿?',
    ],
    first: '进而有为',
    last: '随着数字青岛建设的持续推进',
  },
  {
    prefix: '003_',
    title: '重庆市经信委副主任刘忠:发展电子信息产业 助力“智造重镇”“智慧名城”建设',
    date: '2020-05-22',
    source: '重庆日报',
    authors: [],
    kept: ['累计建成数字化车间和智能工厂28家', '推进成渝地区电子信息产业协同发展', '既稳订单造新品又聚焦研发智造'],
    first: '重庆日报消息,电子信息产业作为我市重要支柱产业之一',
    last: '另一方面,我市将持续增强电子信息产业研发能力',
  },
  {
    prefix: '004_',
    title: '地方新興產業集群加速融入全球產業鏈',
    date: '2024-01-22',
    source: '新華社客戶端',
    authors: ['姜剛', '周暢'],
    kept: [
      '山東德州:“四鏈協同”崛起電子信息產業',
      '“無中生有”隆起產業高地',
      '“四鏈協同”培育營商生態',
      '安徽滁州:全鏈條布局主攻價值鏈高端',
    ],
    first: '越來越多城市的新興產業集群開始在全球產業版圖中占有一席之地',
    last: '地表附著物清除、用地問題解決',
  },
];

// Chrome the seeds are known to carry: none of it may survive as a paragraph.
const CHROME_LINE = [
  /^(免费注册|用户登录|用户注册|用户已注册|邮箱已注册|密码修改|\*|国内|产业头条|字号)$/,
  /^(当前位置|當前位置)/,
  /^前沿 即时/,
  /^(发布日期|來源|来源|编辑|原标题)[:：]/,
  /免责声明|^声明[:：]/,
  /^(評論|评论|用戶名|密碼|驗證碼|最新評論|相關閱讀|無相關信息|举报)/,
  /^\d{4}[/-]\d{2}[/-]\d{2}$|^\d{2}\.\d{2}\.\d{4}/,
  /招商圈 招商圈|立足本地 深耕跨境|聚焦服务 平台运作/,
];

const files = readdirSync(new URL('../../seeds/', import.meta.url)).filter((f) => f.endsWith('.txt'));

describe.each(SEEDS)('seed $prefix', (seed) => {
  const file = files.find((f) => f.startsWith(seed.prefix));
  const lines = file ? seedLines(file) : [];
  const meta = extractMetadata(lines);
  const { paragraphs, chromeLinesDropped } = stripChrome(lines, meta);

  test('is present in seeds/', () => {
    expect(file).toBeDefined();
  });

  test('yields the expected title, date, publisher and authors', () => {
    expect(meta.title).toBe(seed.title);
    expect(meta.titleFromLead).toBe(false);
    expect(meta.date).toBe(seed.date);
    expect(meta.source).toBe(seed.source);
    expect(meta.authors.slice(0, seed.authors.length)).toEqual(seed.authors);
  });

  test('loses no article line and keeps no chrome line', () => {
    for (const line of seed.kept) expect(paragraphs).toContain(line);
    expect(paragraphs[0]?.startsWith(seed.first)).toBe(true);
    expect(paragraphs.at(-1)?.startsWith(seed.last)).toBe(true);
    expect(paragraphs).not.toContain(seed.title);
    for (const paragraph of paragraphs) for (const chrome of CHROME_LINE) expect(paragraph).not.toMatch(chrome);
  });

  test('counts every dropped non-blank line', () => {
    const nonBlank = lines.filter((line) => line.trim() !== '').length;
    expect(chromeLinesDropped).toBeGreaterThan(0);
    expect(paragraphs.length + chromeLinesDropped).toBe(nonBlank);
  });
});

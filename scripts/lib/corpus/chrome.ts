/**
 * Page chrome around a synthetic article: breadcrumbs, menus, login links,
 * font-size and share widgets, e-paper navigation, editor lines,
 * disclaimers, related-reading lists, comment forms and footers. Each page
 * draws its own mix, so no two sites look alike. Text is Simplified and
 * written into the page's script by `write`.
 */
import type { Random } from './random.ts';
import type { Write } from './script-text.ts';

/** What chrome is drawn with. */
export interface ChromeContext {
  rnd: Random;
  write: Write;
  /** The site's name, as its menus print it. */
  site: string;
  /** A headline of some other article, for link lists. */
  headline: () => string;
  /** A person's name, for editor lines. */
  person: () => string;
}

const SECTIONS = [
  '新闻',
  '财经',
  '产业',
  '园区',
  '招商',
  '经济',
  '要闻',
  '本地',
  '科技',
  '视频',
  '专题',
  '政务',
  '图片',
  '评论',
];
const ICP = [
  '京',
  '沪',
  '鲁',
  '粤',
  '浙',
  '苏',
  '川',
  '渝',
  '津',
  '皖',
  '闽',
  '豫',
  '鄂',
  '湘',
  '桂',
  '滇',
  '黔',
  '陕',
];

/** Lines above the headline; the last one is always plain chrome, so the site name never joins the headline. */
export function headerChrome(c: ChromeContext): string[] {
  const { rnd, write } = c;
  const lines: string[] = [];
  if (rnd.chance(0.3)) lines.push(write(rnd.pick(['登录', '注册', '登录 | 注册', '免费注册', '用户登录'])));
  if (rnd.chance(0.4)) lines.push(c.site);
  if (rnd.chance(0.5)) lines.push(menu(rnd, write));
  if (rnd.chance(0.15)) lines.push(...epaperNavigation(rnd).map(write));
  lines.push(breadcrumb(c));
  return lines;
}

/** Widgets between the date line and the article: font size, share, print, counters. */
export function toolbarChrome(c: ChromeContext): string[] {
  const { rnd } = c;
  const pool: (() => string)[] = [
    () => rnd.pick(['【字号 大 中 小】', '字号:大 中 小', '小字号', '【大 中 小】']),
    () => rnd.pick(['分享到:', '分享到', '微信', '微博', '朋友圈']),
    () => rnd.pick(['【打印】 【关闭】', '打印本页', '【收藏】', '【我要纠错】']),
    () => rnd.pick(['听新闻', '朗读']),
    () => `${rnd.pick(['阅读', '点击数', '浏览次数'])}:`,
  ];
  // Counters are written apart from their label: the writer caches every text it is given.
  return rnd
    .sample(pool, rnd.int(0, 3))
    .map((draw) => c.write(draw()))
    .map((line) => (line.endsWith(':') ? `${line}${rnd.int(12, 99999)}` : line));
}

/** An image file name or app banner dropped between paragraphs. */
export function inlineChrome(c: ChromeContext): string {
  const { rnd } = c;
  return rnd.pick([
    () => `W0${rnd.int(20150101, 20251231)}${rnd.int(100000, 999999)}.${rnd.pick(['jpg', 'png', 'jpeg'])}`,
    () => c.write(rnd.pick(['打开APP阅读全文', '下载客户端,看更多资讯', '立即打开'])),
  ])();
}

/** Lines below the article: each page draws a few blocks, in page order. */
export function footerChrome(c: ChromeContext): string[] {
  const { rnd } = c;
  const blocks: (() => string[])[] = [
    () => [c.write(rnd.pick(['分享让更多人看到', '分享到:', '【打印本页】 【关闭窗口】']))],
    () => [disclaimer(c)],
    () => relatedList(c),
    () => [
      `${c.write(rnd.pick(['上一篇', '上一条']))}:${c.headline()}`,
      `${c.write(rnd.pick(['下一篇', '下一条']))}:${c.headline()}`,
    ],
    () => commentForm(c),
    () => copyright(c),
    () => [c.write(rnd.pick(['返回顶部', '回到顶部', '返回首页']))],
  ];
  const chosen = blocks.filter(() => rnd.chance(0.45));
  return chosen.flatMap((draw) => draw());
}

/** Words are written one by one: the writer caches every text, and menus come in countless orders. */
function menu(rnd: Random, write: Write): string {
  const words = ['首页', ...rnd.sample(SECTIONS, rnd.int(4, 8))].map(write);
  return words.join(rnd.pick([' ', '  ', ' | ']));
}

function breadcrumb(c: ChromeContext): string {
  const { rnd, write } = c;
  const [a = '新闻', b = '产业'] = rnd.sample(SECTIONS, 2).map(write);
  const home = write('首页');
  return rnd.pick([
    `${write('当前位置')}:${home} > ${a} > ${write('正文')}`,
    `${write('您现在的位置')}: ${home} > ${a} > ${b}`,
    `${c.site}>>${a}>>${b}`,
    `${home} > ${a} > ${b}`,
    `${write('您的位置')}:${home} > ${a}`,
    `${a}${write('正文')}`,
  ]);
}

function epaperNavigation(rnd: Random): string[] {
  const page = String(rnd.int(1, 8)).padStart(2, '0');
  const pages = Array.from({ length: rnd.int(2, 6) }, (_, i) => `第${String(i + 1).padStart(2, '0')}版`);
  return ['版面导航', ...pages, `第${page}版:${rnd.pick(['经济', '要闻', '综合', '产业'])}`];
}

function disclaimer(c: ChromeContext): string {
  const { rnd, site } = c;
  return c
    .write(
      rnd.pick([
        '免责声明:本文转自{site},仅供参考,如有侵权请联系删除。',
        '【版权声明】凡注明来源为“{site}”的作品,未经授权不得转载。',
        '声明:本文仅代表作者观点,不代表本网立场。',
        '本文转载自{site},文章内容仅供参考,不代表本站观点。',
        '转载请注明出处。',
      ]),
    )
    .replace('{site}', site);
}

function relatedList(c: ChromeContext): string[] {
  const { rnd } = c;
  const heading = c.write(
    rnd.pick(['相关阅读', '相关新闻:', '推荐阅读', '编辑推荐', '猜你喜欢', '热点推荐', '延伸阅读']),
  );
  return [heading, ...Array.from({ length: rnd.int(2, 5) }, () => c.headline())];
}

function commentForm(c: ChromeContext): string[] {
  const { rnd } = c;
  const lines = [
    rnd.pick(['网友评论', '发表评论', '我要评论', '评论区']),
    '用户名:',
    '验证码:',
    rnd.pick(['匿名发表', '提交', '发表']),
    '暂无评论',
  ].map(c.write);
  lines.push(`${c.write('已有')}${rnd.int(0, 40)}${c.write('条评论')}`);
  return rnd.sample(lines, rnd.int(2, lines.length));
}

function copyright(c: ChromeContext): string[] {
  const { rnd, site } = c;
  const province = rnd.pick(ICP);
  const lines = [
    `Copyright © ${rnd.int(2000, 2015)}-${rnd.int(2020, 2026)} ${site} All Rights Reserved`,
    `${c.write('版权所有')}:${site}`,
    `${c.write(province)}ICP${c.write('备')}${rnd.int(10000000, 99999999)}${c.write('号')}-${rnd.int(1, 9)}`,
    `${c.write(`${province}公网安备`)} ${rnd.int(10000000000, 99999999999)}${c.write('号')}`,
    c.write('违法和不良信息举报电话:12377'),
    c.write(rnd.pick(['联系我们 | 关于我们 | 网站地图 | 广告服务', '关于我们 | 联系我们 | 法律声明'])),
    `${c.write('电话')}:0${rnd.int(10, 999)}-${rnd.int(10000000, 99999999)}`,
  ];
  return rnd.sample(lines, rnd.int(1, 4));
}

/**
 * fast-check arbitraries for the property tests of the ingest: hostile
 * Unicode in both scripts, markup- and MDX-like text, pinyin-like
 * parentheses, encoded bytes, and whole pages of chrome around real sentences.
 * Runs use a fixed seed, printed, and overridable with ATLAS_PROPERTY_SEED.
 */
import fc from 'fast-check';
import { pinyin } from 'pinyin-pro';
import { encodePage, type PageEncoding } from '../../scripts/lib/corpus/encode.ts';
import { toHant } from '../../scripts/lib/convert-script.ts';

/** The seed of every property run: fixed, so a failure replays; ATLAS_PROPERTY_SEED picks another. */
export const PROPERTY_SEED = Number.parseInt(process.env.ATLAS_PROPERTY_SEED ?? '', 10) || 20240820;
const SCALE = Number(process.env.ATLAS_PROPERTY_SCALE ?? '1') || 1;

/**
 * fast-check parameters for a property of `runs` cases (times ATLAS_PROPERTY_SCALE),
 * printing the seed so a failure can be replayed.
 */
export function runsOf(name: string, runs: number): { seed: number; numRuns: number } {
  const numRuns = Math.max(1, Math.round(runs * SCALE));
  console.log(
    `[property] ${name}: ${numRuns} cases, seed ${PROPERTY_SEED} (replay: ATLAS_PROPERTY_SEED=${PROPERTY_SEED})`,
  );
  return { seed: PROPERTY_SEED, numRuns };
}

/** Common characters of industrial news, in Simplified; the Traditional pool is their conversion. */
const HANS =
  '产业集群园区项目投资建设发展经济企业城市新区高新技术制造电子信息智能汽车能源材料医药生物数字' +
  '平台创新研发中心基地签约开工投产规模亿元万家个年月日市县省区政府工作会议提出推进加快打造形成' +
  '重点龙头链条上下游配套服务人才政策资金土地用地环境营商协议合作共同实现增长同比达到超过目前已经' +
  '我们他们这个那些为了以及并且但是因为所以如果可以需要进行通过根据关于对于之间其中同时主要全面' +
  '东西南北中大小多少高低长短新老好美强快慢开关进出来去上下左右前后里外内山水河湖海江岛桥路街';
const HANT = toHant(HANS);
const RARE = ['㐀', '䶵', '𠀀', '𪚥', '鿕', '兀', '﨎'];

/** One character of the Simplified or Traditional pool. */
export const hansChar = fc.constantFrom(...HANS);
export const hantChar = fc.constantFrom(...HANT);

/** Characters that break naive text handling: controls, invisibles, separators, bidi, surrogates, specials. */
// prettier-ignore
const HOSTILE_CHARS = [
  '\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\r', '\n', '\t', '\u001B', '\u007F', '\u0085', '\u0090',
  '\u00A0', '\u00AD', '\u200B', '\u200D', '\u2028', '\u2029', '\u202E', '\u2066', '\u3000', '\uFEFF', '\uFFFD',
  '\uFFFE', '\uFFFF', '\uE000', '\uD800', '\uDC00', '\u0301', '👩‍🔬', '🀄', '\u{10FFFF}', 'Ａ', '＜', '｛',
];

/** Markup, MDX, JavaScript and Markdown that must stay text. */
// prettier-ignore
export const MARKUP_TOKENS = [
  '<script>alert(1)</script>', '{alert(1)}', '{globalThis.__atlasPwned = true}', '{/* c */}', '<Foo bar={x} />',
  '<img src=x onerror=alert(1)>', '</p>', '<p id="p-9">', '<span class="garbled">', '<!-- c -->', '<>', '</>',
  'import x from "y"', 'export const a = 1', 'export default () => 1', '---', '***', '# ', '## ', '> ', '- ', '* ',
  '1. ', '```js', '~~~', '    code', '[l](javascript:alert(1))', '![i](x.png)', '<https://a.b>', 'www.example.com',
  '&lt;', '&#123;', '&amp;', '&copy', '\\', '\\\\', '`x`', '*a*', '_b_', '__c__', '~~s~~', '$x$', '$$', '[^1]',
  '|a|b|', ':::', '{#id}', '<br/>', '{', '}', '<', '>', '"', "'", '=', '/', '[', ']', '(', ')', '!', '@', '%', '^',
  '\u0060',
];

/** Parentheses a page prints on purpose; none of them is a pinyin gloss. */
// prettier-ignore
export const REAL_PARENS = [
  '(英文)', '(德州)', '(2024)', '(AI)', '（IPM）', '(ALD)', '(一期)', '(a)', '(m)', '(GDP)', '（试行）', '(5G)',
  '(Tesla)',
];
const PINYIN_LIKE = ['(chǎn)', '(yè)', '(chan3)', '(an)', '(men)', '(lǜ)', '(ń)', '(he)', '(ĀI)', '(x)'];

/** One unit of hostile text. */
export const hostileUnit: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: hansChar },
  { weight: 4, arbitrary: hantChar },
  { weight: 1, arbitrary: fc.constantFrom(...RARE) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_CHARS) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKUP_TOKENS) },
  { weight: 2, arbitrary: fc.constantFrom(...REAL_PARENS, ...PINYIN_LIKE) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 4 }) },
  { weight: 2, arbitrary: fc.constantFrom('。', '，', '、', '：', '“', '”', '！', '？', ' ', '  ', '·', '—', '…') },
);

/** Hostile text of up to `max` units (typically about a hundred), line breaks included. */
export const hostileText = (max = 400): fc.Arbitrary<string> =>
  fc.array(hostileUnit, { maxLength: max, size: 'medium' }).map((units) => units.join(''));

/** A string of well-formed code points only (no lone surrogates), as any decoder returns. */
export const wellFormed = (text: string): string => text.replace(/[\uD800-\uDFFF]/gu, '\uFFFD');

/** A body sentence: 15–80 Han characters with digits and clause punctuation, ending in 。 */
export const sentence: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(hansChar, { minLength: 15, maxLength: 80 }),
    fc.array(
      fc.tuple(fc.nat(), fc.constantFrom('，', '、', '“', '”', '：', '；', '%', '0', '1', '2', '5', '8', '9', '.')),
      {
        maxLength: 8,
      },
    ),
  )
  .map(([han, extras]) => {
    const chars = [...han];
    for (const [at, c] of extras) chars.splice(1 + (at % (chars.length - 1)), 0, c);
    return `${chars.join('')}。`;
  });

/** A headline: 6–28 Han characters, perhaps with a space or colon, never a full stop. */
export const headline: fc.Arbitrary<string> = fc
  .tuple(fc.array(hansChar, { minLength: 6, maxLength: 28 }), fc.nat(), fc.constantFrom('', ' ', '：', '——'))
  .map(([han, at, mark]) => {
    const cut = 3 + (at % (han.length - 5));
    return `${han.slice(0, cut).join('')}${mark}${han.slice(cut).join('')}`;
  });

// Only CR and LF are kept out of lines: the rarer breaks (U+2028, NEL, VT, FF) may split a line, as on real pages.
const LINE_BREAKS = /[\r\n]/gu;

/** Hostile text on one line. */
export const hostileLine: fc.Arbitrary<string> = hostileText(60).map((t) => t.replace(LINE_BREAKS, ''));

/** A body sentence with hostile units spliced in: still a sentence, no longer clean. */
export const hostileSentence: fc.Arbitrary<string> = fc
  .tuple(sentence, fc.array(fc.tuple(fc.nat(), hostileUnit), { maxLength: 6 }))
  .map(([text, inserts]) => {
    const chars = [...text];
    for (const [at, unit] of inserts) chars.splice(at % chars.length, 0, unit.replace(LINE_BREAKS, ''));
    return chars.join('');
  });

/** A page of hostile lines around real headlines and sentences, so that most pages make an article. */
export const hostilePage: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.oneof(hostileLine, hostileSentence, headline, sentence), { minLength: 1, maxLength: 14 }),
    fc.constantFrom('\n', '\r\n', '\n\n'),
  )
  .map(([lines, eol]) => lines.join(eol));

/** Text and the bytes of it in one of the seed encodings (legacy ones fall back to UTF-8 when unencodable). */
export const encodedText: fc.Arbitrary<{ text: string; bytes: Uint8Array; encoding: string }> = fc
  .tuple(
    fc.oneof({ weight: 1, arbitrary: hostileText(600) }, { weight: 3, arbitrary: hostilePage }),
    fc.constantFrom<PageEncoding>('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030', 'big5'),
  )
  .map(([text, encoding]) => ({ text, ...encodePage(text, encoding) }));

/** Bytes in two encodings glued together, or cut in the middle of a character. */
export const mixedBytes: fc.Arbitrary<Uint8Array> = fc.tuple(encodedText, encodedText, fc.nat()).map(([a, b, cut]) => {
  const joined = new Uint8Array(a.bytes.length + b.bytes.length);
  joined.set(a.bytes);
  joined.set(b.bytes, a.bytes.length);
  return joined.subarray(0, joined.length === 0 ? 0 : 1 + (cut % joined.length));
});

const pad = (n: number): string => String(n).padStart(2, '0');

/** A date-and-source line in one of the shapes publishers print. */
export const dateLine: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: 2000, max: 2030 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.nat(5),
  )
  .map(
    ([y, m, d, shape]) =>
      [
        `${y}-${pad(m)}-${pad(d)} 09:57   来源:青岛新闻网`,
        `${y}年${pad(m)}月${pad(d)}日15:10 | 来源:解放网`,
        `发布时间:${y}-${pad(m)}-${pad(d)} 15:13:10`,
        `${y}/${pad(m)}/${pad(d)} 网易汽车 阅读:10128`,
        `${pad(d)}/${pad(m)}/${y} - 06:11:20`,
        `时间 : ${y}-${pad(m)}-${pad(d)}`,
      ][shape] ?? '',
  );

/** Lines that are page chrome wherever they stand (chrome-patterns.ts: ANYWHERE and SHORT). */
// prettier-ignore
export const CHROME_ANYWHERE = [
  '当前位置:首页 > 新闻 > 正文', '您现在的位置: 首页 > 产业', '首页 > 财经 > 园区', '人民网>>上海频道>>经济中心',
  '【免责声明】本文仅代表作者观点', '声明:本文转自网络,仅供参考,如有侵权请联系删除。', '转载请注明出处',
  '原标题:园区新闻', '免费注册', '用户登录', '登录 | 注册', '退出', '***', '---', 'IMG_2024.jpg', '【字号 大 中 小】',
  '小字号', '【打印】 【关闭】', '打印本页', '分享到:', '微信', '微博', '朋友圈', '听新闻', '阅读:10128', '点击数:23',
  '【举报】', '(责任编辑:张三)', '责编:李四', '返回顶部', '上一篇:某地产业新闻', '下一篇', '第07版:经济', '版面导航',
  '上一版', '打开APP阅读全文', '立即打开', '发表评论', '网友评论', '已有3条评论', '用户名:', '验证码:', '匿名发表',
  '暂无评论', '提交', 'Copyright © 2024 All Rights Reserved', '版权所有:某某网', '京ICP备12345678号-1', 'MI72-P6',
  'INFO',
];

/** Lines that are chrome only at the edges of a page, and a related-reading list with its links. */
const EDGE_CHROME = [
  '首页',
  '新闻中心',
  '产业头条',
  '快讯',
  '地址:青岛市香港中路',
  '联系我们 | 关于我们',
  '首页 新闻 财经 产业 园区',
];
const RELATED = ['相关阅读', '推荐阅读', '编辑推荐', '猜你喜欢'];

/** A generated page: chrome, headline, date line, body sentences with chrome between them, footer. */
export interface ChromePage {
  lines: string[];
  title: string;
  sentences: string[];
  chrome: string[];
}

/** A related-reading heading and its links. */
const relatedList: fc.Arbitrary<string[]> = fc
  .tuple(fc.constantFrom(...RELATED), fc.array(headline, { minLength: 1, maxLength: 4 }))
  .map(([heading, links]) => [heading, ...links]);

/** What a page prints between two paragraphs: chrome lines, now and then a related-reading list. */
const betweenLines: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 5, arbitrary: fc.array(fc.constantFrom(...CHROME_ANYWHERE), { maxLength: 2 }) },
  { weight: 1, arbitrary: relatedList },
);

/** A page of chrome around a headline and unique body sentences. */
export const chromePage: fc.Arbitrary<ChromePage> = fc
  .record({
    header: fc.array(fc.constantFrom(...CHROME_ANYWHERE, ...EDGE_CHROME), { maxLength: 5 }),
    title: headline,
    date: fc.option(dateLine, { nil: undefined }),
    sentences: fc.uniqueArray(sentence, { minLength: 1, maxLength: 12 }),
    between: fc.array(betweenLines, { minLength: 12, maxLength: 12 }),
    related: fc.option(relatedList, { nil: undefined }),
    footer: fc.array(fc.constantFrom(...CHROME_ANYWHERE, ...EDGE_CHROME), { maxLength: 6 }),
  })
  .map(({ header, title, date, sentences, between, related, footer }) => {
    const body = sentences.flatMap((s, i) => [s, ...(i < sentences.length - 1 ? (between[i] ?? []) : [])]);
    const lines = [...header, title, ...(date ? [date] : []), ...body, ...(related ?? []), ...footer];
    return {
      lines,
      title,
      sentences,
      chrome: [...header, ...between.flat(), ...footer].filter((l) => CHROME_ANYWHERE.includes(l)),
    };
  });

/** A Han character's reading as a gloss, `(chǎn)` or `(chan3)`, or null for a neutral tone. */
export function glossOf(char: string, numbered: boolean): string | null {
  const reading = pinyin(char, { toneType: numbered ? 'num' : 'symbol' });
  if (numbered ? !/[1-4]$/.test(reading) : !/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ]/u.test(reading)) return null;
  return `(${reading})`;
}

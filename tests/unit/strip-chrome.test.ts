import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isChromeKey, isEdgeChromeKey } from '../../scripts/lib/chrome-patterns.ts';
import { extractMetadata } from '../../scripts/lib/extract-metadata.ts';
import { matchKey, unframe } from '../../scripts/lib/line-shape.ts';
import { stripChrome } from '../../scripts/lib/strip-chrome.ts';
import type { ArticleMetadata } from '../../scripts/lib/types.ts';

const BODY_A = '江城新区今年一季度新签约项目42个,总投资560亿元,其中先进制造业项目占比超过六成。';
const BODY_B = '园区负责人表示,将继续围绕产业链招商,推动上下游企业集聚发展,打造千亿级产业集群。';
const TITLE = '江城新区打造光电产业高地';

/** Run metadata extraction and stripping on a page written as text. */
function strip(text: string): { paragraphs: string[]; chromeLinesDropped: number; meta: ArticleMetadata } {
  const lines = text.split('\n').map((line) => line.trim());
  const meta = extractMetadata(lines);
  return { ...stripChrome(lines, meta), meta };
}

/** A page: title and date, then `middle` lines between two body paragraphs, then `end` lines. */
function pageWith(middle: string[], end: string[] = []): string {
  return [TITLE, '2024-03-05 10:00 来源:江淮网', '', BODY_A, ...middle, BODY_B, ...end].join('\n');
}

describe('stripChrome keeps the article', () => {
  test('keeps body paragraphs, subheadings and Q&A lines in order, one line per paragraph', () => {
    const { paragraphs } = strip(
      pageWith([
        '锻造“专业”内功',
        '累计建成智能工厂36家',
        '「從無到有」崛起產業高地',
        '从江城到海城',
        '奔跑在同一赛道的两座城市',
        '江淮日报:下一步有哪些打算?',
        '李明:我们将加快补链强链。',
      ]),
    );
    expect(paragraphs).toEqual([
      BODY_A,
      '锻造“专业”内功',
      '累计建成智能工厂36家',
      '「從無到有」崛起產業高地',
      '从江城到海城',
      '奔跑在同一赛道的两座城市',
      '江淮日报:下一步有哪些打算?',
      '李明:我们将加快补链强链。',
      BODY_B,
    ]);
  });

  test('keeps sentences that merely contain chrome words', () => {
    const lines = [
      '打印机产业园二期开工建设',
      '收藏家协会在园区举办展览。',
      '首页面板生产线已经投产。',
      '分享经济在园区蓬勃发展。',
    ];
    const { paragraphs } = strip(pageWith(lines));
    expect(paragraphs).toEqual([BODY_A, ...lines, BODY_B]);
  });

  test('keeps a short closing sentence below the last long paragraph', () => {
    const { paragraphs } = strip(pageWith([], ['这只是开始。', '责任编辑:孙悦']));
    expect(paragraphs.at(-1)).toBe('这只是开始。');
  });

  test('keeps the subtitle lines under the headline', () => {
    const { paragraphs } = strip([TITLE, '', '再出发', '', '光电产业峰会江城站开幕', '2024-03-05', BODY_A].join('\n'));
    expect(paragraphs).toEqual(['再出发', '光电产业峰会江城站开幕', BODY_A]);
  });
});

describe('stripChrome drops the page around it', () => {
  test('drops the headline, its repeats, a shortened copy and the metadata lines', () => {
    const result = strip(
      [TITLE, TITLE, '2024-03-05 来源:江淮网', '小字號', '江城新区打造光电', BODY_A, TITLE].join('\n'),
    );
    expect(result.paragraphs).toEqual([BODY_A]);
    expect(result.chromeLinesDropped).toBe(6);
  });

  test.each([
    [
      'breadcrumbs',
      ['当前位置: 首页 > 新闻 > 产业', '當前位置: 首頁 > 新聞', '您的位置:首页>时政', '江淮网>>江城频道>>经济'],
    ],
    ['login forms', ['免费注册', '用户登录', '用户注册', '用户已注册', '邮箱已注册', '密码修改', '*']],
    ['widgets', ['字号', '字號:', '大 中 小', '分享到', '分享到微信', '打印', '【打印】', '关闭窗口', '收藏']],
    ['comment forms', ['評論', '用戶名: 匿名發表', '密碼:', '驗證碼:', '发表评论', '网友评论', '最新評論0']],
    ['report buttons', ['举报', '舉報']],
    ['editor lines', ['责任编辑:孙悦', '【编辑:周安】', '(責編:陳立、許文華)']],
    ['navigation', ['返回顶部', '返回頂部', '上一篇:江城新区召开招商大会', '下一篇']],
    ['e-paper chrome', ['第07版:经 济', '版面导航', '第02版']],
    ['image filenames', ['1700000000000123.jpg', 'IMG_2041.PNG']],
    ['app banners', ['打开APP', '下载客户端', '打开江淮新闻APP阅读全文']],
    [
      'footers',
      [
        'Copyright © 2024 江淮网 版权所有',
        '皖ICP备12345678号',
        '主办单位:江城市人民政府办公室',
        '原标题:江城新区打造光电产业高地——访新区管委会主任',
      ],
    ],
    [
      'disclaimers',
      [
        '【免责声明】本网未注明来源的稿件均为转载稿,如涉及版权问题请与本网联系。',
        '声明:本公众号致力于好文分享,版权归属原作者所有!',
        '版权声明:本文为本站原创。',
        '本文转载自网络,仅供参考,不代表本站观点。',
      ],
    ],
  ])('drops %s wherever they appear', (_, chrome) => {
    const middle = strip(pageWith(chrome));
    expect(middle.paragraphs).toEqual([BODY_A, BODY_B]);
    expect(middle.chromeLinesDropped).toBe(chrome.length + 2);
    const end = strip(pageWith([], chrome));
    expect(end.paragraphs).toEqual([BODY_A, BODY_B]);
  });

  test('drops a related-reading heading and its list of links, but not the article after it', () => {
    const list = ['相关阅读', '江城新区召开招商推介会', '光电产业园二期开工 2024-02-01', '海城与江城签署合作协议'];
    expect(strip(pageWith([], list)).paragraphs).toEqual([BODY_A, BODY_B]);
    expect(strip(pageWith(['相關閱讀', '江城新区召开招商推介会'])).paragraphs).toEqual([BODY_A, BODY_B]);
  });

  test('drops section names, menus and slogans above the headline', () => {
    const text = [
      '江淮网 江淮网',
      '国内',
      '产业头条',
      '前沿 即时 集成的资讯信息',
      '搜 索',
      'INFO',
      TITLE,
      '2024-03-05',
      BODY_A,
    ].join('\n');
    expect(strip(text).paragraphs).toEqual([BODY_A]);
  });

  test('drops slogans and addresses in a footer that holds other chrome', () => {
    const end = ['来源:江淮网', '立足本地 深耕跨境', '聚焦服务 平台运作', '地址:江城市人民路1号', '联系我们'];
    expect(strip(pageWith([], end)).paragraphs).toEqual([BODY_A, BODY_B]);
  });

  test('drops the second copy of a repeated caption and counts it', () => {
    const caption = '新闻发布会现场。 李明 摄';
    const result = strip(pageWith([caption, caption]));
    expect(result.paragraphs).toEqual([BODY_A, caption, BODY_B]);
    expect(result.chromeLinesDropped).toBe(3);
  });

  test('strips table borders from kept lines and drops lone borders', () => {
    const text = [
      '| 江城新区入选十大最具投资价值产业园 |',
      '| 发布日期:2017-07-09 来源:江城日报 |',
      '|',
      `| ${BODY_A} |`,
    ].join('\n');
    expect(strip(text)).toMatchObject({ paragraphs: [BODY_A], chromeLinesDropped: 3 });
  });

  test('never counts blank lines', () => {
    expect(strip(['', TITLE, '', '', BODY_A, '', ''].join('\n')).chromeLinesDropped).toBe(1);
  });
});

describe('chrome vocabulary', () => {
  test('matches Traditional and Simplified forms through the match key', () => {
    for (const line of ['相關閱讀', '相关阅读', '返回頂部', '驗證碼:']) expect(isChromeKey(matchKey(line))).toBe(true);
  });

  test('treats section names as chrome only at the page edges', () => {
    expect(isChromeKey(matchKey('新闻资讯'))).toBe(false);
    expect(isEdgeChromeKey(matchKey('新闻资讯'))).toBe(true);
  });
});

describe('stripChrome on arbitrary pages', () => {
  const pieces = [
    '',
    '*',
    '|',
    '首页',
    '来源:江淮网',
    '2024-03-05',
    TITLE,
    BODY_A,
    BODY_B,
    '相关阅读',
    '园区扩容提质',
    'date',
    '(记者 周安)',
  ];
  const pageLines = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 30 })), { maxLength: 30 });

  test('keeps lines in page order and accounts for every non-blank line', () => {
    fc.assert(
      fc.property(pageLines, (raw) => {
        const lines = raw.map((line) => line.trim());
        const { paragraphs, chromeLinesDropped } = stripChrome(lines, extractMetadata(lines));
        const nonBlank = lines.filter((line) => line !== '');
        expect(paragraphs.length + chromeLinesDropped).toBe(nonBlank.length);
        let at = 0;
        for (const paragraph of paragraphs) {
          while (at < nonBlank.length && unframe(nonBlank[at] ?? '') !== paragraph) at++;
          expect(at).toBeLessThan(nonBlank.length);
          at++;
        }
      }),
    );
  });

  test('returns a real ISO date or null for any page', () => {
    fc.assert(
      fc.property(pageLines, (raw) => {
        const { date } = extractMetadata(raw.map((line) => line.trim()));
        if (date !== null) expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
      }),
    );
  });
});

import { describe, expect, test } from 'vitest';
import { findTitle, isTitleCandidate, titleFromLead } from '../../scripts/lib/extract-title.ts';

describe('isTitleCandidate', () => {
  test('accepts a short headline, with or without inner spaces', () => {
    expect(isTitleCandidate('江城打造光电产业高地 12个重点项目签约')).toBe(true);
    expect(isTitleCandidate('| 江城新区入选十大最具投资价值产业园 |')).toBe(true);
  });

  test('accepts a headline that quotes markup, which is not a breadcrumb', () => {
    expect(isTitleCandidate('示例产业园发布会:{alert(1)} 与 <script>alert(2)</script>')).toBe(true);
  });

  test('rejects sentences, long lines, chrome, menus, captions and short words', () => {
    expect(isTitleCandidate('热,园区迎来了新一轮投资热潮。')).toBe(false);
    expect(isTitleCandidate('江城'.repeat(31))).toBe(false);
    expect(isTitleCandidate('当前位置: 首页 > 新闻 > 产业财经')).toBe(false);
    expect(isTitleCandidate('前沿 即时 集成的资讯信息')).toBe(false);
    expect(isTitleCandidate('图为江城光电产业园一期厂房')).toBe(false);
    expect(isTitleCandidate('产业头条')).toBe(false);
  });
});

describe('findTitle', () => {
  test('takes the headline next to the header metadata over a site slogan', () => {
    const lines = [
      '江城资讯 江城资讯',
      '免费注册',
      '国内',
      '前沿 即时 集成的资讯信息',
      '发布日期:',
      '2021/05/19',
      '字号',
      '光谷牵手江城',
      '',
      '再出发',
      '光电产业峰会江城站开幕',
    ];
    expect(findTitle(lines, lines.length, [4, 5])).toEqual({ title: '光谷牵手江城', index: 7 });
  });

  test('prefers the full headline above the date over a shortened copy below it', () => {
    const lines = [
      '某某网',
      '某某网>>江城频道>>经济',
      '江城打造光电产业高地 12个重点项目签约',
      '2024年08月20日15:10 | 来源:江城日报',
      '小字号',
      '江城打造光电产业高地',
    ];
    expect(findTitle(lines, lines.length, [3])?.index).toBe(2);
  });

  test('takes the first candidate when the header has no metadata', () => {
    const lines = ['江城产业园区成为新质生产力平台', '江城产业园区成为新质生产力平台', '8个园区在建项目50个'];
    expect(findTitle(lines, lines.length, [])).toEqual({ title: '江城产业园区成为新质生产力平台', index: 0 });
  });

  test('finds nothing when the header holds only chrome and bylines', () => {
    expect(findTitle(['INFO', '新闻资讯', '本报记者 赵明'], 3, [2])).toBeNull();
  });

  test('never looks below the end of the header', () => {
    expect(findTitle(['本报记者 赵明', '正文第一段。', '园区扩容提质'], 1, [0])).toBeNull();
  });
});

describe('titleFromLead', () => {
  test('keeps a short first sentence whole', () => {
    expect(titleFromLead('江城光电产业园一期项目投产。园区计划明年开工二期。')).toBe('江城光电产业园一期项目投产');
  });

  test('shortens a long sentence at a clause boundary outside quotes', () => {
    const lead =
      '江城新区生物医药产业去年实现营收181亿元,同比增长16%,增加值在新区五大产业集群中占比接近一成,成为新的增长引擎。';
    expect(titleFromLead(lead)).toBe('江城新区生物医药产业去年实现营收181亿元,同比增长16%');
  });

  test('cuts with an ellipsis when no useful clause boundary exists', () => {
    const lead =
      '3月2日至3日,一场以“创新赋能高质量,扩大开放新格局”为主题的江城高端装备制造产业园发展大会在新区举行并取得丰硕成果。';
    const title = titleFromLead(lead);
    expect(title.endsWith('…')).toBe(true);
    expect([...title].length).toBe(41);
  });
});

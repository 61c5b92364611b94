import { describe, expect, test } from 'vitest';
import {
  foldWidth,
  isBodyLike,
  isCaptionLike,
  isMenuLike,
  isSentenceLike,
  matchKey,
  unframe,
} from '../../scripts/lib/line-shape.ts';

describe('line shapes', () => {
  test('foldWidth maps full-width forms one to one', () => {
    const text = '來源：經濟日報\u3000２０２４／０１';
    expect(foldWidth(text)).toBe('來源:經濟日報 2024/01');
    expect(foldWidth(text)).toHaveLength(text.length);
  });

  test('unframe removes table borders only at the ends', () => {
    expect(unframe('| 发布日期:2017-07-09 来源:江城日报 |')).toBe('发布日期:2017-07-09 来源:江城日报');
    expect(unframe('|')).toBe('');
    expect(unframe('甲|乙')).toBe('甲|乙');
  });

  test('matchKey folds Traditional characters, widths and spaces', () => {
    expect(matchKey('返回頂部')).toBe('返回顶部');
    expect(matchKey('用戶名：   匿名發表')).toBe('用户名: 匿名发表');
  });

  test('tells sentences from headings', () => {
    expect(isSentenceLike('园区迎来投资热潮。')).toBe(true);
    expect(isSentenceLike('开放合作,')).toBe(true);
    expect(isSentenceLike('锻造“专业”内功')).toBe(false);
  });

  test('tells body text from short lines', () => {
    expect(isBodyLike('江城新区今年计划建成12个超大型数据中心,服务器规模达到400万台。')).toBe(true);
    expect(isBodyLike('园区迎来投资热潮。')).toBe(false);
    expect(
      isBodyLike(
        '8个园区在建项目50个、计划总投资1351.4亿元,已签约待开工项目13个、计划总投资337.9亿元,年营收目标1300亿元',
      ),
    ).toBe(true);
  });

  test('recognises menus and repeated logos but not spaced headlines', () => {
    expect(isMenuLike('招商 投资 园区 政策 联系')).toBe(true);
    expect(isMenuLike('江城网 江城网')).toBe(true);
    expect(isMenuLike('大 中 小')).toBe(true);
    expect(isMenuLike('国际知名企业云集 江城将建千亿级产业集群')).toBe(false);
  });

  test('recognises photo captions and credits', () => {
    expect(isCaptionLike('图为江城光电产业园。')).toBe(true);
    expect(isCaptionLike('新闻发布会现场。 李明 摄')).toBe(true);
    expect(isCaptionLike('園區夜景。圖／江城市經發局提供')).toBe(true);
    expect(isCaptionLike('园区扩容提质')).toBe(false);
  });
});

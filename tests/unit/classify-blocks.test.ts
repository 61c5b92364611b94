import { describe, expect, test } from 'vitest';
import { classifyBlocks, isHeadingLike } from '../../scripts/lib/classify-blocks.ts';

describe('isHeadingLike', () => {
  test('short lines without sentence punctuation read as subheadings', () => {
    expect(isHeadingLike('奔赴“新兴”赛道')).toBe(true);
    expect(isHeadingLike('“無中生有”隆起產業高地')).toBe(true);
    expect(isHeadingLike('累计建成数字化车间和智能工厂28家')).toBe(true);
  });

  test('a section heading may name its place before a colon', () => {
    expect(isHeadingLike('山东德州:“四链协同”崛起电子信息产业')).toBe(true);
    expect(isHeadingLike('天津武清:“双高”引领深度融合生物医药')).toBe(true);
    expect(isHeadingLike('刘忠:是的')).toBe(false);
  });

  test('sentences, clauses and Q&A lines are paragraphs', () => {
    expect(isHeadingLike('孙永红主持网上签约仪式,耿涛出席。')).toBe(false);
    expect(isHeadingLike('刘忠:当前我市集成电路产业快速起步')).toBe(false);
    expect(isHeadingLike('富士康来了,而且带来了一个重磅项目!')).toBe(false);
  });

  test('long lines and lines without Chinese are not headings', () => {
    expect(isHeadingLike('新'.repeat(31))).toBe(false);
    expect(isHeadingLike('IPM ALD IMP')).toBe(false);
  });
});

describe('classifyBlocks', () => {
  test('keeps paragraph order and attaches garbled spans by index', () => {
    const blocks = classifyBlocks(['推进成渝协同发展', '正文第一句。', '结尾'], [[], [{ start: 0, end: 2 }], []]);
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph']);
    expect(blocks[1]!.garbled).toEqual([{ start: 0, end: 2 }]);
  });

  test('the last block is never a heading', () => {
    expect(classifyBlocks(['第一段。', '编者按'])[1]!.kind).toBe('paragraph');
  });
});

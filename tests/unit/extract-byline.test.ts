import { describe, expect, test } from 'vitest';
import {
  bracketedBylines,
  isBylineShaped,
  isPersonName,
  parseNames,
  readByline,
} from '../../scripts/lib/extract-byline.ts';

describe('isPersonName', () => {
  test('accepts two- and three-character names and compound surnames', () => {
    expect(isPersonName('陈立')).toBe(true);
    expect(isPersonName('許文華')).toBe(true);
    expect(isPersonName('欧阳明远')).toBe(true);
    expect(isPersonName('阿依古丽·买买提')).toBe(true);
  });

  test('rejects places with a report suffix, common words and long runs', () => {
    expect(isPersonName('杭州报道')).toBe(false);
    expect(isPersonName('推荐')).toBe(false);
    expect(isPersonName('部的故事')).toBe(false);
    expect(isPersonName('在位于园区的生产车间看到')).toBe(false);
  });
});

describe('parseNames', () => {
  test('splits a labelled list on spaces, 、 and commas', () => {
    expect(parseNames(':陈立 许文华')).toEqual(['陈立', '许文华']);
    expect(parseNames('：周安、吴桐')).toEqual(['周安', '吴桐']);
    expect(parseNames(': 周安,吴桐')).toEqual(['周安', '吴桐']);
  });

  test('stops at a place followed by 报道 and at the next field', () => {
    expect(parseNames(' 陈立 许文华 杭州报道')).toEqual(['陈立', '许文华']);
    expect(parseNames(':刘洋来源:江淮网')).toEqual(['刘洋']);
  });

  test('takes one name when it is glued to its label', () => {
    expect(parseNames('林佳慧／台中即時報導')).toEqual(['林佳慧']);
    expect(parseNames('王小明 高雄 2025-03-01 10:00')).toEqual(['王小明']);
  });
});

describe('readByline', () => {
  test('reads reporter names and the publisher printed before the label', () => {
    expect(readByline('江淮在线记者 陈立 许文华')).toEqual({ names: ['陈立', '许文华'], publisher: '江淮在线' });
    expect(readByline('經濟日報／ 記者林佳慧／台中即時報導')).toEqual({ names: ['林佳慧'], publisher: '經濟日報' });
  });

  test('names no publisher for 本报 and for editor labels', () => {
    expect(readByline('本报记者 赵明')).toEqual({ names: ['赵明'], publisher: null });
    expect(readByline('责任编辑:孙悦')).toEqual({ names: ['孙悦'], publisher: null });
  });

  test('reads several labelled fields on one line', () => {
    expect(readByline('作者:周安 吴桐 编辑:刘洋').names).toEqual(['周安', '吴桐', '刘洋']);
    expect(readByline('文/郑一鸣').names).toEqual(['郑一鸣']);
  });

  test('finds no names in headings that merely contain a label', () => {
    expect(readByline('编辑推荐').names).toEqual([]);
    expect(readByline('记者手记').names).toEqual([]);
  });
});

describe('isBylineShaped', () => {
  test('accepts short lines without sentences only', () => {
    expect(isBylineShaped('本报记者 赵明')).toBe(true);
    expect(isBylineShaped('记者在位于开发区的生产车间看到,工人们正在调试设备。')).toBe(false);
  });
});

describe('bracketedBylines', () => {
  test('finds brackets that open or close a paragraph', () => {
    expect(bracketedBylines('本报讯(记者 赵明) 去年,新区生物医药产业实现营收50亿元。')).toEqual(['记者 赵明']);
    expect(bracketedBylines('园区负责人出席了签约仪式。(记者 陈立 许文华 合肥报道)')).toEqual([
      '记者 陈立 许文华 合肥报道',
    ]);
  });

  test('ignores brackets in the middle of a paragraph', () => {
    const line =
      '园区已引进各类企业三百余家,其中包括多家国内外知名的行业龙头企业(记者注:数据截至去年底),今年还将继续扩大招商规模和范围。';
    expect(bracketedBylines(line)).toEqual([]);
  });
});

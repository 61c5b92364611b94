import { describe, expect, test } from 'vitest';
import {
  bestPublisher,
  labelledSource,
  leadPublisher,
  publisherBeforePublishLabel,
  publisherOnDateLine,
  RANK,
} from '../../scripts/lib/extract-source.ts';

describe('labelledSource', () => {
  test('reads 来源 / 來源 labels with either colon and trims trailing fields', () => {
    expect(labelledSource('来源:江淮网')).toEqual({ name: '江淮网', only: true });
    expect(labelledSource('來源：經濟日報')).toEqual({ name: '經濟日報', only: true });
    expect(labelledSource('来源 : 某某日报网络版')).toEqual({ name: '某某日报网络版', only: true });
    expect(labelledSource('2021-06-18 06:39:56来源:川南日报编辑:张力')?.name).toBe('川南日报');
    expect(labelledSource('发布时间:2019-09-11 15:13:10 来源:某某头条 点击:')?.name).toBe('某某头条');
  });

  test('ignores image and data credits, sentences and quoted labels', () => {
    expect(labelledSource('图片来源:视觉中国')).toBeNull();
    expect(labelledSource('数据来源:国家统计局')).toBeNull();
    expect(labelledSource('未标有“来源:某某新闻”的稿件均为转载稿。')).toBeNull();
  });
});

describe('publisherBeforePublishLabel', () => {
  test('reads the name printed right before 发布时间', () => {
    expect(publisherBeforePublishLabel('某某社客户端发布时间:2024-01-22 11:21:49 作者:陈立')).toBe('某某社客户端');
    expect(publisherBeforePublishLabel('發布時間:2024-01-22')).toBeNull();
  });
});

describe('publisherOnDateLine', () => {
  test('reads a bare name on the date line, but not a section name', () => {
    expect(publisherOnDateLine('2017/10/24 某某汽车 阅读:10128')).toBe('某某汽车');
    expect(publisherOnDateLine('date 2025-12-13 快訊')).toBeNull();
    expect(publisherOnDateLine('2020年08月19日 星期三')).toBeNull();
  });
});

describe('leadPublisher', () => {
  test('reads a paper named in the lead', () => {
    expect(leadPublisher('江淮日报消息,电子信息产业作为我省重要支柱产业之一,正在加快转型。')).toBe('江淮日报');
    expect(leadPublisher('新华社南昌3月2日电 江西省今年将新建产业园区10个。')).toBe('新华社');
  });

  test('names no one for 本报讯 or an ordinary sentence', () => {
    expect(leadPublisher('本报讯(记者 赵明) 去年新区实现营收50亿元。')).toBeNull();
    expect(leadPublisher('据悉,园区今年将新增项目20个。')).toBeNull();
  });
});

describe('bestPublisher', () => {
  test('prefers the most trusted rank, then the earliest candidate', () => {
    const candidates = [
      { name: '江淮在线', rank: RANK.beforeReporter },
      { name: '江淮日报', rank: RANK.label },
      { name: '江淮晚报', rank: RANK.label },
    ];
    expect(bestPublisher(candidates)).toBe('江淮日报');
    expect(bestPublisher([])).toBeNull();
  });
});

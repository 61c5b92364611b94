import { describe, expect, test } from 'vitest';
import { dateLineResidue, dateOfLine, findDates, findPublicationDate } from '../../scripts/lib/extract-date.ts';

/** A page with `header` lines on top and a body paragraph under them. */
function page(...header: string[]): string[] {
  return [
    '合肥新站区显示产业集群再添新项目',
    ...header,
    '',
    '记者从新站高新区获悉,又一个显示材料项目日前签约落户,总投资约20亿元。',
  ];
}

describe('findDates', () => {
  test.each([
    ['2020年04月21日 09:57', '2020-04-21'],
    ['2021/05/19', '2021-05-19'],
    ['2024-01-22 11:21:49', '2024-01-22'],
    ['2024年08月20日15:10', '2024-08-20'],
    ['2017/10/24', '2017-10-24'],
    ['22.05.2020 08:02', '2020-05-22'],
    ['19/04/2024 - 06:11:20', '2024-04-19'],
    ['2023-4-5', '2023-04-05'],
  ])('reads %s as %s', (text, iso) => {
    expect(findDates(text)[0]?.iso).toBe(iso);
  });

  test('reads a day-first date month-first only when day-first is impossible', () => {
    expect(findDates('04/19/2024')[0]?.iso).toBe('2024-04-19');
    expect(findDates('04/05/2024')[0]?.iso).toBe('2024-05-04');
  });

  test('rejects impossible days, months and implausible years', () => {
    expect(findDates('2023-02-29')).toEqual([]);
    expect(findDates('2024-13-01')).toEqual([]);
    expect(findDates('1850-01-01')).toEqual([]);
    expect(findDates('2024-02-29')[0]?.iso).toBe('2024-02-29');
  });

  test('ignores partial dates and decimal numbers', () => {
    expect(findDates('截至2024年3月底')).toEqual([]);
    expect(findDates('4月15日下午')).toEqual([]);
    expect(findDates('计划总投资1351.4亿元')).toEqual([]);
  });

  test('reads ROC years only when asked', () => {
    expect(findDates('114年11月19日')).toEqual([]);
    expect(findDates('114年11月19日', true)[0]?.iso).toBe('2025-11-19');
    expect(findDates('民國113年1月2日', true)[0]?.iso).toBe('2024-01-02');
  });
});

describe('dateOfLine', () => {
  test('accepts a line whose main content is the date', () => {
    expect(dateOfLine('2020年08月19日 星期三')?.iso).toBe('2020-08-19');
    expect(dateOfLine('台北 2025-11-19 19:48')?.iso).toBe('2025-11-19');
    expect(dateOfLine('2019-03-02 10:00 来源:江淮晨报 作者:陈立')?.iso).toBe('2019-03-02');
  });

  test('accepts labelled dates with ASCII or full-width colons and spaced labels', () => {
    expect(dateOfLine('发布日期:2018-06-01')).toMatchObject({ iso: '2018-06-01', labelled: true });
    expect(dateOfLine('發布時間：2022-11-03 08:15')).toMatchObject({ iso: '2022-11-03', labelled: true });
    expect(dateOfLine('发表时间:2023-04-18 20:37:44来源:东南网')?.iso).toBe('2023-04-18');
    expect(dateOfLine('时间 : 2021-07-08 10:20:14 来源 : 某某日报网络版')?.iso).toBe('2021-07-08');
    expect(dateOfLine('date 2025-11-19 某某网记者王小明')?.iso).toBe('2025-11-19');
  });

  test('reads fields glued to the date', () => {
    expect(dateOfLine('2021-06-18 06:39:56来源:川南日报编辑:张力')?.iso).toBe('2021-06-18');
  });

  test('reads an ROC date when the line is a date line', () => {
    expect(dateOfLine('114年11月19日')?.iso).toBe('2025-11-19');
  });

  test('never reads a date from a sentence', () => {
    expect(dateOfLine('2019年8月16日,两家企业签署战略合作协议。')).toBeNull();
    expect(dateOfLine('自2018年落户以来,已先后投资97亿元。')).toBeNull();
    expect(dateOfLine('114年招商成果发表会今天举行，共促成166件投资案。')).toBeNull();
  });

  test('rejects a date buried in a long unlabelled line', () => {
    expect(dateOfLine('2024-01-02 园区管委会主任在现场会上介绍的新兴产业专业园区建设进展情况汇报')).toBeNull();
  });
});

describe('dateLineResidue', () => {
  test('keeps what is left besides date, time, weekday and counters', () => {
    expect(dateLineResidue('2017/10/24 某某汽车 阅读:10128').trim()).toBe('某某汽车');
    expect(dateLineResidue('2020年08月19日 星期三').trim()).toBe('');
  });
});

describe('findPublicationDate', () => {
  test('finds a header date line and marks it as metadata', () => {
    const lines = page('', '2020年04月21日 09:57 来源:江淮网');
    expect(findPublicationDate(lines, 3)).toEqual({ date: '2020-04-21', lines: [2] });
  });

  test('takes the date from the line after a bare publish label', () => {
    const lines = page('发布日期:', '2021/05/19', '字号');
    expect(findPublicationDate(lines, 4)).toEqual({ date: '2021-05-19', lines: [1, 2] });
  });

  test('prefers a labelled header date over a plain one', () => {
    const lines = page('2020-01-01', '发布时间:2020-01-03 09:00');
    expect(findPublicationDate(lines, 3).date).toBe('2020-01-03');
  });

  test('returns null when only the body mentions dates', () => {
    const lines = [
      '园区产业集聚效应显现',
      '截至2024年3月底,园区在建项目50个,计划总投资超过1300亿元。',
      '2019年12月,企业投资20亿元的项目落户南京,业务涵盖半导体设备。',
      '4月15日下午,双方以网络视频形式签署合作协议。',
    ];
    expect(findPublicationDate(lines, 1)).toEqual({ date: null, lines: [] });
  });

  test('ignores a bare date line deep in the body but accepts one beside a source label', () => {
    const body = Array.from({ length: 14 }, (_, i) => `第${i + 1}段:园区今年新引进项目若干个,产业链条不断延伸。`);
    expect(findPublicationDate(['标题行', ...body, '2022-03-04'], 1).date).toBeNull();
    expect(findPublicationDate(['标题行', ...body, '来源:江淮网 2022-03-04'], 1)).toEqual({
      date: '2022-03-04',
      lines: [15],
    });
  });
});

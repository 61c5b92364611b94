import { describe, expect, test } from 'vitest';
import { extractFigures } from '../../scripts/lib/figures/extract-figures.ts';

const figuresOf = (text: string) => extractFigures([{ text }]);
const summary = (text: string) => figuresOf(text).map((f) => [f.kind, f.value, f.unit, f.text]);

describe('counts', () => {
  test.each([
    ['园区在建项目50个，进展顺利', 50, 'projects', '园区在建项目50个'],
    ['今年签约50个项目', 50, 'projects', '50个项目'],
    ['全区共有规上企业32家，', 32, 'companies', '企业32家'],
    ['已有32家企业入驻', 32, 'companies', '32家企业'],
    ['引来15家头部企业', 15, 'companies', '15家头部企业'],
    ['共14個重點項目落地簽約', 14, 'projects', '共14個重點項目'],
    ['园区聚集企业300余家，', 300, 'companies', '园区聚集企业300余家'],
    ['成功促成166件投資案', 166, 'cases', '166件投資案'],
    ['今年核准166案。', 166, 'cases', '166案'],
    ['吸引1916家廠商進駐', 1916, 'companies', '1916家廠商'],
    ['增加63,492個就業機會', 63492, 'jobs', '63,492個就業機會'],
    ['增加6萬3492個就業機會', 63492, 'jobs', '6萬3492個就業機會'],
    ['新增就业岗位1200个。', 1200, 'jobs', '新增就业岗位1200个'],
    ['全市有47所高校', 47, 'universities', '47所高校'],
    ['设立了10只产业投资基金', 10, 'funds', '10只产业投资基金'],
    ['建成12个超大型数据中心', 12, 'data-centers', '12个超大型数据中心'],
    ['已安装生产线22条；', 22, 'production-lines', '已安装生产线22条'],
    ['培养人才3000余人', 3000, 'people', '3000余人'],
  ])('counts %s', (text, value, unit, quoted) => {
    expect(summary(text)).toEqual([['count', value, unit, quoted]]);
  });

  test('takes the default of 家 when no noun says what is counted', () => {
    expect(summary('去年新增567家，累计达4396家。')).toEqual([
      ['count', 567, 'companies', '567家'],
      ['count', 4396, 'companies', '累计达4396家'],
    ]);
  });

  test('records hedges on counts', () => {
    expect(figuresOf('每年新增项目超过50个。')[0]).toMatchObject({ value: 50, qualifier: 'min' });
    expect(figuresOf('已有5000多家企业')[0]).toMatchObject({ value: 5000, qualifier: 'min' });
    expect(figuresOf('力争引进项目不少于30个')[0]).toMatchObject({ value: 30, qualifier: 'min' });
    expect(figuresOf('可容纳300至400家企业')[0]).toMatchObject({ value: 400, unit: 'companies', qualifier: 'max' });
  });

  test('does not read the 约 of 签约 as a hedge', () => {
    expect(figuresOf('今年签约50个项目')[0]?.qualifier).toBeUndefined();
    expect(figuresOf('最近30家企业落户')[0]?.qualifier).toBeUndefined();
  });

  test('drops counts of things it cannot name', () => {
    expect(figuresOf('孵化了100多个场景化解决方案')).toEqual([]);
    expect(figuresOf('开设联合培养班次53个')).toEqual([]);
    expect(figuresOf('打造3个以上千亿级和6个以上百亿级的产业板块')).toEqual([]);
  });

  test('does not read a noun before the number when the counted thing follows it', () => {
    expect(figuresOf('开发区将打造3个以上千亿级产业')).toEqual([]);
  });

  test('does not count with Chinese numerals, which are phrasing (一个, 三家)', () => {
    expect(figuresOf('三家企业和一个项目')).toEqual([]);
  });

  test('does not read a noun across a list comma', () => {
    expect(figuresOf('与10余所高校、20余个专家团队合作')).toEqual([
      expect.objectContaining({ value: 10, unit: 'universities', text: '10余所高校' }),
    ]);
  });

  test('stops the counted noun at place words, so 5个城市 is not a count of parks', () => {
    expect(figuresOf('在5个城市布局产业园')).toEqual([]);
  });
});

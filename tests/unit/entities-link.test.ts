import { describe, expect, test } from 'vitest';
import { toHant } from '../../scripts/lib/convert-script.ts';
import { buildLexicon } from '../../scripts/lib/entities/build-lexicon.ts';
import { linkEntities } from '../../scripts/lib/entities/link-entities.ts';
import type { PlaceRecord } from '../../scripts/lib/entities/types.ts';
import { blocks, curatedTables, fixtureLexicon, fixturePlaces } from '../fixtures/entities/lexicons.ts';

const lexicon = fixtureLexicon();
const link = (title: string, ...paragraphs: string[]) => linkEntities(blocks(...paragraphs), title, lexicon);
const ids = (title: string, ...paragraphs: string[]) => {
  const { mentions: _m, newParks: _n, ...lists } = link(title, ...paragraphs);
  return lists;
};

describe('linkEntities: places', () => {
  test('links a zone and counts it as evidence for its city and district', () => {
    const r = link('', '富士康科技集团与青岛西海岸新区签署合作协议。');
    expect(r.zones).toEqual(['qingdao-west-coast-new-area']);
    expect(r.cities).toEqual(['qingdao']);
    expect(r.districts).toEqual(['qingdao-huangdao']);
    expect(r.mentions.filter((m) => m.kind === 'city')).toEqual([]);
  });

  test('links 中国, 全国, 国内, 省 and 市 alone to nothing', () => {
    const r = link('中国制造', '全国各省市的产业园区与国内外企业，省里和市里都很重视。');
    expect(r.cities).toEqual([]);
    expect(r.provinces).toEqual([]);
    expect(r.districts).toEqual([]);
  });

  test('links a province name to the province, never to a city', () => {
    const r = link('', '山东是制造业大省，江苏也是。');
    expect(r.provinces).toEqual(['shandong', 'jiangsu']);
    expect(r.cities).toEqual([]);
  });

  test('does not read a river bank or a mountain slope as a province (珠江西岸, 黄河北岸, 太行山东麓)', () => {
    expect(link('', '珠江西岸装备制造带、黄河北岸和太行山东麓。').provinces).toEqual([]);
    expect(link('', '江西、河北和山东。').provinces).toEqual(['jiangxi', 'hebei', 'shandong']);
  });

  test('tells 苏州 from 宿州 and 台州 from 泰州 by their characters', () => {
    expect(link('', '苏州与宿州开展合作。').cities).toEqual(['suzhou-jiangsu', 'suzhou-anhui']);
    expect(link('', '台州和泰州。').cities).toEqual(['taizhou-zhejiang', 'taizhou-jiangsu']);
  });

  test('links a province-level city by its prose name (北京, 香港)', () => {
    expect(link('', '北京、天津、上海、重庆和香港。').cities).toEqual([
      'beijing',
      'tianjin',
      'shanghai',
      'chongqing',
      'hong-kong',
    ]);
  });

  test('links a county short form only when its prefecture or province is named', () => {
    expect(link('', '武清的生物医药企业。').districts).toEqual([]);
    expect(link('', '天津武清的生物医药企业。').districts).toEqual(['tianjin-wuqing']);
    expect(link('', '武清区的生物医药企业。').districts).toEqual(['tianjin-wuqing']);
  });

  test('does not let a neighbouring city license a county short form of its province (杭州 … 观象山)', () => {
    const r = link('', '杭州发展很快。青报观象山发表时评。');
    expect(r.districts).toEqual([]);
    expect(r.cities).toEqual(['hangzhou']);
  });

  test('never links a short form that is an ordinary word (新兴产业, 合作, 和平)', () => {
    const places: PlaceRecord[] = fixturePlaces().map((p) =>
      p.id === 'yunfu-xinxing' ? { ...p, short: { hans: '新兴', hant: '新興' } } : p,
    );
    const lex = buildLexicon(places, curatedTables());
    const r = linkEntities(blocks('云浮市大力发展新兴产业，加强合作，天津和平发展。'), '', lex);
    expect(r.districts).toEqual([]);
    expect(linkEntities(blocks('云浮市新兴县。'), '', lex).districts).toEqual(['yunfu-xinxing']);
  });

  test('links a prefecture short form that is a common word only with its province named', () => {
    expect(link('', '日照时数长，日照充足。').cities).toEqual([]);
    expect(link('', '山东日照港。').cities).toEqual(['rizhao']);
    expect(link('', '日照市港口。').cities).toEqual(['rizhao']);
  });

  test('resolves a district name shared by several cities from the city named in the article', () => {
    expect(link('', '南京市鼓楼区的企业。').districts).toEqual(['nanjing-gulou']);
    expect(link('', '福州鼓楼区的企业。').districts).toEqual(['fuzhou-fujian-gulou']);
    expect(link('', '鼓楼区的企业。').districts).toEqual([]);
  });

  test('resolves 朝阳 to Beijing’s district, Changchun’s or the city in Liaoning by context, and not alone', () => {
    expect(link('', '北京朝阳的企业。').districts).toEqual(['beijing-chaoyang']);
    expect(link('', '辽宁朝阳的企业。').cities).toEqual(['chaoyang']);
    expect(link('', '朝阳产业发展迅速。').cities).toEqual([]);
    expect(link('', '朝阳的企业。').districts).toEqual([]);
  });

  test('reads 西安 as the city unless the article names the prefecture of a 西安区', () => {
    expect(link('', '西安的企业。').cities).toEqual(['xian']);
    expect(link('', '陕西西安的企业。').cities).toEqual(['xian']);
    const r = link('', '牡丹江市西安的企业。');
    expect([r.cities, r.districts]).toEqual([['mudanjiang'], ['mudanjiang-xian']]);
  });

  test('reads 吉林 as the province beside a city of Jilin, and 吉林市 as the city', () => {
    expect(link('', '吉林长春的企业。').provinces).toEqual(['jilin-province']);
    expect(link('', '吉林市的企业。').cities).toEqual(['jilin-jilin']);
  });

  test('reads 新竹 as the city when both the city and the county are named so', () => {
    expect(link('', '新竹的半导体企业。').cities).toEqual(['hsinchu-city']);
    expect(link('', '新竹縣和新竹市。').cities).toEqual(['hsinchu-county', 'hsinchu-city']);
  });

  test('links a one-character form never', () => {
    expect(link('', '京津冀与沪苏浙皖，川渝合作。').cities).toEqual([]);
  });
});

describe('linkEntities: organisation names', () => {
  test('does not count a place that only names where a company is registered', () => {
    const r = link(
      '',
      '青岛中微创芯电子有限公司董事长到访。山东有研艾斯半导体材料有限公司通线。华润微电子(重庆)有限公司投产。合肥京东方车载显示项目开工。',
    );
    expect(r.cities).toEqual([]);
    expect(r.provinces).toEqual([]);
    expect(r.companies).toEqual(['grinm', 'cr-micro', 'boe']);
  });

  test('still counts a place beside a company when it is the site of the company’s park or project', () => {
    expect(link('', '深圳富士康工业园区。').cities).toEqual(['shenzhen']);
    expect(link('', '京东方青岛生产基地。').cities).toEqual(['qingdao']);
    expect(link('', '苏州市人民政府与华为技术有限公司签署协议。').cities).toEqual(['suzhou-jiangsu']);
  });

  test('does not count a place that begins a company’s short name in a list of companies', () => {
    expect(link('', '与国药集团、华熙国际、北京复华等知名龙头企业达成合作。').cities).toEqual([]);
    expect(link('', '引进苏州汇川、宁德时代等企业。').cities).toEqual([]);
  });

  test('still counts places listed as places, even before 等企业', () => {
    expect(link('', '北京、上海等城市的企业。').cities).toEqual(['beijing', 'shanghai']);
    expect(link('', '来自北京、上海等地的企业。').cities).toEqual(['beijing', 'shanghai']);
  });

  test('does not count a place that runs through a name into a headquarters', () => {
    expect(link('', '签约合肥某某湿法设备总部研发基地项目。').cities).toEqual([]);
    expect(link('', '青岛总部经济区。').cities).toEqual(['qingdao']);
  });

  test('keeps a place in brackets after another place (上海(浦东)), drops it after a name', () => {
    expect(link('', '继上海(浦东)之后。').districts).toEqual(['shanghai-pudong']);
    expect(link('', '一汽解放(青岛)商用车研究院。').cities).toEqual([]);
  });
});

describe('linkEntities: industries and companies', () => {
  test('links aliases and regional vocabulary to one industry id', () => {
    const r = link('', '积体电路、晶片、芯片、半导体和IC设计。');
    expect(r.industries).toEqual(['integrated-circuits']);
    expect(link('', '人工智慧與AI、資料中心').industries).toEqual(['artificial-intelligence', 'data-centers']);
  });

  test('links company aliases in both scripts and English', () => {
    expect(link('', '鸿海、富士康与Foxconn。').companies).toEqual(['foxconn']);
    expect(link('', '台積電與日月光').companies).toEqual(['tsmc', 'ase']);
    expect(link('', '宁德时代与四川时代和CATL。').companies).toEqual(['catl']);
  });

  test('does not take an idiom or a phrase for a company (天马行空, 有研究, 三星级)', () => {
    expect(link('', '天马行空的想法；有研究表明；三星级酒店。').companies).toEqual([]);
  });
});

describe('linkEntities: salience', () => {
  test('orders title mentions first, then the lead paragraph, then frequency', () => {
    const lead = '合肥市今年引进了一批新型显示项目，带动上下游企业集聚发展，产业规模持续扩大，成效明显。';
    const r = link('无锡集成电路产业再提速', lead, '苏州、苏州、苏州、苏州。', '成都。');
    expect(r.cities).toEqual(['wuxi', 'hefei', 'suzhou-jiangsu', 'chengdu']);
    expect(r.industries).toEqual(['integrated-circuits', 'new-display']);
  });

  test('breaks ties by first occurrence, deterministically', () => {
    const a = link('', '成都和无锡。', '无锡和成都。');
    expect(a.cities).toEqual(['chengdu', 'wuxi']);
    expect(link('', '成都和无锡。', '无锡和成都。')).toEqual(a);
  });

  test('ranks a city named directly above one known only through its zone', () => {
    const r = link('', '青岛西海岸新区、苏州、苏州。');
    expect(r.cities).toEqual(['suzhou-jiangsu', 'qingdao']);
  });

  test('records every mention with its paragraph and offsets in the original text', () => {
    const r = link('富士康落户青岛', '青島西海岸新區');
    expect(r.mentions.map((m) => [m.paragraph, m.kind, m.entity, m.start, m.end, m.text])).toEqual([
      [0, 'company', 'foxconn', 0, 3, '富士康'],
      [0, 'city', 'qingdao', 5, 7, '青岛'],
      [1, 'zone', 'qingdao-west-coast-new-area', 0, 7, '青島西海岸新區'],
    ]);
  });
});

describe('linkEntities: scripts', () => {
  test('links the same ids in a Traditional copy of an article', () => {
    const title = '德州集成电路产业加速发展';
    const paragraphs = [
      '记者在位于德州天衢新区的有研艾斯生产车间看到，12英寸大硅片生产线已通线。',
      '天津武清京津产业新城核心区内，生物医药企业加快集聚。',
      '安徽省滁州市的全椒经济开发区，光伏和新能源电池项目建设正酣。',
    ];
    const hans = ids(title, ...paragraphs);
    expect(ids(toHant(title), ...paragraphs.map(toHant))).toEqual(hans);
    expect(hans.cities).toEqual(['dezhou', 'tianjin', 'chuzhou']);
    expect(hans.districts).toEqual(['tianjin-wuqing', 'chuzhou-quanjiao']);
    expect(hans.zones).toEqual([
      'dezhou-tianqu-new-area',
      'jingjin-industrial-new-city',
      'quanjiao-economic-development-zone',
    ]);
  });
});

import { describe, expect, test } from 'vitest';
import { toHant } from '../../scripts/lib/convert-script.ts';
import { detectParks } from '../../scripts/lib/entities/detect-parks.ts';
import { linkEntities } from '../../scripts/lib/entities/link-entities.ts';
import { newParkId } from '../../scripts/lib/entities/park-slug.ts';
import { blocks, fixtureLexicon } from '../fixtures/entities/lexicons.ts';

const lexicon = fixtureLexicon();
const link = (...paragraphs: string[]) => linkEntities(blocks(...paragraphs), '', lexicon);
const newParks = (...paragraphs: string[]) =>
  link(...paragraphs).newParks.map((p) => `${p.id}|${p.name.hans}|${p.city}`);

describe('detectParks', () => {
  test('turns an unknown park name into a new park on the city named with it', () => {
    const r = detectParks(blocks('王清宪专程到深圳富士康工业园区，会见了企业负责人。'), [], lexicon);
    expect(r.newParks).toEqual([
      {
        id: 'shenzhen-fushikang-gongyeyuan',
        name: { hans: '深圳富士康工业园区', hant: '深圳富士康工業園區' },
        city: 'shenzhen',
        district: null,
        precision: 'city',
      },
    ]);
    expect(r.mentions.map((m) => [m.paragraph, m.start, m.end, m.text])).toEqual([[1, 6, 15, '深圳富士康工业园区']]);
  });

  test('takes the name back to the verb or preposition before it, not the previous clause', () => {
    expect(newParks('去年9月，这个项目在无锡市星洲工业园落地投产。')).toEqual([
      'wuxi-xingzhou-gongyeyuan|无锡市星洲工业园|wuxi',
    ]);
    expect(newParks('成都市推动产业升级，加快打造龙潭科创园。')).toEqual([
      'chengdu-longtan-kechuangyuan|龙潭科创园|chengdu',
    ]);
  });

  test('keeps two named things joined by 及 inside one name', () => {
    expect(newParks('在青岛市，董家口新材料及绿色化工科创园正在建设。')).toEqual([
      'qingdao-dongjiakouxincailiaojilvsehuagong-kechuangyuan|董家口新材料及绿色化工科创园|qingdao',
    ]);
  });

  test('rejects generic and counted park words (8个新兴产业专业园区, 该园区, 园区, 智能制造产业园)', () => {
    expect(
      newParks(
        '青岛已挂牌8个新兴产业专业园区。该园区发展很快，园区就是产业链。',
        '青岛将打造以半导体设备为主的智能制造产业园，建设国家级集成电路产业基地。',
      ),
    ).toEqual([]);
  });

  test('rejects a company facility or a base without a place name as a park (生产基地, 实习基地)', () => {
    expect(newParks('京东方青岛生产基地满产。青岛理工学院共建半导体封装生产性实习基地。')).toEqual([]);
  });

  test('does not report a curated zone as a new park', () => {
    const r = link('安徽省滁州市的全椒经济开发区项目开工。');
    expect(r.newParks).toEqual([]);
    expect(r.zones).toEqual(['quanjiao-economic-development-zone']);
  });

  test('gives one id to a park written with and without its province, city or final 区', () => {
    expect(
      new Set(link('安徽滁州琅琊产业园区开园。', '滁州琅琊产业园。', '琅琊产业园。').newParks.map((p) => p.id)),
    ).toEqual(new Set(['chuzhou-langya-chanyeyuan']));
  });

  test('places a new park on the city of its sentence, else of the article', () => {
    const r = link(
      '无锡市引进项目，无锡市政府表示要扩容。',
      '合肥市政府表示，锡东科创园将扩容。',
      '此外，太湖科创园也在建设。',
    );
    expect(r.newParks.map((p) => [p.id, p.city])).toEqual([
      ['hefei-xidong-kechuangyuan', 'hefei'],
      ['wuxi-taihu-kechuangyuan', 'wuxi'],
    ]);
  });

  test('drops a new park when the article names no city at all', () => {
    expect(newParks('某地的龙潭科创园正在建设。')).toEqual([]);
  });

  test('gives a Traditional park name the same id, with both script forms', () => {
    const [park] = link('王清宪专程到深圳富士康工業園區。').newParks;
    expect(park?.id).toBe('shenzhen-fushikang-gongyeyuan');
    expect(park?.name).toEqual({ hans: '深圳富士康工业园区', hant: '深圳富士康工業園區' });
  });

  test('lists new parks among the article’s parks, by salience', () => {
    const r = link('深圳富士康工业园区与青岛市集成电路产业园。', '青岛市集成电路产业园。');
    expect(r.parks).toEqual(['qingdao-integrated-circuit-industrial-park', 'shenzhen-fushikang-gongyeyuan']);
  });
});

describe('curated parks', () => {
  test('link by name, by alias and by the usual variants (青岛X产业园区)', () => {
    expect(link('青岛集成电路产业园区和青岛市新型显示产业园。').parks).toEqual([
      'qingdao-integrated-circuit-industrial-park',
      'qingdao-new-display-industrial-park',
    ]);
    expect(link(toHant('青岛市虚拟现实产业园')).parks).toEqual(['qingdao-virtual-reality-industrial-park']);
  });

  test('link an alias without a place name only in an article about their city', () => {
    expect(link('青岛的绿色低碳新材料、氢能产业园紧邻港区。').parks).toEqual(['qingdao-hydrogen-industrial-park']);
    expect(link('济南的氢能产业园开工。').parks).toEqual([]);
  });

  test('count as evidence for their city, district and zone', () => {
    const r = link('青岛市精密仪器仪表产业园。');
    expect([r.cities, r.districts, r.zones]).toEqual([['qingdao'], ['qingdao-chengyang'], ['qingdao-high-tech-zone']]);
  });
});

describe('newParkId', () => {
  test('is the city id and the toneless pinyin of the name without its city, 园区 read as 园', () => {
    expect(newParkId('hefei', '合肥市智能语音产业园区', '产业园区', ['合肥市', '合肥'])).toBe(
      'hefei-zhinengyuyin-chanyeyuan',
    );
    expect(newParkId('hefei', '智能语音產業園', '产业园', ['合肥市', '合肥'])).toBe('hefei-zhinengyuyin-chanyeyuan');
  });
});

/**
 * Short articles written for these tests (not taken from any publication),
 * about five cities the sample seeds do not cover, each linked in both
 * scripts against the fixture places and, when it exists, places.json.
 */
import { describe, expect, test } from 'vitest';
import { toHans, toHant } from '../../scripts/lib/convert-script.ts';
import { linkEntities } from '../../scripts/lib/entities/link-entities.ts';
import type { Lexicon, LinkedEntities } from '../../scripts/lib/entities/types.ts';
import { blocks, fixtureLexicon, hasRealPlaces, realLexicon } from '../fixtures/entities/lexicons.ts';

interface Article {
  title: string;
  paragraphs: string[];
}

/** Written in Simplified; the Traditional copy is converted. */
const HEFEI: Article = {
  title: '合肥高新区新型显示项目签约',
  paragraphs: [
    '合肥高新区再添新项目：总投资50亿元的新型显示模组项目落户中国声谷，预计明年投产。',
    '合肥市将以集成电路、新型显示和人工智能为主攻方向，科大讯飞、长鑫存储等龙头企业持续扩大布局。',
    '位于蜀山区的合肥智能语音产业园年内将新增入驻企业40家。',
  ],
};

const WUXI: Article = {
  title: '无锡发布集成电路产业三年行动计划',
  paragraphs: [
    '无锡高新区日前发布集成电路产业三年行动计划，提出推动芯片设计、晶圆制造和封装测试全链条发展。',
    '江苏省工信厅有关负责人表示，无锡物联网产业规模已连续多年位居全省前列。',
    '在新吴区，无锡星洲工业园已集聚外资企业200余家。',
  ],
};

const CHENGDU: Article = {
  title: '成都软件产业推介会举行',
  paragraphs: [
    '四川天府新区与成都高新区联合举办软件产业推介会，现场签约项目12个，涵盖人工智能和大数据等领域。',
    '天府软件园已聚集软件和信息技术服务企业超过600家，武侯区也在加快建设成都数字文创产业园。',
  ],
};

/** Written in Traditional with Taiwan vocabulary; the Simplified copy is converted. */
const HSINCHU: Article = {
  title: '竹科營業額再創新高',
  paragraphs: [
    '新竹科學園區去年營業額再創新高，積體電路產業貢獻超過七成。',
    '台積電、聯發科等大廠持續在竹科擴充先進製程產能，帶動晶片設計與封測供應鏈成長。',
    '新竹市政府表示，將與新竹縣共同推動新竹生物醫學園區，吸引生技醫藥企業進駐。',
  ],
};

/** Written in Traditional as used in Hong Kong; the Simplified copy is converted. */
const HONG_KONG: Article = {
  title: '香港科學園擴建微電子中心',
  paragraphs: [
    '香港科學園將增設一座微電子研發中心，支援本地初創企業發展第三代半導體技術。',
    '特區政府表示，河套深港科技創新合作區亦會提供更多實驗室空間，吸引人工智能及生物醫藥企業落戶。',
    '位於沙田區的科學園目前有超過一千家科技公司。',
  ],
};

const convert = (a: Article, f: (s: string) => string): Article => ({
  title: f(a.title),
  paragraphs: a.paragraphs.map(f),
});

function linked(a: Article, lexicon: Lexicon): Omit<LinkedEntities, 'mentions'> {
  const { mentions: _mentions, ...rest } = linkEntities(blocks(...a.paragraphs), a.title, lexicon);
  return rest;
}

const lexicons: [string, () => Lexicon][] = [['fixture places', fixtureLexicon]];
if (hasRealPlaces) lexicons.push(['places.json', realLexicon]);

describe.each(lexicons)('articles about other cities, against %s', (_name, lexiconOf) => {
  const both = (a: Article, original: 'hans' | 'hant') => {
    const lexicon = lexiconOf();
    const other = convert(a, original === 'hans' ? toHant : toHans);
    const first = linked(a, lexicon);
    expect(linked(other, lexicon)).toEqual(first);
    return first;
  };

  test('Hefei: the city, its zone and district, the curated and the new park', () => {
    const r = both(HEFEI, 'hans');
    expect(r.cities).toEqual(['hefei']);
    expect(r.zones).toEqual(['hefei-high-tech-zone']);
    expect(r.districts).toEqual(['hefei-shushan']);
    expect(r.parks).toEqual(['china-speech-valley', 'hefei-zhinengyuyin-chanyeyuan']);
    expect(r.companies).toEqual(['iflytek', 'cxmt']);
    expect(r.industries.slice(0, 3)).toEqual(['new-display', 'integrated-circuits', 'artificial-intelligence']);
  });

  test('Wuxi: the city, its province, zone and district, and the industrial park named in it', () => {
    const r = both(WUXI, 'hans');
    expect(r.cities).toEqual(['wuxi']);
    expect(r.provinces).toEqual(['jiangsu']);
    expect(r.zones).toEqual(['wuxi-high-tech-zone']);
    expect(r.districts).toEqual(['wuxi-xinwu']);
    expect(r.newParks.map((p) => [p.id, p.city])).toEqual([['wuxi-xingzhou-gongyeyuan', 'wuxi']]);
    expect(r.industries).toEqual(['integrated-circuits', 'internet-of-things']);
  });

  test('Chengdu: the city, its new area and high-tech zone, a curated and a new park', () => {
    const r = both(CHENGDU, 'hans');
    expect(r.cities).toEqual(['chengdu']);
    // The high-tech zone is also where the software park lies, so it outranks the new area.
    expect(r.zones).toEqual(['chengdu-high-tech-zone', 'tianfu-new-area']);
    expect(r.districts).toEqual(['chengdu-wuhou']);
    expect(r.parks).toEqual(['tianfu-software-park', 'chengdu-shuziwenchuang-chanyeyuan']);
    expect(r.industries).toEqual(['software', 'artificial-intelligence', 'digital-economy']);
  });

  test('Hsinchu: the city before the county, the science park by name and by 竹科, Taiwan vocabulary', () => {
    const r = both(HSINCHU, 'hant');
    expect(r.cities).toEqual(['hsinchu-city', 'hsinchu-county']);
    expect(r.parks).toEqual(['hsinchu-science-park', 'hsinchu-city-shengwuyixue-yuan']);
    expect(r.companies).toEqual(['tsmc', 'mediatek']);
    expect(r.industries).toEqual(['integrated-circuits', 'biomedicine']);
  });

  test('Hong Kong: the city, the science park and its district, the cooperation zone', () => {
    const r = both(HONG_KONG, 'hant');
    expect(r.cities[0]).toBe('hong-kong');
    expect(r.parks).toEqual(['hong-kong-science-park']);
    expect(r.districts).toContain('hong-kong-sha-tin');
    expect(r.zones).toEqual(['hetao-cooperation-zone']);
    expect(r.industries).toEqual(['integrated-circuits', 'artificial-intelligence', 'biomedicine']);
  });
});

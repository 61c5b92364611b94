/**
 * The linker on the five real sample pages, read crudely (UTF-8, one block
 * per non-empty line, pinyin glosses such as 產(chǎn) dropped, first line as
 * title): page chrome and all, the cities, parks and industries must come out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { linkEntities } from '../../scripts/lib/entities/link-entities.ts';
import type { Lexicon, LinkedEntities } from '../../scripts/lib/entities/types.ts';
import { fixtureLexicon, hasRealPlaces, realLexicon } from '../fixtures/entities/lexicons.ts';

const SEEDS = new URL('../../seeds/', import.meta.url);
const GLOSS = /\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)/g;

function seed(prefix: string): { title: string; blocks: { text: string }[] } {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  const lines = readFileSync(new URL(file, SEEDS), 'utf8')
    .replace(GLOSS, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return { title: lines[0] ?? '', blocks: lines.slice(1).map((text) => ({ text })) };
}

const lexicons: [string, () => Lexicon][] = [['fixture places', fixtureLexicon]];
if (hasRealPlaces) lexicons.push(['places.json', realLexicon]);

describe.each(lexicons)('the sample seeds, against %s', (name, lexiconOf) => {
  const link = (prefix: string): LinkedEntities => {
    const { title, blocks } = seed(prefix);
    return linkEntities(blocks, title, lexiconOf());
  };

  test('the Qingdao articles yield Qingdao first', () => {
    for (const prefix of ['000', '001', '002']) expect(link(prefix).cities[0], prefix).toBe('qingdao');
  });

  test('the 2024 Qingdao article yields the eight emerging-industry parks with their districts', () => {
    const r = link('001');
    const eight = [
      'qingdao-integrated-circuit-industrial-park',
      'qingdao-precision-instruments-industrial-park',
      'qingdao-biomedicine-medical-devices-industrial-park',
      'qingdao-new-display-industrial-park',
      'qingdao-virtual-reality-industrial-park',
      'qingdao-artificial-intelligence-industrial-park',
      'qingdao-green-low-carbon-new-materials-industrial-park',
      'qingdao-hydrogen-industrial-park',
    ];
    expect(r.parks).toEqual(expect.arrayContaining(eight));
    const lexicon = lexiconOf();
    const districts = new Set(eight.map((id) => lexicon.parksById.get(id)?.district));
    expect(districts).toEqual(new Set(['qingdao-huangdao', 'qingdao-laoshan', 'qingdao-chengyang']));
    expect(r.districts).toEqual(expect.arrayContaining([...districts]));
    expect(r.cities).toEqual(expect.not.arrayContaining(['suzhou-anhui']));
  });

  test('the Traditional article yields Dezhou, Tianjin (Wuqing), Chuzhou and the cities it names', () => {
    const r = link('004');
    expect(r.cities.slice(0, 3)).toEqual(['dezhou', 'chuzhou', 'tianjin']);
    if (name === 'places.json') {
      expect(r.cities).toEqual(expect.arrayContaining(['hefei', 'nanjing', 'jinan', 'shenzhen']));
    }
    // 杭州 and 扬州 appear only in company names (杭州加速科技有限公司 …).
    expect(r.cities).toEqual(expect.not.arrayContaining(['hangzhou', 'yangzhou']));
    expect(r.districts).toEqual(expect.arrayContaining(['tianjin-wuqing', 'chuzhou-quanjiao']));
    expect(r.zones).toEqual(
      expect.arrayContaining([
        'dezhou-tianqu-new-area',
        'jingjin-industrial-new-city',
        'quanjiao-economic-development-zone',
      ]),
    );
    expect(r.provinces).toEqual(expect.arrayContaining(['shandong', 'anhui']));
    expect(r.industries).toEqual(
      expect.arrayContaining(['integrated-circuits', 'biomedicine', 'photovoltaics', 'electronic-information']),
    );
    expect(r.companies).toEqual(expect.arrayContaining(['grinm', 'qorvo', 'longi']));
  });

  test('the Huawei article yields Qingdao and Suzhou in Jiangsu, not Suzhou in Anhui', () => {
    const r = link('002');
    expect(r.cities.slice(0, 2)).toEqual(['qingdao', 'suzhou-jiangsu']);
    expect(r.cities).not.toContain('suzhou-anhui');
    expect(r.companies[0]).toBe('huawei');
  });

  test('the Chongqing interview yields Chongqing and its notebook and phone makers', () => {
    const r = link('003');
    expect(r.cities).toEqual(['chongqing']);
    expect(r.companies).toEqual(expect.arrayContaining(['compal', 'inventec', 'vivo', 'oppo', 'intel', 'cr-micro']));
    expect(r.industries.slice(0, 2)).toEqual(['electronic-information', 'smart-terminals']);
  });

  test('every mention points at the text it was found in', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const { title, blocks } = seed(prefix);
      const texts = [title, ...blocks.map((b) => b.text)];
      for (const m of link(prefix).mentions) expect(texts[m.paragraph]?.slice(m.start, m.end)).toBe(m.text);
    }
  });
});

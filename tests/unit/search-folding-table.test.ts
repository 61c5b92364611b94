import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { toHans, toHant } from '../../scripts/lib/convert-script.ts';
import { expandQuery, mayConvert } from '../../src/lib/search/folding.ts';
import {
  buildFoldingTable,
  chineseEdges,
  englishEdges,
  parseIndustries,
  regionalPair,
  type FoldingSources,
} from '../../src/lib/search/folding-table.ts';
import { rewritingDictionaries, s2tDictionaries, t2sDictionaries } from '../../src/lib/search/opencc-dictionaries.ts';

const converters = { toHans, toHant };

/** A small taxonomy in the gazetteer's shape, written for these tests. */
const TAXONOMY = `
- id: integrated-circuits
  name: { hans: 集成电路, en: Integrated circuits }
  aliases:
    hans: [半导体, 芯片, 晶圆]
    hant: [積體電路, 晶片, 半導體]
    en: [IC, chips]
- id: software
  name: { hans: 软件, hant: 軟體, en: Software }
  aliases:
    hans: [软件产业]
    hant: [軟體產業]
    en: []
- broken entry without a name
`;

const sources: FoldingSources = {
  converters,
  dictionaries: { hans: rewritingDictionaries('tw2s'), hant: rewritingDictionaries('s2tw') },
  s2t: s2tDictionaries(),
  t2s: t2sDictionaries(),
};
const industries = parseIndustries(TAXONOMY);

describe('parseIndustries', () => {
  test('reads names and aliases and skips entries without names', () => {
    expect(industries).toHaveLength(2);
    expect(industries[1]).toEqual({
      name: { hans: '软件', hant: '軟體', en: 'Software' },
      aliases: { hans: ['软件产业'], hant: ['軟體產業'], en: [] },
    });
  });

  test('reads nothing from a document that is not a list', () => {
    expect(parseIndustries('name: x')).toEqual([]);
  });
});

describe('regionalPair', () => {
  test.each([
    ['晶片', '芯片', true],
    ['积体电路', '集成电路', true],
    ['晶片', '封装测试', false],
    ['芯片', '芯片', false],
    ['软体', '软件产业', false],
  ])('%s and %s → %s', (a, b, expected) => {
    expect(regionalPair(a, b)).toBe(expected);
  });
});

describe('chineseEdges', () => {
  test('leads a Taiwan term to the mainland name and to the mainland alias it is a form of', () => {
    const edges = chineseEdges(industries, 'hans', converters);
    expect([...(edges.get('积体电路') ?? [])]).toEqual(['集成电路']);
    expect([...(edges.get('晶片') ?? [])].sort()).toEqual(['晶圆', '芯片', '集成电路'].sort());
  });

  test('leads no mainland word anywhere: pages using a regional term are indexed under it instead', () => {
    const edges = chineseEdges(industries, 'hans', converters);
    expect(edges.has('集成电路')).toBe(false);
    expect(edges.has('芯片')).toBe(false);
  });

  test('skips regional aliases that are only a script conversion of a mainland alias', () => {
    expect(chineseEdges(industries, 'hans', converters).has('半导体')).toBe(false);
  });

  test('writes the Traditional table in Traditional, using a curated Traditional name', () => {
    const edges = chineseEdges(industries, 'hant', converters);
    expect([...(edges.get('積體電路') ?? [])]).toEqual(['集成電路']);
    expect(edges.get('軟體產業')).toContain('軟體');
  });
});

describe('englishEdges', () => {
  test('sends English aliases, lower-cased, to the English name', () => {
    const edges = englishEdges(industries);
    expect([...(edges.get('ic') ?? [])]).toEqual(['integrated circuits']);
    expect([...(edges.get('chips') ?? [])]).toEqual(['integrated circuits']);
  });
});

describe('buildFoldingTable', () => {
  const hans = buildFoldingTable('zh-hans', industries, sources);
  const hant = buildFoldingTable('zh-hant', industries, sources);

  /** Characters of the CJK blocks that `convert` changes on their own but the table would not send to it. */
  function missed(convert: (s: string) => string, table: typeof hans): string[] {
    const missing: string[] = [];
    for (let code = 0x3400; code <= 0x9fff; code++) {
      const ch = String.fromCodePoint(code);
      if (convert(ch) !== ch && !mayConvert(ch, table)) missing.push(ch);
    }
    return missing;
  }

  test('flags every Traditional character the query converter changes on the Simplified site', () => {
    expect(missed(toHans, hans)).toEqual([]);
  });

  test('flags every Simplified character the query converter changes on the Traditional site', () => {
    expect(missed(toHant, hant)).toEqual([]);
  });

  test('lets a Simplified query skip the converter on the Simplified site', () => {
    expect(mayConvert('集成电路产业园', hans)).toBe(false);
    expect(mayConvert('積體電路', hans)).toBe(true);
  });

  test('folds 積體電路 on the Simplified site to the mainland name once converted', () => {
    expect(expandQuery(toHans('積體電路'), hans)).toEqual(['集成电路']);
  });

  test("lists each table's ambiguous characters in the other script", () => {
    expect(hant.ambiguous).toContain('发');
    expect(hant.ambiguous).not.toContain('电');
    expect(hans.ambiguous).toContain('乾');
    expect(hans.ambiguous).not.toContain('電');
  });

  test('adds English aliases only to the English table', () => {
    expect(buildFoldingTable('en', industries, sources).terms['chips']).toEqual(['integrated circuits']);
    expect(hans.terms['chips']).toBeUndefined();
  });
});

describe('the taxonomy in the gazetteer', () => {
  const real = parseIndustries(readFileSync('content/gazetteer/industries.yaml', 'utf8'));
  const table = buildFoldingTable('zh-hans', real, sources);

  test('folds the Taiwan terms for chips and integrated circuits to their mainland equivalents', () => {
    expect(expandQuery(toHans('積體電路'), table)).toContain('集成电路');
    expect(expandQuery(toHans('晶片'), table)).toEqual(expect.arrayContaining(['芯片', '集成电路']));
  });
});

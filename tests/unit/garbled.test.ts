import { describe, expect, test } from 'vitest';
import { countGarbled, findGarbled } from '../../scripts/lib/garbled.ts';
import type { GarbledSpan } from '../../scripts/lib/types.ts';

/** The damaged substrings, to read failures easily. */
const flagged = (text: string): string[] => findGarbled(text).map((s) => text.slice(s.start, s.end));

/** UTF-8 bytes of `text` read as GBK, with unmappable bytes shown as `?` when asked. */
function mojibake(text: string, encoding: 'gbk' | 'big5', question = false): string {
  const garbled = new TextDecoder(encoding).decode(new TextEncoder().encode(text));
  return question ? garbled.replace(/\uFFFD/gu, '?') : garbled;
}

function expectSpansWithin(spans: GarbledSpan[], from: number, to: number): void {
  expect(spans.length).toBeGreaterThan(0);
  for (const span of spans) {
    expect(span.start).toBeGreaterThanOrEqual(from);
    expect(span.end).toBeLessThanOrEqual(to);
  }
}

describe('findGarbled: replacement and private-use characters', () => {
  test('an empty string has no damage', () => {
    expect(findGarbled('')).toEqual([]);
    expect(countGarbled('')).toBe(0);
  });

  test('a replacement character is a span of its own', () => {
    expect(findGarbled('高纯\uFFFD射靶材')).toEqual([{ start: 2, end: 3 }]);
  });

  test('offsets are UTF-16 code units, counting a surrogate pair as two', () => {
    expect(findGarbled('😀产业\uFFFD')).toEqual([{ start: 4, end: 5 }]);
    expect(findGarbled('😀\uFFFD')).toEqual([{ start: 2, end: 3 }]);
  });

  test('private-use characters, in the BMP and in plane 15, are damage', () => {
    expect(findGarbled('当地\uE79E项目')).toEqual([{ start: 2, end: 3 }]);
    expect(findGarbled('当地\u{F0001}项目')).toEqual([{ start: 2, end: 4 }]);
  });

  test('neighbouring damage merges into one span; distant damage stays apart', () => {
    expect(findGarbled('甲\uFFFD\uFFFD\uE000乙')).toEqual([{ start: 1, end: 4 }]);
    expect(findGarbled('甲\uFFFD乙丙丁戊\uFFFD')).toEqual([
      { start: 1, end: 2 },
      { start: 6, end: 7 },
    ]);
  });

  test('a span takes in the rare characters right next to the damage', () => {
    expect(flagged('姓𠮷\uFFFD名')).toEqual(['𠮷\uFFFD']);
  });

  test('white space ends a span', () => {
    expect(findGarbled('\uFFFD \uFFFD')).toEqual([
      { start: 0, end: 1 },
      { start: 2, end: 3 },
    ]);
  });
});

describe('findGarbled: mojibake', () => {
  const sentences = [
    '四川省新材料产业园今年签约项目十八个',
    '滨江新区集成电路产业链加快完善',
    '臺中精密機械科技園區新增投資案',
  ];

  test('UTF-8 read as GBK is flagged, and the good text around it is not', () => {
    for (const sentence of sentences) {
      for (const question of [false, true]) {
        const bad = mojibake(sentence, 'gbk', question);
        const text = `据报道,${bad}。全文完。`;
        const spans = findGarbled(text);
        expectSpansWithin(spans, 4, 4 + bad.length);
        const covered = spans.reduce((n, s) => n + s.end - s.start, 0);
        expect(covered / bad.length).toBeGreaterThan(0.7);
      }
    }
  });

  test('UTF-8 read as Big5 with unmappable bytes as ? is flagged', () => {
    for (const sentence of sentences) {
      const bad = mojibake(sentence, 'big5', true);
      expectSpansWithin(findGarbled(`据报道,${bad}。`), 4, 4 + bad.length);
    }
  });

  test('a ? run glued to rare characters, box drawing and stray underscores is one span', () => {
    expect(flagged('总投资约50亿元的??鐪佹柊╉鏉愭_项目开工')).toEqual(['??鐪佹柊╉鏉愭_']);
  });

  test('?; before rare characters and a glued | is flagged', () => {
    expect(flagged('规划开始公示?;鐪佹柊|鏉愭区建设')).toEqual(['?;鐪佹柊|鏉愭']);
  });

  test('a ? followed by a syllable and a closing parenthesis is a gloss whose opening was eaten', () => {
    expect(flagged('加快?jìn)发展')).toEqual(['?jìn)']);
  });

  test('pinyin debris runs on through rare characters into a following gloss', () => {
    expect(flagged('背后是当?jìn)鐪佹柊a(chǎn)业链')).toEqual(['?jìn)鐪佹柊a(chǎn)']);
  });

  test('a lone foreign letter among rare characters counts, a run of them is a word', () => {
    expect(flagged('产业鐪ぁ柊ж鏉项目')).toEqual(['鐪ぁ柊ж鏉']);
    expect(countGarbled('松下(パナソニック)与索尼(ソニー)合作')).toBe(0);
  });

  test('countGarbled counts the spans', () => {
    expect(countGarbled('甲\uFFFD乙丙丁戊\uE000 规划公示?;鐪佹柊|鏉愭区')).toBe(3);
  });
});

describe('findGarbled: text that is not damaged', () => {
  test('question marks ending a sentence or a clause are not damage', () => {
    for (const text of [
      '这是为什么?',
      '项目落在哪?就在青岛。',
      '发展如何?5月21日,记者来到园区',
      '他问:“能否如愿?”',
      '真的吗??',
    ]) {
      expect(flagged(text)).toEqual([]);
    }
  });

  test('question marks in Latin text and URLs are not damage', () => {
    expect(flagged('What? Really?? See https://example.com/a.php?id=5&b=6 now')).toEqual([]);
  });

  test('rare characters alone are never damage: chemistry and names', () => {
    expect(flagged('乙烯、丙烯、芳烃、聚酯、羟基、碳酸锂、钴、镍、醚类、烷烃')).toEqual([]);
    expect(flagged('王堃、李喆、陈燊、张赟、刘犇、赵鑫垚')).toEqual([]);
  });

  test('page-title underscores, list numbers, units and Greek letters are not damage', () => {
    for (const text of [
      '产业新闻_示例网',
      '①加快②推进③完善',
      '厂房面积1000㎡',
      'α-烯烃项目',
      'Ⅱ期工程',
      '⑴规划⑵建设',
    ]) {
      expect(flagged(text)).toEqual([]);
    }
  });

  test('a plain-text table drawn with box characters is not damage', () => {
    expect(flagged('┌──┬──┐\n│产值│投资│\n├──┼──┤\n│鐪佹│鏉愭│\n└──┴──┘')).toEqual([]);
  });

  test('romanised names with tone marks are not damage', () => {
    expect(flagged('青岛(Qīngdǎo)与崂山(Láoshān)')).toEqual([]);
  });

  test('full-width question marks are never treated as mojibake', () => {
    expect(flagged('是否？？鐪佹柊')).toEqual([]);
  });
});

describe('findGarbled: spans are well formed', () => {
  test('spans are sorted, non-empty, non-overlapping and not touching', () => {
    const text = Array.from(
      { length: 30 },
      (_, i) => `段落${i}\uFFFD好文字?;鐪佹柊|鏉愭正常${i % 3 ? '\uE000' : ''}`,
    ).join('');
    const spans = findGarbled(text);
    expect(spans.length).toBeGreaterThan(30);
    spans.forEach((span, i) => {
      expect(span.end).toBeGreaterThan(span.start);
      if (i > 0) expect(span.start).toBeGreaterThan(spans[i - 1]!.end);
    });
  });
});

describe('speed', () => {
  test('100,000-character lines of prose, mojibake or question marks are scanned in well under a second', () => {
    const prose = '集成电路产业园总投资二十五亿元,项目进展如何?'.repeat(4200);
    const bad = mojibake('集成电路产业园总投资二十五亿元', 'gbk', true).repeat(4000);
    const questions = '?'.repeat(100_000);
    const started = performance.now();
    expect(findGarbled(prose)).toEqual([]);
    expect(findGarbled(bad).length).toBeGreaterThan(0);
    expect(findGarbled(questions)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

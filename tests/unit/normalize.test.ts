import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalizeText, toLines } from '../../scripts/lib/normalize.ts';

describe('normalizeText: line breaks', () => {
  test('CRLF and lone CR become LF', () => {
    expect(normalizeText('标题\r\n正文\r第二段\n第三段')).toBe('标题\n正文\n第二段\n第三段');
  });

  test('NEL, line and paragraph separators, vertical tab and form feed break lines instead of vanishing', () => {
    expect(normalizeText('甲\u0085乙\u2028丙\u2029丁\v戊\f己')).toBe('甲\n乙\n丙\n丁\n戊\n己');
  });

  test('empty lines stay as empty lines', () => {
    expect(normalizeText('标题\n\n\n正文\n')).toBe('标题\n\n\n正文\n');
  });

  test('the number of lines never changes', () => {
    const char = fc.constantFrom(...'产业 \u3000\u00A0\t\r\n\u200B\u0001a，');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 80 }), (chars) => {
        const text = chars.join('');
        const lines = text.split(/\r\n|\r|\n/u).length;
        return normalizeText(text).split('\n').length === lines;
      }),
    );
  });
});

describe('normalizeText: invisible and control characters', () => {
  test('zero-width characters, word joiners, soft hyphens and inner BOMs are removed', () => {
    expect(normalizeText('集\u200B成\u200C电\u200D路\uFEFF产\u2060业\u00AD园')).toBe('集成电路产业园');
  });

  test('C0 and C1 controls and DEL are removed', () => {
    expect(normalizeText('产\u0000业\u0007园\u001B区\u007F新\u0080闻\u009F稿')).toBe('产业园区新闻稿');
  });

  test('a tab becomes a space and joins the neighbouring spaces', () => {
    expect(normalizeText('来源:\t新华社')).toBe('来源: 新华社');
    expect(normalizeText('来源: \t 新华社')).toBe('来源: 新华社');
  });

  test('removing a control character does not leave a double space', () => {
    expect(normalizeText('作者 \u0001 李明')).toBe('作者 李明');
  });
});

describe('normalizeText: spaces', () => {
  test('each line is trimmed, no-break and ideographic spaces included', () => {
    expect(normalizeText('\u3000\u3000正文第一段。\u00A0 \n  第二段 \u3000')).toBe('正文第一段。\n第二段');
  });

  test('a run of spaces of any kind inside a line becomes one ASCII space', () => {
    expect(normalizeText('2024-01-22  11:21\u00A0\u00A0来源:\u3000\u3000新华社')).toBe('2024-01-22 11:21 来源: 新华社');
  });

  test('a single no-break or typographic space becomes an ASCII space', () => {
    expect(normalizeText('首页\u00A0>\u00A0新闻\u2002中心')).toBe('首页 > 新闻 中心');
  });

  test('a single ideographic space between words is kept verbatim', () => {
    expect(normalizeText('记者\u3000张三')).toBe('记者\u3000张三');
  });

  test('a line of spaces becomes an empty line', () => {
    expect(normalizeText('甲\n \u3000\u00A0\t\n乙')).toBe('甲\n\n乙');
  });
});

describe('normalizeText: what it keeps', () => {
  test('full-width punctuation, letters and digits are unchanged', () => {
    const text = '“产业”，（青岛）：ＡＢＣ１２３！？；、《规划》——…';
    expect(normalizeText(text)).toBe(text);
  });

  test('surrogate pairs, emoji and mixed scripts are unchanged', () => {
    const text = '𠮷野家 😀 Foxconn 富士康 產業 ĀÁǍÀ';
    expect(normalizeText(text)).toBe(text);
  });

  test('decomposed accents are composed (NFC)', () => {
    expect(normalizeText('cha\u030Cn ye\u0300')).toBe('chǎn yè');
  });

  test('normalising twice changes nothing', () => {
    const char = fc.constantFrom(...'产业 \u3000\u00A0\t\r\n\u200B\u0001a，e\u0301😀');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 80 }), (chars) => {
        const once = normalizeText(chars.join(''));
        return normalizeText(once) === once;
      }),
      // A fixed seed keeps the run repeatable; this one once found a control
      // character between a letter and its combining accent.
      { seed: 1542968409, numRuns: 300 },
    );
  });

  test('a control character between a letter and its accent does not stop them composing', () => {
    expect(normalizeText('a\u0001\u0301')).toBe('á');
  });

  test('an empty string stays empty', () => {
    expect(normalizeText('')).toBe('');
  });
});

describe('toLines', () => {
  test('splits normalised text into lines, keeping empty ones', () => {
    expect(toLines('标题\r\n\r\n\u3000\u3000正文')).toEqual(['标题', '', '正文']);
  });

  test('a final newline leaves a final empty line', () => {
    expect(toLines('甲\n乙\n')).toEqual(['甲', '乙', '']);
  });

  test('an empty text has no lines', () => {
    expect(toLines('')).toEqual([]);
  });

  test('never returns a line with a break, a control character or edge spaces', () => {
    const char = fc.constantFrom(...'产 \u3000\u00A0\t\r\n\u0085\u0002a');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 60 }), (chars) =>
        toLines(chars.join('')).every((line) => !/\p{Cc}|^\s|\s$|\s\s/u.test(line)),
      ),
    );
  });
});

describe('speed', () => {
  test('a 100,000-character line, and one of 100,000 spaces, normalise in well under a second', () => {
    const prose = '集成电路产业园，总投资 25 亿元。'.repeat(6000);
    const spaces = `甲${' \u3000'.repeat(50_000)}乙`;
    const started = performance.now();
    expect(normalizeText(prose)).toBe(prose);
    expect(normalizeText(spaces)).toBe('甲 乙');
    expect(normalizeText(`${' '.repeat(100_000)}x`)).toBe('x');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { charWidth, fitText, textWidth, wrapText } from '../../src/lib/kit/og-text.ts';

describe('estimating text width', () => {
  test('Chinese characters and full-width punctuation are one em, Latin letters less', () => {
    expect(charWidth('青')).toBe(1);
    expect(charWidth('，')).toBe(1);
    expect(charWidth('a')).toBeLessThan(1);
    expect(textWidth('青岛')).toBe(2);
    expect(textWidth('Qingdao')).toBeLessThan(textWidth('青岛市集成电路'));
  });
});

describe('wrapping a title into lines', () => {
  test('Chinese breaks between any two characters', () => {
    expect(wrapText('青岛市集成电路产业集群', 4, 3)).toEqual(['青岛市集', '成电路产', '业集群']);
  });

  test('English breaks at spaces, never inside a word', () => {
    const lines = wrapText('Qingdao Artificial Intelligence Industrial Park', 12, 5);
    expect(lines.join(' ')).toBe('Qingdao Artificial Intelligence Industrial Park');
    for (const line of lines) expect(line).not.toMatch(/^\s|\s$/);
  });

  test('closing punctuation never starts a line', () => {
    const lines = wrapText('青岛市集，成电路', 4, 3);
    for (const line of lines) expect(line).not.toMatch(/^[，。、]/);
  });

  test('a closing quotation mark never starts a line either', () => {
    expect(wrapText('德州“数字”园区', 4.7, 3)).toEqual(['德州“数字”', '园区']);
  });

  test('text too long for its lines ends the last line with an ellipsis that fits', () => {
    const lines = wrapText('青岛市集成电路产业集群发展大会', 4, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(textWidth(lines[1]!)).toBeLessThanOrEqual(4);
  });

  test('wrapped lines keep every character in order and stay within the width', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('青', '岛', '市', 'a', 'B', ' ', '1', '，'), { maxLength: 60 }), (chars) => {
        const text = chars.join('').replace(/\s+/g, ' ').trim();
        const lines = wrapText(text, 6, Number.MAX_SAFE_INTEGER);
        expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        for (const line of lines) {
          // A single unbreakable word may be wider; a line of several pieces may not (but for one trailing mark).
          const words = line.split(' ');
          if (words.length > 1 || /[\u4e00-\u9fff]/.test(line)) expect(textWidth(line)).toBeLessThanOrEqual(7);
        }
      }),
    );
  });
});

describe('fitting text to a box', () => {
  test('uses the largest size at which the text fits in the lines allowed', () => {
    expect(fitText('青岛市', 600, 1, [80, 60])).toEqual({ size: 80, lines: ['青岛市'] });
    expect(fitText('青岛市集成电路产业集群', 600, 1, [80, 60, 50])).toEqual({
      size: 50,
      lines: ['青岛市集成电路产业集群'],
    });
  });

  test('cuts the text at the smallest size when nothing fits', () => {
    const set = fitText('青'.repeat(40), 300, 2, [60, 30]);
    expect(set.size).toBe(30);
    expect(set.lines).toHaveLength(2);
    expect(set.lines[1]!.endsWith('…')).toBe(true);
  });
});

import { describe, expect, test } from 'vitest';
import { escapeMdxText } from '../../scripts/lib/escape-mdx.ts';

describe('escapeMdxText', () => {
  test('escapes MDX expressions, JSX and character references', () => {
    expect(escapeMdxText('{alert(1)} <script> &amp;')).toBe('\\{alert(1)\\} \\<script\\> \\&amp;');
  });

  test('escapes inline Markdown syntax and the backslash itself', () => {
    expect(escapeMdxText('**b** _i_ `c` [l](u) ~~s~~ a|b \\')).toBe(
      '\\*\\*b\\*\\* \\_i\\_ \\`c\\` \\[l\\](u) \\~\\~s\\~\\~ a\\|b \\\\',
    );
  });

  test('leaves Chinese text, full-width punctuation and ordinary parentheses alone', () => {
    const text = '青岛市集成电路产业园(IPM)投资1351.4亿元，增长16.5%。“四链合一”';
    expect(escapeMdxText(text)).toBe(text);
  });

  test('every escaped character is preceded by exactly one backslash', () => {
    const raw = '<>{}[]*_`~|&\\';
    const escaped = escapeMdxText(raw);
    expect(escaped.length).toBe(raw.length * 2);
    expect(escaped.replace(/\\(.)/g, '$1')).toBe(raw);
  });
});

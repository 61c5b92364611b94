import { describe, expect, test } from 'vitest';
import { decodeEntities, excerptPieces } from '../../src/lib/search/excerpt.ts';

describe('excerptPieces', () => {
  test('splits an excerpt into marked hits and plain text', () => {
    expect(excerptPieces('大力发展<mark>集成</mark><mark>电路</mark>产业')).toEqual([
      { text: '大力发展', mark: false },
      { text: '集成电路', mark: true },
      { text: '产业', mark: false },
    ]);
  });

  test('turns escaped markup from a page back into the characters the page showed, as text', () => {
    expect(excerptPieces('示例 &lt;script&gt;alert(2)&lt;/script&gt; <mark>产业园</mark>')).toEqual([
      { text: '示例 <script>alert(2)</script> ', mark: false },
      { text: '产业园', mark: true },
    ]);
  });

  test('keeps any tag other than mark as literal text', () => {
    const pieces = excerptPieces('<img src=x onerror=alert(1)><mark>BOE</mark>');
    expect(pieces[0]).toEqual({ text: '<img src=x onerror=alert(1)>', mark: false });
    expect(pieces[1]).toEqual({ text: 'BOE', mark: true });
  });

  test('drops the zero-width spaces Pagefind puts between Chinese words', () => {
    expect(excerptPieces('发展\u200b<mark>集成\u200b电路</mark>\u200b产业')).toEqual([
      { text: '发展', mark: false },
      { text: '集成电路', mark: true },
      { text: '产业', mark: false },
    ]);
  });

  test('drops the punctuation an excerpt window opens on', () => {
    expect(excerptPieces('. 晶片. <mark>晶圆</mark>')).toEqual([
      { text: '晶片. ', mark: false },
      { text: '晶圆', mark: true },
    ]);
    expect(excerptPieces('。 <mark>集成电路</mark>')).toEqual([{ text: '集成电路', mark: true }]);
  });

  test('returns nothing for an empty excerpt', () => {
    expect(excerptPieces('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  test('decodes named and numeric references', () => {
    expect(decodeEntities('&amp; &lt; &gt; &quot; &#39; &#x4E2D;')).toBe('& < > " \' 中');
  });

  test('leaves unknown or invalid references as written', () => {
    expect(decodeEntities('&bogus; &#xD800; &#0;')).toBe('&bogus; &#xD800; &#0;');
  });
});

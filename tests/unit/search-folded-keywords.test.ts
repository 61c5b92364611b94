import { describe, expect, test } from 'vitest';
import { foldedKeywords, withFoldedKeywords, withoutDrawings } from '../../src/lib/search/folded-keywords.ts';

const terms = {
  积体电路: ['集成电路'],
  晶片: ['晶圆', '芯片'],
  chips: ['integrated circuits'],
  ai: ['artificial intelligence'],
};

describe('foldedKeywords', () => {
  test("gives the locale's words for each regional term a text uses, once each, sorted", () => {
    expect(foldedKeywords('新竹的晶片厂与积体电路园区，晶片出口', terms)).toEqual(['晶圆', '芯片', '集成电路']);
  });

  test('leaves out words the text already has', () => {
    expect(foldedKeywords('积体电路，即集成电路', terms)).toEqual([]);
  });

  test('matches Latin terms as whole words in any case', () => {
    expect(foldedKeywords('Chips and AI', terms)).toEqual(['artificial intelligence', 'integrated circuits']);
    expect(foldedKeywords('chipset maker, Taipei', terms)).toEqual([]);
  });

  test('gives nothing for a text without terms, or with an empty table', () => {
    expect(foldedKeywords('青岛市集成电路产业园', terms)).toEqual([]);
    expect(foldedKeywords('晶片', {})).toEqual([]);
  });
});

describe('withFoldedKeywords', () => {
  const page = (body: string) =>
    `<html lang="zh-Hans"><body><nav>晶片</nav><main id="main" data-pagefind-body>${body}</main><footer>积体电路</footer></body></html>`;

  test('adds the words, hidden and weighted down, at the end of the element marked for search', () => {
    expect(withFoldedKeywords(page('<h1>新竹</h1><p>晶片厂</p>'), terms)).toBe(
      page('<h1>新竹</h1><p>晶片厂</p><div hidden data-pagefind-weight="0.5">晶圆 芯片</div>'),
    );
  });

  test('reads only the text of that element: not tags, drawings or what lies outside it', () => {
    const html = page('<a href="/chips/" title="晶片">新竹</a><svg><text>积体电路</text></svg>');
    expect(withFoldedKeywords(html, terms)).toBe(html);
  });

  test('leaves a page without terms, or without a marked element, as it was', () => {
    expect(withFoldedKeywords(page('<p>集成电路</p>'), terms)).toBe(page('<p>集成电路</p>'));
    const unmarked = '<html><main><p>晶片</p></main></html>';
    expect(withFoldedKeywords(unmarked, terms)).toBe(unmarked);
  });

  test('escapes what it writes', () => {
    expect(withFoldedKeywords(page('<p>晶片</p>'), { 晶片: ['a<b'] })).toContain('>a&lt;b</div>');
  });
});

describe('withoutDrawings', () => {
  test('takes out every drawing, nested ones and their text included, keeping the words beside apart', () => {
    expect(
      withoutDrawings('甲<svg><g><svg><text>图</text></svg></g><text>例</text></svg>乙<svg/>丙<svg></svg>丁'),
    ).toBe('甲 乙<svg/>丙 丁');
  });
});

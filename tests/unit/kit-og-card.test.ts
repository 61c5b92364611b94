import { describe, expect, test } from 'vitest';
import { loadBasemap } from '../../src/lib/geo/basemap.ts';
import { CARD, cardSvg, drawable, type CardContent } from '../../src/lib/kit/og-card.ts';
import { homeCard, keyFigure, pageCard } from '../../src/lib/kit/og-content.ts';
import { kitAtlas } from './kit-fixture.ts';
import { parseXml, type XmlElement } from './kit-xml.ts';

const atlas = kitAtlas();
const basemap = loadBasemap();
const ALL_FONTS = { latin: true, cjk: true };

function texts(el: XmlElement): string[] {
  return [...(el.name === 'text' ? [el.text] : []), ...el.children.flatMap(texts)];
}

describe('what a card says', () => {
  test('a city card names the city in the locale’s script, its province, key figure and evidence', () => {
    const card = pageCard(atlas, 'cities', 'dezhou', 'zh-hant')!;
    expect(card).toMatchObject({ script: 'hant', title: '德州市', kicker: '城市 · 山東省', site: '產業集群地圖集' });
    expect(card.figure?.value).toContain('120億元');
    expect(card.figure?.label).toBe('投資 · 样例日报');
    expect(card.evidence).toContain('2 篇文章');
  });

  test('a park card puts the park on the map as the main dot and its city beside it', () => {
    const card = pageCard(atlas, 'parks', 'dezhou-digital-park', 'en')!;
    expect(card.kicker).toBe('Industrial park · Dezhou');
    expect(card.dots.filter((d) => d.primary).map((d) => d.coords)).toEqual([[37.45, 116.3]]);
    expect(card.dots.some((d) => !d.primary)).toBe(true);
  });

  test('an article card shows the publisher and date, the headline and the cities it is about', () => {
    const card = pageCard(atlas, 'articles', '2023-09-10-33334444', 'zh-hans')!;
    expect(card.kicker).toBe('文章 · 樣例時報 <b>&</b> · 2023年9月10日');
    expect(card.title).toBe('=天津武清 新材料基地\u0007');
    expect(card.evidence).toBe('天津市、德州市');
    expect(card.dots).toHaveLength(2);
  });

  test('an industry card counts its cities and articles; the home card counts the atlas', () => {
    expect(pageCard(atlas, 'industries', 'digital-economy', 'en')!.evidence).toBe('1 city · 2 articles');
    expect(homeCard(atlas, 'zh-hans')).toMatchObject({ title: '产业集群地图集', evidence: '2 个城市 · 3 篇文章' });
  });

  test('an unknown page has no card', () => {
    expect(pageCard(atlas, 'clusters', 'nowhere', 'en')).toBeUndefined();
  });

  test('the key figure is the largest sum in yuan, over counts and shares', () => {
    const refs = [0, 1, 2].map((index) => ({ article: '2022-03-04-11112222', index }));
    expect(keyFigure(atlas, refs)?.figure.text).toBe('总投资120亿元');
    expect(keyFigure(atlas, [refs[1]!, refs[2]!])?.figure.text).toBe('签约项目35个');
    expect(keyFigure(atlas, [{ article: 'gone', index: 0 }])).toBeNull();
  });
});

describe('the card as SVG', () => {
  const content: CardContent = {
    script: 'hans',
    kicker: '城市 · 山东省',
    title: '</text><script>alert(1)</script>',
    figure: { value: '120亿元', label: '投资 · 样例日报' },
    evidence: '2 篇文章 · 1 个数字',
    site: '产业集群地图集',
    dots: [{ coords: [37.4355, 116.3575], primary: true }],
  };

  test('is a well-formed 1200 × 630 document in which seed text stays text', () => {
    const svg = parseXml(cardSvg(content, basemap, ALL_FONTS));
    expect([svg.attributes.width, svg.attributes.height]).toEqual([String(CARD.width), String(CARD.height)]);
    expect(texts(svg)).toContain('</text><script>alert(1)</script>');
    const names = (el: XmlElement): string[] => [el.name, ...el.children.flatMap(names)];
    expect(names(svg)).not.toContain('script');
  });

  test('draws one dot per place, the main one last so it is on top', () => {
    const svg = cardSvg(
      { ...content, dots: [content.dots[0]!, { coords: [39.14, 117.18], primary: false }] },
      basemap,
      ALL_FONTS,
    );
    const circles = [...svg.matchAll(/<circle[^>]*r="(\d+)"/g)].map((m) => Number(m[1]));
    expect(circles).toEqual([7, 11]);
  });

  test('is the same string for the same content', () => {
    expect(cardSvg(content, basemap, ALL_FONTS)).toBe(cardSvg(content, basemap, ALL_FONTS));
  });

  test('without a Chinese font, Chinese text is left out instead of drawn as boxes', () => {
    const chinese = { ...content, title: '德州市', evidence: '2 articles' };
    const svg = parseXml(cardSvg(chinese, basemap, { latin: true, cjk: false }));
    expect(texts(svg)).toEqual(['2 articles']);
  });

  test('without any font, the card is the map alone', () => {
    const svg = cardSvg(content, basemap, { latin: false, cjk: false });
    expect(svg).not.toContain('<text');
    expect(svg).toContain('<circle');
  });

  test('drawable() tells which texts the fonts can draw', () => {
    expect(drawable('Qingdao 1,351.4', { latin: true, cjk: false })).toBe(true);
    expect(drawable('青岛', { latin: true, cjk: false })).toBe(false);
    expect(drawable('青岛', ALL_FONTS)).toBe(true);
  });
});

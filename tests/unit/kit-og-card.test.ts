import { describe, expect, test } from 'vitest';
import { loadBasemap } from '../../src/lib/geo/basemap.ts';
import { CARD, cardBackground, cardOverlay, cardSvg, drawable, type CardContent } from '../../src/lib/kit/og-card.ts';
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
  test('a city card, shared by every locale, names the city in Chinese and English with its province, key figure and evidence', () => {
    const card = pageCard(atlas, 'cities', 'dezhou')!;
    expect(card).toMatchObject({ script: 'hans', title: '德州市', subtitle: 'Dezhou' });
    expect(card.kicker).toBe('城市 City · 山东省 Shandong');
    expect(card.site).toBe('产业集群地图集 · Industrial Cluster Atlas');
    expect(card.figure?.value).toMatch(/^120亿元 · .*12/);
    expect(card.figure?.label).toBe('投资 Investment · 样例日报');
    expect(card.evidence).toBe('2 篇文章 · 3 个数字 / 2 articles · 3 figures');
  });

  test('a city card puts the city on the map as the main dot and its parks beside it', () => {
    const card = pageCard(atlas, 'cities', 'dezhou')!;
    expect(card.dots.filter((d) => d.primary).map((d) => d.coords)).toEqual([atlas.city.get('dezhou')!.coords]);
    expect(card.dots.filter((d) => !d.primary).map((d) => d.coords)).toEqual([[37.45, 116.3]]);
  });

  test('an industry card counts its cities and articles; the home card counts the atlas in its locale', () => {
    expect(pageCard(atlas, 'industries', 'digital-economy')!.evidence).toBe(
      '1 个城市 · 2 篇文章 / 1 city · 2 articles',
    );
    expect(homeCard(atlas, 'zh-hans')).toMatchObject({ title: '产业集群地图集', evidence: '2 个城市 · 3 篇文章' });
    expect(homeCard(atlas, 'en')).toMatchObject({ script: 'en', evidence: '2 cities · 3 articles', subtitle: null });
  });

  test('an unknown page has no card', () => {
    expect(pageCard(atlas, 'cities', 'nowhere')).toBeUndefined();
    expect(pageCard(atlas, 'industries', 'nowhere')).toBeUndefined();
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
    subtitle: 'Dezhou',
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

  test('splits into a background that is the same for every card and an overlay with the card’s own text and dots', () => {
    const other = {
      ...content,
      title: '天津市',
      dots: [{ coords: [39.14, 117.18] as [number, number], primary: true }],
    };
    expect(cardBackground(basemap)).not.toContain('<text');
    expect(cardBackground(basemap)).not.toContain('<circle');
    const overlay = parseXml(cardOverlay(content, ALL_FONTS));
    expect([overlay.attributes.width, overlay.attributes.height]).toEqual([String(CARD.width), String(CARD.height)]);
    expect(texts(overlay)).toEqual(texts(parseXml(cardSvg(content, basemap, ALL_FONTS))));
    expect(texts(overlay)).toContain('Dezhou');
    expect(cardOverlay(other, ALL_FONTS)).not.toBe(cardOverlay(content, ALL_FONTS));
    // The overlay is light: the map's outlines stay in the background.
    expect(cardOverlay(content, ALL_FONTS).length * 5).toBeLessThan(cardBackground(basemap).length);
  });

  test('without a Chinese font, Chinese text is left out instead of drawn as boxes', () => {
    const chinese = { ...content, title: '德州市', subtitle: null, evidence: '2 articles' };
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

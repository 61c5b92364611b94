/**
 * A share card (Open Graph image) as SVG, 1200 × 630: what the page is, its
 * name (in Chinese and English on the pages' cards, which every locale
 * shares), its key figure, its evidence, and a locator map. Text a machine's
 * fonts cannot draw is left out, never drawn as boxes.
 *
 * A card is two layers: the background (paper, accent bar, the map of
 * China), the same on every card, and the overlay (text and dots) on a
 * transparent ground. The renderer rasterises the background once and each
 * card's overlay onto it, which is most of what makes cards cheap.
 */
import { el, escapeXml } from '../charts/markup.ts';
import type { Basemap } from '../geo/basemap.ts';
import type { FontSupport } from './fonts.ts';
import { locatorBase, locatorDots, type MapColours, type MapDot } from './og-map.ts';
import { textWidth, wrapText } from './og-text.ts';

/** The card's size, as `og:image:width` and `og:image:height` announce it. */
export const CARD = { width: 1200, height: 630 } as const;

/** What a card says. */
export interface CardContent {
  /** The script of the card's text, which picks Simplified or Traditional glyph forms. */
  script: 'hans' | 'hant' | 'en';
  /** The kind of page and its context: "城市 · 山东省". */
  kicker: string;
  /** The name or headline in the locale's script (in Chinese on the pages' shared cards). */
  title: string;
  /** A second name under the title: the English name on the pages' shared cards; null for none. */
  subtitle: string | null;
  /** The key figure as the locale writes it, with what it measures. */
  figure: { value: string; label: string } | null;
  /** "3 篇文章 · 50 个数字". */
  evidence: string;
  site: string;
  dots: MapDot[];
}

const INK = '#1d2126';
const MUTED = '#545c66';
const ACCENT = '#b1271b';
const TEAL = '#0a5f66';

const FAMILY: Record<CardContent['script'], string> = {
  hans: "'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'Droid Sans Fallback', 'DejaVu Sans', sans-serif",
  hant: "'Noto Sans CJK TC', 'Source Han Sans TC', 'WenQuanYi Micro Hei', 'Droid Sans Fallback', 'DejaVu Sans', sans-serif",
  en: "'Liberation Sans', 'Noto Sans', 'DejaVu Sans', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif",
};

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

/**
 * Whether the fonts at hand can draw a text.
 * @example drawable('青岛', { latin: true, cjk: false }) // false
 */
export function drawable(text: string, fonts: FontSupport): boolean {
  return fonts.latin && (fonts.cjk || !CJK.test(text));
}

const LEFT = 64;
const TEXT_WIDTH = 584;
const MAP_BOX = { x: 696, y: 64, width: 440, height: 502 };
const KICKER_Y = 112;
const TITLE_TOP = 136;
/** The evidence line's baseline; everything above must end 48 px higher. */
const EVIDENCE_Y = 520;
const LINE = 1.22;
const SUBTITLE_SIZES = [36, 32, 28] as const;

/** The title at the largest size whose lines end within `height` of the title's top. */
function setTitle(title: string, height: number): { size: number; lines: string[] } {
  const sizes = [76, 66, 58, 50, 44, 38];
  const linesFor = (size: number) => Math.max(1, Math.floor((height - size) / (size * LINE)) + 1);
  for (const size of sizes) {
    const lines = wrapText(title, TEXT_WIDTH / size, Number.MAX_SAFE_INTEGER);
    if (lines.length <= linesFor(size)) return { size, lines };
  }
  return { size: 38, lines: wrapText(title, TEXT_WIDTH / 38, linesFor(38)) };
}

/** One line at the largest of `sizes` that fits the column, cut with … at the smallest. */
function setLine(text: string, sizes: readonly number[], width = TEXT_WIDTH): { size: number; line: string } {
  const size = sizes.find((s) => textWidth(text) * s <= width) ?? sizes[sizes.length - 1] ?? 24;
  return { size, line: wrapText(text, width / size, 1)[0] ?? '' };
}

function textEl(text: string, x: number, y: number, size: number, fill: string, weight = 400): string {
  return el('text', { x, y: Math.round(y), 'font-size': size, 'font-weight': weight, fill }, escapeXml(text));
}

/** The text column: kicker, title, key figure, evidence and site name, laid out top-down within fixed bounds. */
function textColumn(c: CardContent, fonts: FontSupport): string {
  const parts: string[] = [];
  const show = (text: string) => text !== '' && drawable(text, fonts);
  const line = (text: string, y: number, sizes: number[], fill: string, weight?: number) => {
    if (!show(text)) return;
    const set = setLine(text, sizes);
    parts.push(textEl(set.line, LEFT, y, set.size, fill, weight));
  };
  line(c.kicker, KICKER_Y, [28, 24], ACCENT, 700);
  const figure =
    c.figure && show(c.figure.value) ? { ...c.figure, ...setLine(c.figure.value, [60, 52, 44, 36]) } : null;
  // The figure takes a gap, its value and its label line above the evidence line.
  const figureBlock = figure ? 24 + figure.size + 40 : 0;
  const subtitle = c.subtitle !== null && show(c.subtitle) ? setLine(c.subtitle, SUBTITLE_SIZES) : null;
  const subtitleBlock = subtitle ? 12 + subtitle.size : 0;
  const titleEnd = EVIDENCE_Y - 48 - figureBlock - subtitleBlock;
  let y = TITLE_TOP;
  if (show(c.title)) {
    const title = setTitle(c.title, titleEnd - TITLE_TOP);
    title.lines.forEach((text, i) =>
      parts.push(textEl(text, LEFT, TITLE_TOP + title.size + i * title.size * LINE, title.size, INK, 700)),
    );
    y = TITLE_TOP + title.size + (title.lines.length - 1) * title.size * LINE;
  }
  if (subtitle) {
    y += 12 + subtitle.size;
    parts.push(textEl(subtitle.line, LEFT, y, subtitle.size, MUTED, 700));
  }
  if (figure) {
    parts.push(textEl(figure.line, LEFT, y + 24 + figure.size, figure.size, TEAL, 700));
    line(figure.label, y + 24 + figure.size + 40, [26, 22], MUTED);
  }
  line(c.evidence, EVIDENCE_Y, [26, 22, 20], MUTED);
  if (show(c.site)) {
    const site = setLine(c.site, [26, 22, 20], TEXT_WIDTH - 40);
    parts.push(el('rect', { x: LEFT, y: 545, width: 26, height: 26, rx: 6, fill: ACCENT }));
    parts.push(textEl(site.line, LEFT + 40, 567, site.size, INK, 700));
  }
  return parts.join('');
}

const MAP_COLOURS: MapColours = {
  sea: '#dce8f0',
  land: '#fbfaf6',
  line: '#9a968c',
  country: '#eceae4',
  dot: TEAL,
  primary: ACCENT,
  ring: '#ffffff',
};

/** An SVG document the size of a card. */
function cardDocument(extra: Record<string, string>, ...children: string[]): string {
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: CARD.width,
      height: CARD.height,
      viewBox: `0 0 ${CARD.width} ${CARD.height}`,
      ...extra,
    },
    ...children,
  );
}

const backgroundShapes = (basemap: Basemap): string =>
  el('rect', { width: CARD.width, height: CARD.height, fill: '#f7f5f0' }) +
  el('rect', { width: CARD.width, height: 10, fill: ACCENT }) +
  locatorBase(basemap, MAP_BOX, MAP_COLOURS);

const overlayShapes = (content: CardContent, fonts: FontSupport): string =>
  textColumn(content, fonts) + locatorDots(content.dots, MAP_BOX, MAP_COLOURS);

const textAttributes = (content: CardContent): Record<string, string> => ({
  'font-family': FAMILY[content.script],
  lang: content.script === 'en' ? 'en' : content.script === 'hant' ? 'zh-Hant' : 'zh-Hans',
});

/** What every card has beneath its text: paper, accent bar and the map of China, as an SVG document. */
export function cardBackground(basemap: Basemap): string {
  return cardDocument({}, backgroundShapes(basemap));
}

/** A card's own text and dots on a transparent ground, as an SVG document to lay over `cardBackground`. */
export function cardOverlay(content: CardContent, fonts: FontSupport): string {
  return cardDocument(textAttributes(content), overlayShapes(content, fonts));
}

/** The whole card as one SVG document: the background with the overlay on top. */
export function cardSvg(content: CardContent, basemap: Basemap, fonts: FontSupport): string {
  return cardDocument(textAttributes(content), backgroundShapes(basemap), overlayShapes(content, fonts));
}

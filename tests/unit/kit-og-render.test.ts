import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fontSupportOf, systemFontSupport } from '../../src/lib/kit/fonts.ts';
import {
  cachedCardFile,
  cardKey,
  defaultCacheDir,
  drawMissing,
  loadSharpRenderer,
  pruneCardCache,
  type CardLayers,
  type Renderer,
} from '../../src/lib/kit/og-render.ts';

const JPEG_START = [0xff, 0xd8, 0xff];

/** A card whose overlay is `overlay` on a plain background. */
const card = (overlay: string, background = '<svg>bg</svg>'): CardLayers => ({ background, overlay });

/** A renderer that counts its calls and returns the SVG's bytes. */
function countingRenderer(version = 'test 1'): Renderer & { calls: number } {
  const renderer = {
    version,
    calls: 0,
    rasterize: async (layers: CardLayers) => {
      renderer.calls += 1;
      return new TextEncoder().encode(`image of ${layers.background} ${layers.overlay}`);
    },
  };
  return renderer;
}

describe('the share-card cache', () => {
  const files = (dir: string) => readdirSync(dir).sort();

  test('draws a card once; the same SVG again is left to the cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kit-og-'));
    const renderer = countingRenderer();
    expect(await drawMissing([card('<svg>a</svg>')], renderer, dir)).toBe(1);
    expect(await drawMissing([card('<svg>a</svg>'), card('<svg>a</svg>')], renderer, dir)).toBe(0);
    expect(renderer.calls).toBe(1);
    const file = cachedCardFile(dir, card('<svg>a</svg>'), 'test 1');
    expect(files(dir)).toEqual([`${cardKey(card('<svg>a</svg>'), 'test 1')}.jpg`]);
    expect(readFileSync(file, 'utf8')).toBe('image of <svg>bg</svg> <svg>a</svg>');
  });

  test('a changed overlay or background, or a new renderer version, draws again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kit-og-'));
    const renderer = countingRenderer();
    await drawMissing(
      [card('<svg>a</svg>'), card('<svg>b</svg>'), card('<svg>a</svg>', '<svg>other bg</svg>')],
      renderer,
      dir,
    );
    expect(renderer.calls).toBe(3);
    const upgraded = countingRenderer('test 2');
    await drawMissing([card('<svg>a</svg>')], upgraded, dir);
    expect(upgraded.calls).toBe(1);
    expect(files(dir)).toHaveLength(4);
  });

  test('pruning keeps the cards still in use and deletes the rest, partial files included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kit-og-'));
    const renderer = countingRenderer();
    await drawMissing(
      ['a', 'b', 'c'].map((o) => card(o)),
      renderer,
      dir,
    );
    writeFileSync(join(dir, 'left-over.jpg.123.partial'), '');
    const keep = new Set([cardKey(card('a'), 'test 1'), cardKey(card('c'), 'test 1')]);
    expect(pruneCardCache(dir, keep)).toBe(2);
    expect(files(dir)).toEqual([...keep].map((k) => `${k}.jpg`).sort());
    await drawMissing([card('a')], renderer, dir);
    expect(renderer.calls).toBe(3);
    expect(pruneCardCache(join(dir, 'missing'), keep)).toBe(0);
  });

  test('draws a few cards at a time, in order, each once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kit-og-'));
    let running = 0;
    let most = 0;
    const order: string[] = [];
    const slow: Renderer & { calls: number } = {
      version: 'slow 1',
      calls: 0,
      rasterize: async (layers) => {
        slow.calls += 1;
        order.push(layers.overlay);
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running -= 1;
        return new TextEncoder().encode(layers.overlay);
      },
    };
    const cards = ['a', 'b', 'c', 'd', 'e'].map((o) => card(o));
    expect(await drawMissing(cards, slow, dir, 2)).toBe(5);
    expect(order).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(most).toBe(2);
    expect(files(dir)).toHaveLength(5);
    expect(await drawMissing(cards, slow, dir, 2)).toBe(0);
    expect(slow.calls).toBe(5);
  });

  test('a card that fails to draw fails the whole run, and nothing half-written is left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kit-og-'));
    const failing: Renderer = {
      version: 'broken 1',
      rasterize: async (layers) => {
        if (layers.overlay === 'b') throw new Error('librsvg cannot parse b');
        return new TextEncoder().encode(layers.overlay);
      },
    };
    await expect(
      drawMissing(
        ['a', 'b', 'c'].map((o) => card(o)),
        failing,
        dir,
        1,
      ),
    ).rejects.toThrow(/cannot parse b/);
    expect(files(dir)).toEqual([`${cardKey(card('a'), 'broken 1')}.jpg`]);
  });

  test('creates its folder and leaves no partial files behind', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kit-og-')), 'deep', 'atlas-og');
    await drawMissing([card('<svg/>')], countingRenderer(), dir);
    expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
  });

  test('lives beside Astro’s cache, in the build’s own ATLAS_CACHE when set', () => {
    expect(defaultCacheDir({ ATLAS_CACHE: '/tmp/x/cache' })).toBe(join('/tmp/x/cache', 'atlas-og'));
    expect(defaultCacheDir({})).toBe(join('node_modules', '.astro', 'atlas-og'));
  });

  test('keys are SHA-256 hex digests that differ by content and by renderer', () => {
    expect(cardKey(card('<svg/>'), 'v1')).toMatch(/^[0-9a-f]{64}$/);
    expect(cardKey(card('<svg/>'), 'v1')).not.toBe(cardKey(card('<svg/>'), 'v2'));
    expect(cardKey(card('<svg/>'), 'v1')).not.toBe(cardKey(card('<svg />'), 'v1'));
    // The two layers are kept apart: moving text between them changes the key.
    expect(cardKey({ background: 'ab', overlay: 'c' }, 'v1')).not.toBe(
      cardKey({ background: 'a', overlay: 'bc' }, 'v1'),
    );
  });
});

describe('the renderer', () => {
  const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="63">${body}</svg>`;
  const layers = card(
    svg('<rect x="60" width="60" height="63" fill="#0a5f66"/>'),
    svg('<rect width="120" height="63" fill="#b1271b"/>'),
  );

  test('draws the overlay onto the background as a JPEG of the same size, identically each time', async () => {
    const renderer = await loadSharpRenderer();
    expect(renderer).not.toBeNull();
    const [a, b] = await Promise.all([renderer!.rasterize(layers), renderer!.rasterize(layers)]);
    expect([...a.slice(0, 3)]).toEqual(JPEG_START);
    const { default: sharp } = await import('sharp');
    const { data, info } = await sharp(a).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([120, 63]);
    // Left half shows the red background, right half the teal overlay.
    const pixel = (x: number, y: number) => [
      ...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3),
    ];
    const near = (got: number[], want: number[]) => got.every((v, i) => Math.abs(v - want[i]!) <= 12);
    expect(near(pixel(20, 30), [0xb1, 0x27, 0x1b])).toBe(true);
    expect(near(pixel(100, 30), [0x0a, 0x5f, 0x66])).toBe(true);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(renderer!.version).toMatch(/rsvg/);
  });
});

describe('font detection', () => {
  test('judges a machine by its font files: CJK families, any font, or none', () => {
    expect(fontSupportOf(['NotoSansCJK-Regular.ttc'])).toEqual({ latin: true, cjk: true });
    expect(fontSupportOf(['wqy-microhei.ttc'])).toEqual({ latin: true, cjk: true });
    expect(fontSupportOf(['DejaVuSans.ttf'])).toEqual({ latin: true, cjk: false });
    expect(fontSupportOf([])).toEqual({ latin: false, cjk: false });
  });

  test('finds fonts in nested folders and ignores other files and missing folders', () => {
    const root = mkdtempSync(join(tmpdir(), 'kit-fonts-'));
    mkdirSync(join(root, 'truetype', 'dejavu'), { recursive: true });
    writeFileSync(join(root, 'truetype', 'dejavu', 'DejaVuSans.ttf'), '');
    writeFileSync(join(root, 'README'), '');
    expect(systemFontSupport([root, join(root, 'missing')])).toEqual({ latin: true, cjk: false });
    mkdirSync(join(root, 'opentype', 'noto'), { recursive: true });
    writeFileSync(join(root, 'opentype', 'noto', 'NotoSansCJK-Bold.ttc'), '');
    expect(systemFontSupport([root])).toEqual({ latin: true, cjk: true });
    expect(existsSync(join(root, 'missing'))).toBe(false);
  });
});

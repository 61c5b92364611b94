import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fontSupportOf, systemFontSupport } from '../../src/lib/kit/fonts.ts';
import { cachedPng, cardKey, defaultCacheDir, loadSharpRenderer, type Renderer } from '../../src/lib/kit/og-render.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A renderer that counts its calls and returns the SVG's bytes. */
function countingRenderer(version = 'test 1'): Renderer & { calls: number } {
  const renderer = {
    version,
    calls: 0,
    rasterize: async (svg: string) => {
      renderer.calls += 1;
      return new TextEncoder().encode(`png of ${svg}`);
    },
  };
  return renderer;
}

describe('the share-card cache', () => {
  test('renders a card once; the same SVG again is read from the cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kit-og-'));
    const renderer = countingRenderer();
    const first = await cachedPng('<svg>a</svg>', renderer, dir);
    const second = await cachedPng('<svg>a</svg>', renderer, dir);
    expect(renderer.calls).toBe(1);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(readdirSync(dir)).toEqual([`${cardKey('<svg>a</svg>', 'test 1')}.png`]);
  });

  test('a changed SVG or a new renderer version renders again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kit-og-'));
    const renderer = countingRenderer();
    await cachedPng('<svg>a</svg>', renderer, dir);
    await cachedPng('<svg>b</svg>', renderer, dir);
    expect(renderer.calls).toBe(2);
    const upgraded = countingRenderer('test 2');
    await cachedPng('<svg>a</svg>', upgraded, dir);
    expect(upgraded.calls).toBe(1);
    expect(readdirSync(dir)).toHaveLength(3);
  });

  test('creates its folder and leaves no partial files behind', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kit-og-')), 'deep', 'atlas-og');
    await cachedPng('<svg/>', countingRenderer(), dir);
    expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
  });

  test('lives beside Astro’s cache, in the build’s own ATLAS_CACHE when set', () => {
    expect(defaultCacheDir({ ATLAS_CACHE: '/tmp/x/cache' })).toBe(join('/tmp/x/cache', 'atlas-og'));
    expect(defaultCacheDir({})).toBe(join('node_modules', '.astro', 'atlas-og'));
  });

  test('keys are SHA-256 hex digests that differ by content and by renderer', () => {
    expect(cardKey('<svg/>', 'v1')).toMatch(/^[0-9a-f]{64}$/);
    expect(cardKey('<svg/>', 'v1')).not.toBe(cardKey('<svg/>', 'v2'));
    expect(cardKey('<svg/>', 'v1')).not.toBe(cardKey('<svg />', 'v1'));
  });
});

describe('the renderer', () => {
  test('turns SVG into a PNG of the same size, identically each time', async () => {
    const renderer = await loadSharpRenderer();
    expect(renderer).not.toBeNull();
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="63"><rect width="120" height="63" fill="#b1271b"/></svg>';
    const [a, b] = await Promise.all([renderer!.rasterize(svg), renderer!.rasterize(svg)]);
    expect([...a.slice(0, 8)]).toEqual(PNG_SIGNATURE);
    const view = new DataView(a.buffer, a.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([120, 63]);
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

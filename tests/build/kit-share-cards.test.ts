import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';

const { dist } = inject('fixture');
const atlas = JSON.parse(readFileSync(join(dist, 'data/atlas.json'), 'utf8')) as Record<string, { id: string }[]>;
const KINDS = ['cities', 'parks', 'industries', 'clusters', 'articles'];
const LOCALES = ['zh-hans', 'zh-hant', 'en'];

/** Width and height from a PNG's IHDR chunk; throws when the file is not a PNG. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  if (bytes.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error(`${file} is not a PNG`);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

const cards = LOCALES.flatMap((locale) => [
  `og/${locale}/home.png`,
  ...KINDS.flatMap((kind) => (atlas[kind] ?? []).map((e) => `og/${locale}/${kind}/${e.id}.png`)),
]);

describe('share cards', () => {
  test('exist for every kind of page, in every locale', () => {
    for (const kind of KINDS) expect(atlas[kind]?.length, kind).toBeGreaterThan(0);
    for (const card of cards) expect(existsSync(join(dist, card)), card).toBe(true);
  });

  test('are 1200 × 630 PNG images', () => {
    for (const card of cards) expect(pngSize(join(dist, card)), card).toEqual([1200, 630]);
  });

  test('differ between pages and between locales of a page', () => {
    const city = atlas.cities![0]!.id;
    const bytes = (path: string) => readFileSync(join(dist, path)).toString('base64');
    expect(bytes(`og/zh-hans/cities/${city}.png`)).not.toBe(bytes(`og/en/cities/${city}.png`));
    const other = atlas.cities![1]?.id;
    if (other) expect(bytes(`og/zh-hans/cities/${city}.png`)).not.toBe(bytes(`og/zh-hans/cities/${other}.png`));
  });

  test('come from a cache keyed by their content, so an unchanged page reuses its image', () => {
    const cache = join(dist, '..', '.astro-cache', 'atlas-og');
    const cached = readdirSync(cache);
    expect(cached.every((f) => /^[0-9a-f]{64}\.png$/.test(f))).toBe(true);
    const built = new Set(cards.map((card) => readFileSync(join(dist, card)).toString('base64')));
    const stored = new Set(cached.map((f) => readFileSync(join(cache, f)).toString('base64')));
    for (const image of built) expect(stored.has(image)).toBe(true);
  });
});
